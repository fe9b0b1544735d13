/// Namespace URIs of ODF 1.3 (OpenDocument part 3 §1.5 and part 2 for the manifest).
public enum ODFNamespace {
    public static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    public static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    public static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    public static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    public static let drawing = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    public static let fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    public static let xlink = "http://www.w3.org/1999/xlink"
    public static let dc = "http://purl.org/dc/elements/1.1/"
    public static let meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    public static let number = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
    public static let svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
    public static let config = "urn:oasis:names:tc:opendocument:xmlns:config:1.0"
    public static let manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
    public static let xml = "http://www.w3.org/XML/1998/namespace"

    /// Every namespace the ODF 1.3 schemas define (the `xmlns` declarations of
    /// OpenDocument-v1.3-schema.rng, plus the manifest, package metadata, signature and `xml`
    /// namespaces). Elements and attributes in any other namespace are *foreign* (`loext:`,
    /// `officeooo:`, `calcext:`, `field:`, …).
    public static let defined: Set<String> = [
        office, style, text, table, drawing, fo, xlink, dc, meta, number, svg, config, manifest, xml,
        "urn:oasis:names:tc:opendocument:xmlns:animation:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:chart:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:database:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:form:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:script:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:smil-compatible:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:digitalsignature:1.0",
        "http://docs.oasis-open.org/ns/office/1.2/meta/pkg#",
        "http://www.w3.org/2003/g/data-view#",
        "http://www.w3.org/1998/Math/MathML",
        "http://www.w3.org/2002/xforms",
        "http://www.w3.org/1999/xhtml",
    ]

    /// The usual prefixes, used when a part needs a declaration it lacks.
    static let preferredPrefixes: [String: String] = [
        office: "office", style: "style", text: "text", table: "table", drawing: "draw", fo: "fo",
        xlink: "xlink", dc: "dc", meta: "meta", number: "number", svg: "svg", config: "config",
        manifest: "manifest",
    ]
}

/// The ODF version akte writes on every part and in the manifest.
public enum ODFVersion {
    public static let current = "1.3"
}
