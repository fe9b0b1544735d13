import AkteXML
import Crypto
import Foundation
import X509

/// The XAdES 1.3.2 SignedProperties of a signature: which certificate signed (by its SHA-256 digest) and when.
/// They must be covered by a Reference, or the signing certificate and time would not be signed.
struct SignedProperties {
    let signer: Certificate
    let signingTime: String?

    init(signature: XMLNode, certificates: [Certificate], signedIds: Set<String>) throws {
        let found = signature.descendantElements("SignedProperties", namespaceURI: XMLDSig.xadesNamespace)
        guard found.count == 1, let properties = found.first else {
            throw SignatureError(.unsupported, "expected one XAdES 1.3.2 SignedProperties, found \(found.count)")
        }
        guard let id = properties.attribute("Id", namespaceURI: nil), signedIds.contains(id) else {
            throw SignatureError(.unsupported, "the XAdES SignedProperties are not covered by a Reference")
        }
        let certificateDigests = properties.descendantElements("CertDigest", namespaceURI: XMLDSig.xadesNamespace)
        guard let digest = certificateDigests.first, certificateDigests.count == 1,
              let method = digest.firstChildElement("DigestMethod", namespaceURI: XMLDSig.namespace),
              let value = digest.firstChildElement("DigestValue", namespaceURI: XMLDSig.namespace) else {
            throw SignatureError(.unsupported, "SignedProperties name no signing certificate digest")
        }
        guard method.attribute("Algorithm", namespaceURI: nil) == XMLDSig.sha256 else {
            throw SignatureError(.unsupported, "the signing certificate digest is not SHA-256")
        }
        let expected = try base64(value, what: "CertDigest")
        guard let signer = certificates.first(where: { Data(SHA256.hash(data: $0.derBytes)) == expected }) else {
            throw SignatureError(.unsupported, "no certificate in KeyInfo matches the signed signing-certificate digest")
        }
        self.signer = signer
        signingTime = properties.descendantElements("SigningTime", namespaceURI: XMLDSig.xadesNamespace).first?.textContent
    }
}
