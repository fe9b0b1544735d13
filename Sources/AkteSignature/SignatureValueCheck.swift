import Crypto
import _CryptoExtras
import Foundation
import X509

/// Checks an XML-DSig signature value: PKCS#1 v1.5 for rsa-sha256; for ecdsa-sha256 the raw r‖s pair, each
/// half as long as the curve's order (XML-DSig 1.1, 6.4.3), not the DER form X.509 uses.
enum SignatureValueCheck {
    static func isValid(_ value: Data, over data: Data, method: String, key: Certificate.PublicKey) -> Bool {
        let digest = SHA256.hash(data: data)
        switch method {
        case XMLDSig.rsaSHA256:
            guard let rsa = _RSA.Signing.PublicKey(key) else { return false }
            return rsa.isValidSignature(_RSA.Signing.RSASignature(rawRepresentation: value), for: digest, padding: .insecurePKCS1v1_5)
        case XMLDSig.ecdsaSHA256:
            if let p384 = P384.Signing.PublicKey(key) {
                guard let signature = try? P384.Signing.ECDSASignature(rawRepresentation: value) else { return false }
                return p384.isValidSignature(signature, for: digest)
            }
            if let p256 = P256.Signing.PublicKey(key) {
                guard let signature = try? P256.Signing.ECDSASignature(rawRepresentation: value) else { return false }
                return p256.isValidSignature(signature, for: digest)
            }
            return false
        default:
            return false
        }
    }
}
