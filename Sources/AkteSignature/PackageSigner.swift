import AkteZip
import Foundation

/// Adds a signature to an ODF package. The signed package keeps every entry as it was (same bytes, same
/// compression, `mimetype` first and stored) and gains or extends `META-INF/documentsignatures.xml`, which
/// is not listed in the manifest (LibreOffice does not list it either: the manifest is itself signed, so it
/// cannot name a file written after it).
public enum PackageSigner {
    /// The signed package's bytes. A package already signed keeps its signatures; one whose signed parts were
    /// changed since is refused, since adding a signature would seem to vouch for it.
    public static func sign(contentsOf url: URL, key: SigningKey, signingTime: Date) throws -> Data {
        let package = try PackageParts(contentsOf: url)
        if package.signatureFile != nil {
            let existing = try SignatureVerifier().verify(package)
            if let problem = existing.problem {
                throw SignatureError(.refused, "\(url.path): its signatures cannot be checked (\(problem)); not signed")
            }
            let broken = existing.signatures.flatMap { $0.brokenParts + ($0.signatureValueValid ? [] : ["the signature of \($0.signer ?? "?")"]) }
            if !broken.isEmpty {
                throw SignatureError(.refused, "\(url.path): changed after it was signed (\(Set(broken).sorted().joined(separator: ", "))); not signed")
            }
        }
        let signatureFile = try SignatureFileBuilder(key: key, signingTime: signingTime).build(parts: package)
        let builder: ZipBuilder
        do {
            builder = try ZipBuilder(timestamp: .fromEnvironment(), level: 6)
            for part in package.parts {
                try builder.add(part.name, data: part.data, compression: part.compression)
            }
            try builder.add(XMLDSig.signaturePart, data: signatureFile, compression: .deflated)
            return try builder.finish()
        } catch {
            throw SignatureError(.unreadable, "\(url.path): cannot write the signed package: \(error)")
        }
    }

    /// The signing time: `SOURCE_DATE_EPOCH` when set (reproducible output), else now.
    public static func signingTime(environment: [String: String] = ProcessInfo.processInfo.environment) -> Date {
        ZipTimestamp.sourceDate(environment) ?? Date()
    }
}
