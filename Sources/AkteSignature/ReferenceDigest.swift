import AkteXML
import Crypto
import Foundation

/// The SHA-256 digest of a package part as a `Reference` names it: the bytes as stored, or, with the C14N
/// transform, the part parsed and canonicalised (so a re-serialisation that changes nothing in the XML's
/// information set keeps the signature valid, as in LibreOffice).
enum ReferenceDigest {
    static func of(_ data: Data, canonicalization: XMLCanonicalization?, partName: String) throws -> Data {
        guard let canonicalization else { return Data(SHA256.hash(data: data)) }
        let canonical = try XMLDocument(data: data, name: partName).canonicalized(canonicalization)
        return Data(SHA256.hash(data: canonical))
    }

    static func of(_ element: XMLNode, canonicalization: XMLCanonicalization) throws -> Data {
        Data(SHA256.hash(data: try element.canonicalized(canonicalization)))
    }

    /// A part name as a relative URI reference: each segment percent-encoded as LibreOffice writes it.
    static func uri(forPart name: String) -> String {
        name.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.addingPercentEncoding(withAllowedCharacters: unreserved) ?? String($0) }
            .joined(separator: "/")
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
