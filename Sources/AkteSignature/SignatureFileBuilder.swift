import AkteXML
import Crypto
import Foundation
import X509

/// Writes one `ds:Signature` into a `META-INF/documentsignatures.xml` (a new file, or one signed already, whose
/// signatures are kept as they are), in the form LibreOffice writes and verifies, made strict ODF 1.3:
///
/// - one Reference per package part, SHA-256, the C14N transform on XML parts;
/// - `dsig:version="1.3"` on a new root, which the ODF 1.3 dsig schema requires. LibreOffice 7.4 calls such
///   a signature broken when SignedInfo is inclusive C14N (measured), so SignedInfo and the two same-document
///   References (the dated SignatureProperty and the XAdES SignedProperties) use exclusive C14N;
/// - XAdES 1.3.2 SignedProperties: signing time, the signer's certificate digest and issuer/serial;
/// - KeyInfo with the signer's certificate and its chain.
struct SignatureFileBuilder {
    let key: SigningKey
    let signingTime: Date

    func build(parts: PackageParts) throws -> Data {
        guard let signer = key.certificateChain.first else { throw SignatureError(.badKey, "no signer's certificate") }
        let xmlParts = parts.xmlPartNames()
        var references = ""
        var seed = SHA256()
        for part in parts.parts {
            let canonicalization: XMLCanonicalization? = xmlParts.contains(part.name) ? .inclusive : nil
            let digest: Data
            do {
                digest = try ReferenceDigest.of(part.data, canonicalization: canonicalization, partName: part.name)
            } catch {
                throw SignatureError(.unreadable, "\(parts.source): part \(part.name) is not well-formed XML: \(error)")
            }
            seed.update(data: digest)
            let transforms = canonicalization == nil ? "" : "<Transforms><Transform Algorithm=\"\(XMLDSig.inclusiveC14N)\"/></Transforms>"
            references += "<Reference URI=\"\(escape(ReferenceDigest.uri(forPart: part.name)))\">\(transforms)"
                + "<DigestMethod Algorithm=\"\(XMLDSig.sha256)\"/><DigestValue>\(digest.base64EncodedString())</DigestValue></Reference>"
        }
        let certificateDER = signer.derBytes
        seed.update(data: certificateDER)
        seed.update(data: Data(String(signingTime.timeIntervalSince1970).utf8))
        // Ids derived from what is signed: the same input signs to the same file (SOURCE_DATE_EPOCH).
        let suffix = seed.finalize().prefix(16).map { String(format: "%02x", $0) }.joined()
        let signatureId = "ID_\(suffix)"
        let propertyId = "idSignatureProperty_\(suffix)"
        let signedPropertiesId = "idSignedProperties_\(suffix)"
        let time = Self.timestamp(signingTime)
        let excC14N = "<Transforms><Transform Algorithm=\"\(XMLDSig.exclusiveC14N)\"/></Transforms>"
        let sameDocument = "<Reference URI=\"#\(propertyId)\">\(excC14N)<DigestMethod Algorithm=\"\(XMLDSig.sha256)\"/><DigestValue/></Reference>"
            + "<Reference Type=\"\(XMLDSig.signedPropertiesType)\" URI=\"#\(signedPropertiesId)\">\(excC14N)<DigestMethod Algorithm=\"\(XMLDSig.sha256)\"/><DigestValue/></Reference>"
        let certificates = key.certificateChain.map { "<X509Certificate>\(Data($0.derBytes).base64EncodedString())</X509Certificate>" }.joined()
        let issuerSerial = "<X509IssuerName>\(escape(signer.issuerName))</X509IssuerName><X509SerialNumber>\(signer.decimalSerialNumber)</X509SerialNumber>"
        let signature = """
            <Signature xmlns="\(XMLDSig.namespace)" Id="\(signatureId)"><SignedInfo>\
            <CanonicalizationMethod Algorithm="\(XMLDSig.exclusiveC14N)"/><SignatureMethod Algorithm="\(key.method.uri)"/>\
            \(references)\(sameDocument)</SignedInfo><SignatureValue/>\
            <KeyInfo><X509Data><X509IssuerSerial>\(issuerSerial)</X509IssuerSerial>\(certificates)</X509Data></KeyInfo>\
            <Object><SignatureProperties><SignatureProperty Id="\(propertyId)" Target="#\(signatureId)">\
            <dc:date xmlns:dc="\(XMLDSig.dublinCoreNamespace)">\(time)</dc:date></SignatureProperty></SignatureProperties></Object>\
            <Object><xd:QualifyingProperties xmlns:xd="\(XMLDSig.xadesNamespace)" Target="#\(signatureId)">\
            <xd:SignedProperties Id="\(signedPropertiesId)"><xd:SignedSignatureProperties><xd:SigningTime>\(time)</xd:SigningTime>\
            <xd:SigningCertificate><xd:Cert><xd:CertDigest><DigestMethod Algorithm="\(XMLDSig.sha256)"/>\
            <DigestValue>\(Data(SHA256.hash(data: certificateDER)).base64EncodedString())</DigestValue></xd:CertDigest>\
            <xd:IssuerSerial>\(issuerSerial)</xd:IssuerSerial></xd:Cert></xd:SigningCertificate>\
            <xd:SignaturePolicyIdentifier><xd:SignaturePolicyImplied/></xd:SignaturePolicyIdentifier>\
            </xd:SignedSignatureProperties></xd:SignedProperties></xd:QualifyingProperties></Object></Signature>
            """
        let document = try combinedDocument(existing: parts.signatureFile, signature: signature, source: parts.source)
        guard let element = document.root?.childElements("Signature", namespaceURI: XMLDSig.namespace)
            .first(where: { $0.attribute("Id", namespaceURI: nil) == signatureId }) else {
            throw SignatureError(.refused, "\(parts.source): the document already holds this signature")
        }
        let signedInfo = try element.firstChildElement("SignedInfo", namespaceURI: XMLDSig.namespace).orThrow("SignedInfo")
        let targets = try SignatureIds(scope: element)
        for reference in signedInfo.childElements("Reference", namespaceURI: XMLDSig.namespace) {
            guard let uri = reference.attribute("URI", namespaceURI: nil), uri.hasPrefix("#") else { continue }
            let target = try targets.element(String(uri.dropFirst())).orThrow(uri)
            let value = try reference.firstChildElement("DigestValue", namespaceURI: XMLDSig.namespace).orThrow("DigestValue")
            try value.appendText(ReferenceDigest.of(target, canonicalization: .exclusive).base64EncodedString())
        }
        let signatureValue = try key.sign(signedInfo.canonicalized(.exclusive))
        try element.firstChildElement("SignatureValue", namespaceURI: XMLDSig.namespace).orThrow("SignatureValue")
            .appendText(signatureValue.base64EncodedString())
        return document.serialized()
    }

    /// The signature file with `signature` as its last signature: a new root, or the existing file with its
    /// signatures untouched.
    private func combinedDocument(existing: Data?, signature: String, source: String) throws -> XMLDocument {
        guard let existing else {
            let text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dsig:document-signatures xmlns:dsig=\"\(XMLDSig.odfNamespace)\" dsig:version=\"1.3\">\(signature)</dsig:document-signatures>\n"
            return try XMLDocument(data: Data(text.utf8), name: XMLDSig.signaturePart)
        }
        let document: XMLDocument
        do { document = try XMLDocument(data: existing, name: XMLDSig.signaturePart) } catch {
            throw SignatureError(.unreadable, "\(source): \(XMLDSig.signaturePart) is not well-formed: \(error)")
        }
        guard let root = document.root, root.isElement("document-signatures", namespaceURI: XMLDSig.odfNamespace) else {
            throw SignatureError(.unsupported, "\(source): \(XMLDSig.signaturePart) has no dsig:document-signatures root")
        }
        let fragment = try XMLDocument(data: Data(signature.utf8), name: XMLDSig.signaturePart)
        let copy = try fragment.root.orThrow("Signature").deepCopy(into: document)
        try root.appendChild(copy)
        return document
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}

extension Optional {
    func orThrow(_ what: String) throws -> Wrapped {
        guard let self else { throw SignatureError(.unsupported, "the signature has no \(what)") }
        return self
    }
}
