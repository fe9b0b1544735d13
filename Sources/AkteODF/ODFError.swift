/// The one error type of AkteODF. `part` names the package part (`content.xml`, `mimetype`, …) and
/// `line` the line in it when known, so the description reads `content.xml:12: message`.
public struct ODFError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The file cannot be read, or is neither a zip archive nor an XML document.
        case unreadable
        /// The package structure is wrong (mimetype, manifest, missing part).
        case invalidPackage
        /// A part is not well-formed XML or not an ODF document.
        case invalidPart
        /// The ODF schemas could not be loaded.
        case schemaUnavailable
        /// The output could not be written (or exists and may not be replaced).
        case writeFailed
    }

    public var kind: Kind
    public var part: String?
    public var line: Int
    public var message: String

    public init(_ kind: Kind, part: String? = nil, line: Int = 0, _ message: String) {
        self.kind = kind
        self.part = part
        self.line = line
        self.message = message
    }

    public var description: String {
        guard let part else { return message }
        return "\(part):\(line): \(message)"
    }
}
