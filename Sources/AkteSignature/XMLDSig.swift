import AkteXML

/// The namespaces and algorithm identifiers of the one signature profile akte writes and accepts: the form
/// LibreOffice writes into `META-INF/documentsignatures.xml` (XML-DSig with XAdES 1.3.2), made strict ODF 1.3.
enum XMLDSig {
    static let namespace = "http://www.w3.org/2000/09/xmldsig#"
    /// The root `dsig:document-signatures` and its `dsig:version` attribute (ODF 1.3 part 2, 5.3).
    static let odfNamespace = "urn:oasis:names:tc:opendocument:xmlns:digitalsignature:1.0"
    static let xadesNamespace = "http://uri.etsi.org/01903/v1.3.2#"
    static let dublinCoreNamespace = "http://purl.org/dc/elements/1.1/"
    static let signedPropertiesType = "http://uri.etsi.org/01903#SignedProperties"

    static let signaturePart = "META-INF/documentsignatures.xml"

    static let inclusiveC14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315"
    static let exclusiveC14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
    static let sha256 = "http://www.w3.org/2001/04/xmlenc#sha256"
    static let rsaSHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
    static let ecdsaSHA256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"

    /// The transform (and canonicalisation) URIs akte understands, and what each means.
    static func canonicalization(for uri: String) -> XMLCanonicalization? {
        switch uri {
        case inclusiveC14N: return .inclusive
        case exclusiveC14N: return .exclusive
        default: return nil
        }
    }
}
