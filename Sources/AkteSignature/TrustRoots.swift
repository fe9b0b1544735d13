import Foundation
import SwiftASN1
import X509

/// Root certificates for `akte verify --trust`, from PEM files (one or more certificates each).
public enum TrustRoots {
    public static func load(pemFile path: String) throws -> [Certificate] {
        do {
            let pem = try String(contentsOfFile: path, encoding: .utf8)
            let certificates = try PEMDocument.parseMultiple(pemString: pem).map { try Certificate(pemDocument: $0) }
            guard !certificates.isEmpty else { throw SignatureError(.badKey, "\(path): holds no certificate") }
            return certificates
        } catch let error as SignatureError {
            throw error
        } catch {
            throw SignatureError(.badKey, "\(path): not a PEM certificate file (\(error))")
        }
    }
}
