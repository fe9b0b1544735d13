/// Why a document could not be signed or a signature file could not be read: the message names the file,
/// the part or the element concerned.
public struct SignatureError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable {
        /// The package or a part cannot be read (exit 2).
        case unreadable
        /// The key, certificate or PKCS#12/PKCS#11 input is unusable (exit 2).
        case badKey
        /// The signature file is outside the accepted profile (a finding).
        case unsupported
        /// The document cannot be signed as it stands (already signed and changed since, …).
        case refused
        /// The PKCS#11 module reported an error.
        case token
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
