import Crypto
import _CryptoExtras
import Foundation
import SwiftASN1
import X509

/// A key held in memory (from a PKCS#12 file): RSA or ECDSA on P-256/P-384.
public struct SoftwareKey: SigningKey {
    enum Storage {
        case rsa(_RSA.Signing.PrivateKey)
        case p256(P256.Signing.PrivateKey)
        case p384(P384.Signing.PrivateKey)
    }

    let storage: Storage
    public let certificateChain: [Certificate]

    /// `pkcs8` is a PrivateKeyInfo; the key must be the one the first certificate certifies.
    public init(pkcs8: [UInt8], certificateChain: [Certificate], source: String) throws {
        guard let leaf = certificateChain.first else { throw SignatureError(.badKey, "\(source): no certificate for the key") }
        let certified = leaf.publicKey.subjectPublicKeyInfoBytes
        if let key = try? P384.Signing.PrivateKey(derRepresentation: pkcs8) {
            storage = .p384(key)
            guard Array(key.publicKey.derRepresentation) == certified else { throw Self.mismatch(source) }
        } else if let key = try? P256.Signing.PrivateKey(derRepresentation: pkcs8) {
            storage = .p256(key)
            guard Array(key.publicKey.derRepresentation) == certified else { throw Self.mismatch(source) }
        } else if let key = try? _RSA.Signing.PrivateKey(derRepresentation: pkcs8) {
            storage = .rsa(key)
            guard Array(key.publicKey.derRepresentation) == certified else { throw Self.mismatch(source) }
        } else {
            throw SignatureError(.badKey, "\(source): the private key is neither RSA nor ECDSA P-256/P-384")
        }
        self.certificateChain = certificateChain
    }

    private static func mismatch(_ source: String) -> SignatureError {
        SignatureError(.badKey, "\(source): the private key does not belong to the signer's certificate")
    }

    public var method: SignatureMethod {
        if case .rsa = storage { return .rsaSHA256 }
        return .ecdsaSHA256
    }

    public func sign(_ data: Data) throws -> Data {
        switch storage {
        case .rsa(let key):
            return try key.signature(for: SHA256.hash(data: data), padding: .insecurePKCS1v1_5).rawRepresentation
        case .p256(let key):
            return try key.signature(for: SHA256.hash(data: data)).rawRepresentation
        case .p384(let key):
            return try key.signature(for: SHA256.hash(data: data)).rawRepresentation
        }
    }
}

extension Certificate.PublicKey {
    /// The DER SubjectPublicKeyInfo, as keys of swift-crypto give it.
    var subjectPublicKeyInfoBytes: [UInt8] {
        var serializer = DER.Serializer()
        try? serializer.serialize(self)
        return serializer.serializedBytes
    }
}
