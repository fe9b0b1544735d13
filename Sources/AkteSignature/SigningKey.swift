import Foundation
import X509

/// The two signature methods of the profile. New Belgian eID cards sign only with ECDSA P-384; older ones and
/// most software certificates with RSA.
public enum SignatureMethod: Sendable, Hashable {
    case rsaSHA256
    case ecdsaSHA256

    var uri: String {
        switch self {
        case .rsaSHA256: return XMLDSig.rsaSHA256
        case .ecdsaSHA256: return XMLDSig.ecdsaSHA256
        }
    }
}

/// A private key able to sign, with the certificate that names its holder and the chain above it. The
/// signature value is returned in XML-DSig form: PKCS#1 v1.5 for RSA, the raw r‖s pair for ECDSA (not DER).
public protocol SigningKey {
    /// The signer's certificate first, then the intermediates (a root may follow; it is not needed).
    var certificateChain: [Certificate] { get }
    var method: SignatureMethod { get }
    /// Signs `data` (the canonical SignedInfo) with SHA-256.
    func sign(_ data: Data) throws -> Data
}
