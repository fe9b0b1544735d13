import Crypto
import _CryptoExtras
import Foundation
import SwiftASN1
import X509

/// A PKCS#12 (.p12/.pfx) file as OpenSSL 3 and current browsers write it: the certificates and one private
/// key, protected with PBES2 (PBKDF2 with HMAC-SHA-1/256, AES-CBC). DER is read with swift-asn1 and the
/// ciphers come from swift-crypto; older files with RC2/3DES ("legacy") are refused with a clear message.
///
/// The file's MAC is not checked: a wrong password already fails the AES-CBC padding, and the key found is
/// checked against the signer's certificate (`SoftwareKey`), which a tampered file cannot pass.
public enum PKCS12File {
    static let data = try! ASN1ObjectIdentifier(dotRepresentation: "1.2.840.113549.1.7.1")
    static let encryptedData = try! ASN1ObjectIdentifier(dotRepresentation: "1.2.840.113549.1.7.6")
    static let keyBag = try! ASN1ObjectIdentifier(dotRepresentation: "1.2.840.113549.1.12.10.1.1")
    static let shroudedKeyBag = try! ASN1ObjectIdentifier(dotRepresentation: "1.2.840.113549.1.12.10.1.2")
    static let certBag = try! ASN1ObjectIdentifier(dotRepresentation: "1.2.840.113549.1.12.10.1.3")
    static let x509Certificate = try! ASN1ObjectIdentifier(dotRepresentation: "1.2.840.113549.1.9.22.1")
    static let pbes2 = try! ASN1ObjectIdentifier(dotRepresentation: "1.2.840.113549.1.5.13")
    static let pbkdf2 = try! ASN1ObjectIdentifier(dotRepresentation: "1.2.840.113549.1.5.12")
    static let hmacSHA1 = try! ASN1ObjectIdentifier(dotRepresentation: "1.2.840.113549.2.7")
    static let hmacSHA256 = try! ASN1ObjectIdentifier(dotRepresentation: "1.2.840.113549.2.9")
    static let aesCBC: [ASN1ObjectIdentifier: Int] = [
        try! ASN1ObjectIdentifier(dotRepresentation: "2.16.840.1.101.3.4.1.2"): 16,
        try! ASN1ObjectIdentifier(dotRepresentation: "2.16.840.1.101.3.4.1.22"): 24,
        try! ASN1ObjectIdentifier(dotRepresentation: "2.16.840.1.101.3.4.1.42"): 32,
    ]
    /// More PBKDF2 rounds than this is a denial of service, not protection.
    static let maximumRounds = 10_000_000

    /// Reads the key and its certificate chain (signer first).
    public static func key(from bytes: [UInt8], password: String, source: String) throws -> SoftwareKey {
        var reader = Reader(source: source, password: Array(password.utf8))
        do {
            try reader.readPFX(bytes)
        } catch let error as SignatureError {
            throw error
        } catch {
            throw SignatureError(.badKey, "\(source): not a readable PKCS#12 file (\(error))")
        }
        guard let pkcs8 = reader.privateKeys.first else { throw SignatureError(.badKey, "\(source): holds no private key") }
        guard reader.privateKeys.count == 1 else { throw SignatureError(.badKey, "\(source): holds \(reader.privateKeys.count) private keys; give a file with one") }
        let certificates = try reader.certificates.map { der -> Certificate in
            do { return try Certificate(derEncoded: der) } catch { throw SignatureError(.badKey, "\(source): a certificate cannot be read (\(error))") }
        }
        // The signer is the certificate of the key; the others follow as its chain.
        for (index, certificate) in certificates.enumerated() {
            var chain = certificates
            chain.remove(at: index)
            chain.insert(certificate, at: 0)
            if let key = try? SoftwareKey(pkcs8: pkcs8, certificateChain: chain, source: source) { return key }
        }
        throw SignatureError(.badKey, "\(source): no certificate in the file belongs to its private key")
    }

    private struct Reader {
        let source: String
        let password: [UInt8]
        var privateKeys: [[UInt8]] = []
        var certificates: [[UInt8]] = []

        mutating func readPFX(_ bytes: [UInt8]) throws {
            let pfx = try elements(DER.parse(bytes))
            guard pfx.count >= 2, try Int(derEncoded: pfx[0]) == 3 else { throw fail("not a PKCS#12 version 3 file") }
            let authenticatedSafe = try contentData(pfx[1])
            for contentInfo in try elements(DER.parse(authenticatedSafe)) {
                let parts = try elements(contentInfo)
                guard parts.count == 2 else { throw fail("malformed ContentInfo") }
                let type = try ASN1ObjectIdentifier(derEncoded: parts[0])
                if type == PKCS12File.data {
                    try readSafeContents(contentData(contentInfo))
                } else if type == PKCS12File.encryptedData {
                    let encrypted = try elements(explicit(parts[1]))
                    guard encrypted.count >= 2 else { throw fail("malformed EncryptedData") }
                    let info = try elements(encrypted[1])
                    guard info.count == 3, case .primitive(let ciphertext) = info[2].content else { throw fail("malformed EncryptedContentInfo") }
                    try readSafeContents(decrypt(Array(ciphertext), algorithm: info[1]))
                } else {
                    throw fail("content of type \(type) (only data and password-encrypted data are read)")
                }
            }
        }

        mutating func readSafeContents(_ bytes: [UInt8]) throws {
            for bag in try elements(DER.parse(bytes)) {
                let parts = try elements(bag)
                guard parts.count >= 2 else { throw fail("malformed SafeBag") }
                let type = try ASN1ObjectIdentifier(derEncoded: parts[0])
                let value = try explicit(parts[1])
                if type == PKCS12File.keyBag {
                    privateKeys.append(Array(value.encodedBytes))
                } else if type == PKCS12File.shroudedKeyBag {
                    let shrouded = try elements(value)
                    guard shrouded.count == 2 else { throw fail("malformed EncryptedPrivateKeyInfo") }
                    privateKeys.append(try decrypt(Array(ASN1OctetString(derEncoded: shrouded[1]).bytes), algorithm: shrouded[0]))
                } else if type == PKCS12File.certBag {
                    let certificate = try elements(value)
                    guard certificate.count == 2, try ASN1ObjectIdentifier(derEncoded: certificate[0]) == PKCS12File.x509Certificate else { continue }
                    certificates.append(Array(try ASN1OctetString(derEncoded: explicit(certificate[1])).bytes))
                }
            }
        }

        /// PBES2 with PBKDF2 and AES-CBC (RFC 8018).
        func decrypt(_ ciphertext: [UInt8], algorithm: ASN1Node) throws -> [UInt8] {
            let identifier = try elements(algorithm)
            guard identifier.count == 2, try ASN1ObjectIdentifier(derEncoded: identifier[0]) == PKCS12File.pbes2 else {
                throw SignatureError(.badKey, "\(source): encrypted with a legacy PKCS#12 cipher (RC2/3DES); export it again with AES (openssl pkcs12 -export without -legacy)")
            }
            let parameters = try elements(identifier[1])
            guard parameters.count == 2 else { throw fail("malformed PBES2 parameters") }
            let derivation = try elements(parameters[0])
            guard derivation.count == 2, try ASN1ObjectIdentifier(derEncoded: derivation[0]) == PKCS12File.pbkdf2 else { throw fail("PBES2 without PBKDF2") }
            let pbkdf2 = try elements(derivation[1])
            guard pbkdf2.count >= 2 else { throw fail("malformed PBKDF2 parameters") }
            let salt = try ASN1OctetString(derEncoded: pbkdf2[0]).bytes
            let rounds = try Int(derEncoded: pbkdf2[1])
            guard rounds > 0, rounds <= PKCS12File.maximumRounds else { throw fail("PBKDF2 with \(rounds) rounds") }
            var hash = KDF.Insecure.PBKDF2.HashFunction.insecureSHA1
            if let prf = pbkdf2.dropFirst(2).first(where: { $0.identifier == .sequence }) {
                let prfIdentifier = try ASN1ObjectIdentifier(derEncoded: elements(prf)[0])
                if prfIdentifier == PKCS12File.hmacSHA256 { hash = .sha256 } else if prfIdentifier != PKCS12File.hmacSHA1 { throw fail("PBKDF2 with PRF \(prfIdentifier)") }
            }
            let cipher = try elements(parameters[1])
            guard cipher.count == 2, let keyLength = PKCS12File.aesCBC[try ASN1ObjectIdentifier(derEncoded: cipher[0])] else { throw fail("PBES2 with a cipher other than AES-CBC") }
            let iv = try AES._CBC.IV(ivBytes: ASN1OctetString(derEncoded: cipher[1]).bytes)
            let key = try KDF.Insecure.PBKDF2.deriveKey(from: password, salt: salt, using: hash, outputByteCount: keyLength, unsafeUncheckedRounds: rounds)
            do {
                return Array(try AES._CBC.decrypt(ciphertext, using: key, iv: iv))
            } catch {
                throw SignatureError(.badKey, "\(source): wrong password (the key cannot be decrypted)")
            }
        }

        /// The OCTET STRING inside a ContentInfo of type data.
        func contentData(_ contentInfo: ASN1Node) throws -> [UInt8] {
            let parts = try elements(contentInfo)
            guard parts.count == 2, try ASN1ObjectIdentifier(derEncoded: parts[0]) == PKCS12File.data else { throw fail("expected a data ContentInfo") }
            return Array(try ASN1OctetString(derEncoded: explicit(parts[1])).bytes)
        }

        func explicit(_ node: ASN1Node) throws -> ASN1Node {
            guard node.identifier.tagClass == .contextSpecific, node.identifier.tagNumber == 0,
                  case .constructed(let inner) = node.content, let first = inner.first(where: { _ in true }) else {
                throw fail("expected an explicit [0] tag")
            }
            return first
        }

        func elements(_ node: ASN1Node) throws -> [ASN1Node] {
            guard case .constructed(let nodes) = node.content else { throw fail("expected a constructed value") }
            return Array(nodes)
        }

        func fail(_ message: String) -> SignatureError {
            SignatureError(.badKey, "\(source): not a readable PKCS#12 file: \(message)")
        }
    }
}
