/// The one error type of AkteZip. `entry` names the archive entry concerned, when there is one, so a
/// message reads `../evil: path leaves the archive folder`.
public struct ZipError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// Not a zip archive, or a damaged one.
        case notAnArchive
        /// The archive or file could not be read.
        case unreadable
        /// An entry name is absolute or climbs out with `..`.
        case unsafePath
        /// Too many entries, too much uncompressed data, or a suspicious compression ratio.
        case limitExceeded
        /// The entry is encrypted.
        case encrypted
        /// No entry with this name.
        case missingEntry
        /// Writing the archive (or the output file) failed.
        case writeFailed
        /// The target file exists and overwriting was not allowed.
        case fileExists
        /// A device node, FIFO, socket, symbolic link or folder stands at the target: never replaced.
        case notRegularFile
        /// A call the writer cannot honour (duplicate name, `mimetype` not first…).
        case invalidOperation
    }

    public var kind: Kind
    public var entry: String?
    public var message: String

    public init(_ kind: Kind, entry: String? = nil, _ message: String) {
        self.kind = kind
        self.entry = entry
        self.message = message
    }

    public var description: String {
        entry.map { "\($0): \(message)" } ?? message
    }
}
