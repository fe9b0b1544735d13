import AkteXML
import AkteZip
import Crypto
import _CryptoExtras
import Foundation
import X509

/// Checks the signatures of an ODF package. Strict and small: it accepts only the profile akte and LibreOffice
/// write (exclusive or inclusive C14N, SHA-256, RSA or ECDSA, References to package parts or to Ids inside the
/// same signature, XAdES SignedProperties) and refuses anything else with a message naming it.
public struct SignatureVerifier {
    /// Roots a signer's certificate must chain to; none: the chain is not checked.
    public var trustRoots: [Certificate]

    public init(trustRoots: [Certificate] = []) {
        self.trustRoots = trustRoots
    }

    /// Verifies the package at `url`; throws only when it cannot be read as a package at all.
    public func verify(contentsOf url: URL) throws -> DocumentSignatureReport {
        try verify(PackageParts(contentsOf: url))
    }

    /// Verifies a package held in memory (the fuzz target's entry).
    public func verify(data: Data, name: String) throws -> DocumentSignatureReport {
        let archive: ZipArchive
        do { archive = try ZipArchive(data: data) } catch { throw SignatureError(.unreadable, "\(name): \(error)") }
        return try verify(PackageParts(archive: archive, source: name))
    }

    func verify(_ package: PackageParts) throws -> DocumentSignatureReport {
        var report = DocumentSignatureReport(file: package.source, signatures: [])
        guard let file = package.signatureFile else {
            report.problem = "the document is not signed (no \(XMLDSig.signaturePart))"
            return report
        }
        do {
            let document = try XMLDocument(data: file, name: XMLDSig.signaturePart)
            guard let root = document.root, root.isElement("document-signatures", namespaceURI: XMLDSig.odfNamespace) else {
                throw SignatureError(.unsupported, "the root is not dsig:document-signatures")
            }
            _ = try SignatureIds(scope: root)
            for child in root.children where child.kind != .comment {
                guard child.isElement("Signature", namespaceURI: XMLDSig.namespace) else {
                    if child.kind == .text && child.textContent.allSatisfy(\.isWhitespace) { continue }
                    throw SignatureError(.unsupported, "unexpected \(child) in dsig:document-signatures (line \(child.line))")
                }
                report.signatures.append(try verifySignature(child, package: package))
            }
            if report.signatures.isEmpty { throw SignatureError(.unsupported, "it holds no signature") }
        } catch let error as SignatureError {
            report.problem = "\(XMLDSig.signaturePart): \(error.message)"
        } catch {
            report.problem = "\(XMLDSig.signaturePart): \(error)"
        }
        return report
    }

    // MARK: One signature

    private func verifySignature(_ signature: XMLNode, package: PackageParts) throws -> SignatureReport {
        var report = SignatureReport()
        let ids = try SignatureIds(scope: signature)
        let children = signature.childElements
        let names = children.map { $0.isElement($0.localName, namespaceURI: XMLDSig.namespace) ? $0.localName : $0.qualifiedName }
        guard names.count >= 3, names[0] == "SignedInfo", names[1] == "SignatureValue", names[2] == "KeyInfo",
              names.dropFirst(3).allSatisfy({ $0 == "Object" }) else {
            throw SignatureError(.unsupported, "Signature (line \(signature.line)) must hold SignedInfo, SignatureValue, KeyInfo and Objects, holds \(names.joined(separator: ", "))")
        }
        let signedInfo = children[0]
        let info = signedInfo.childElements
        guard info.count >= 3, info[0].isElement("CanonicalizationMethod", namespaceURI: XMLDSig.namespace),
              info[1].isElement("SignatureMethod", namespaceURI: XMLDSig.namespace),
              info.dropFirst(2).allSatisfy({ $0.isElement("Reference", namespaceURI: XMLDSig.namespace) }) else {
            throw SignatureError(.unsupported, "SignedInfo (line \(signedInfo.line)) must hold CanonicalizationMethod, SignatureMethod and References")
        }
        let canonicalization = try algorithm(of: info[0], among: XMLDSig.canonicalization(for:), what: "canonicalisation")
        let methodURI = info[1].attribute("Algorithm", namespaceURI: nil) ?? ""
        guard methodURI == XMLDSig.rsaSHA256 || methodURI == XMLDSig.ecdsaSHA256, info[1].childElements.isEmpty else {
            throw SignatureError(.unsupported, "signature method \"\(methodURI)\" (only rsa-sha256 and ecdsa-sha256)")
        }
        report.method = methodURI == XMLDSig.rsaSHA256 ? "rsa-sha256" : "ecdsa-sha256"

        // References.
        var signedParts: Set<String> = []
        var signedIds: Set<String> = []
        for reference in info.dropFirst(2) {
            let (uri, transform, expected) = try parseReference(reference)
            if uri.hasPrefix("#") {
                let id = String(uri.dropFirst())
                guard let target = ids.element(id) else { throw SignatureError(.unsupported, "Reference to \(uri), no element of this signature") }
                guard !signedIds.contains(id) else { throw SignatureError(.unsupported, "two References to \(uri)") }
                signedIds.insert(id)
                // Without a transform a same-document reference is canonicalised inclusively (XML-DSig 4.3.3.2).
                if try ReferenceDigest.of(target, canonicalization: transform ?? .inclusive) != expected {
                    report.problems.append("the signed property \(uri) was changed")
                }
            } else {
                guard let name = uri.removingPercentEncoding, !name.isEmpty, !name.hasPrefix("/"), !uri.contains(":"), !uri.contains("#") else {
                    throw SignatureError(.unsupported, "Reference URI \"\(uri)\" is neither a package part nor an Id of this signature")
                }
                guard name != XMLDSig.signaturePart else { throw SignatureError(.unsupported, "a Reference to the signature file itself") }
                guard !signedParts.contains(name) else { throw SignatureError(.unsupported, "two References to \(name)") }
                signedParts.insert(name)
                guard let part = package.part(named: name) else {
                    report.brokenParts.append(name)
                    report.problems.append("part \(name) is signed but missing from the package")
                    continue
                }
                let actual: Data
                do { actual = try ReferenceDigest.of(part.data, canonicalization: transform, partName: name) } catch {
                    report.brokenParts.append(name)
                    report.problems.append("part \(name) is no longer well-formed XML")
                    continue
                }
                if actual != expected {
                    report.brokenParts.append(name)
                    report.problems.append("part \(name) was changed after signing")
                }
            }
        }
        report.unsignedParts = package.parts.map(\.name).filter { !signedParts.contains($0) }
        if !report.unsignedParts.isEmpty {
            report.problems.append("not every part is signed: \(report.unsignedParts.joined(separator: ", "))")
        }

        // Certificates and the XAdES signed properties.
        let certificates = try keyInfoCertificates(children[2])
        let properties = try SignedProperties(signature: signature, certificates: certificates, signedIds: signedIds)
        report.signer = properties.signer.holderName
        report.signingTime = properties.signingTime

        // The signature value over the canonical SignedInfo.
        let value = try base64(children[1], what: "SignatureValue")
        let canonicalInfo = try signedInfo.canonicalized(canonicalization)
        report.signatureValueValid = SignatureValueCheck.isValid(value, over: canonicalInfo, method: methodURI, key: properties.signer.publicKey)
        if !report.signatureValueValid { report.problems.append("the signature value does not match (SignedInfo changed, or another key)") }

        if !trustRoots.isEmpty {
            let chain = ChainCheck.check(leaf: properties.signer, intermediates: certificates, roots: trustRoots)
            report.chain = chain == nil ? .trusted : .untrusted
            if let chain { report.problems.append(chain) }
        }
        return report
    }

    private func parseReference(_ reference: XMLNode) throws -> (String, XMLCanonicalization?, Data) {
        guard let uri = reference.attribute("URI", namespaceURI: nil) else {
            throw SignatureError(.unsupported, "Reference without URI (line \(reference.line))")
        }
        for attribute in reference.attributes where !["URI", "Type", "Id"].contains(attribute.localName) || attribute.namespaceURI != nil {
            throw SignatureError(.unsupported, "Reference \(uri): unknown attribute \(attribute.qualifiedName)")
        }
        var parts = reference.childElements
        var transform: XMLCanonicalization?
        if let first = parts.first, first.isElement("Transforms", namespaceURI: XMLDSig.namespace) {
            let transforms = first.childElements
            guard transforms.count == 1, transforms[0].isElement("Transform", namespaceURI: XMLDSig.namespace) else {
                throw SignatureError(.unsupported, "Reference \(uri): only one Transform is accepted")
            }
            transform = try algorithm(of: transforms[0], among: XMLDSig.canonicalization(for:), what: "transform")
            parts.removeFirst()
        }
        guard parts.count == 2, parts[0].isElement("DigestMethod", namespaceURI: XMLDSig.namespace),
              parts[1].isElement("DigestValue", namespaceURI: XMLDSig.namespace) else {
            throw SignatureError(.unsupported, "Reference \(uri): expected DigestMethod and DigestValue")
        }
        guard parts[0].attribute("Algorithm", namespaceURI: nil) == XMLDSig.sha256, parts[0].childElements.isEmpty else {
            throw SignatureError(.unsupported, "Reference \(uri): digest method \"\(parts[0].attribute("Algorithm", namespaceURI: nil) ?? "")\" (only SHA-256)")
        }
        let digest = try base64(parts[1], what: "DigestValue of \(uri)")
        guard digest.count == 32 else { throw SignatureError(.unsupported, "Reference \(uri): a SHA-256 digest has 32 bytes, not \(digest.count)") }
        return (uri, transform, digest)
    }

    private func algorithm<T>(of element: XMLNode, among known: (String) -> T?, what: String) throws -> T {
        let uri = element.attribute("Algorithm", namespaceURI: nil) ?? ""
        guard let value = known(uri), element.childElements.isEmpty else {
            throw SignatureError(.unsupported, "\(what) \"\(uri)\" (line \(element.line)) is not C14N 1.0 or exclusive C14N 1.0 without parameters")
        }
        return value
    }

    private func keyInfoCertificates(_ keyInfo: XMLNode) throws -> [Certificate] {
        var certificates: [Certificate] = []
        for data in keyInfo.childElements("X509Data", namespaceURI: XMLDSig.namespace) {
            for element in data.childElements("X509Certificate", namespaceURI: XMLDSig.namespace) {
                let der = try base64(element, what: "X509Certificate")
                do { certificates.append(try Certificate(derEncoded: Array(der))) } catch {
                    throw SignatureError(.unsupported, "KeyInfo: a certificate cannot be read (\(error))")
                }
            }
        }
        guard !certificates.isEmpty else { throw SignatureError(.unsupported, "KeyInfo holds no X509Certificate") }
        return certificates
    }
}

/// Base64 content of an element (line breaks allowed, as LibreOffice wraps long values).
func base64(_ element: XMLNode, what: String) throws -> Data {
    let text = element.textContent.filter { !$0.isWhitespace }
    guard element.childElements.isEmpty, let data = Data(base64Encoded: text) else {
        throw SignatureError(.unsupported, "\(what) (line \(element.line)) is not base64")
    }
    return data
}
