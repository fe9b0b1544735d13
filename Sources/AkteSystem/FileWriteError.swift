/// Why a file could not be written; the description names the path and reads as the CLI prints it.
public struct FileWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The target exists and replacing it was not asked for.
        case fileExists
        /// A device node, FIFO, socket, symbolic link or folder stands at the target: never replaced.
        case notRegularFile
        /// A system call failed.
        case writeFailed
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
