import Foundation

/// One file of a rendered ODF package.
public struct ODFPart: Sendable {
    /// Path inside the package (`content.xml`, `Pictures/logo.png`).
    public let path: String
    public let data: [UInt8]
    /// The manifest media type (`text/xml` for XML parts).
    public let mediaType: String

    public init(path: String, data: [UInt8], mediaType: String) {
        self.path = path
        self.data = data
        self.mediaType = mediaType
    }
}

/// A compiled ODF text template (.fodt or .odt): parsed and compiled once, rendered many times without
/// re-parsing; immutable and `Sendable`, so one template may be rendered from several threads at once.
///
/// A .fodt is split once at load into content/styles/meta/settings parts (each compiled separately, parts
/// without tags kept as ready bytes) for .odt output, and also compiled whole for .fodt output.
public struct ODFTemplate: Sendable {
    public let name: String

    enum PartBody: Sendable {
        case fixed([UInt8])
        case compiled([Segment])
    }

    struct Part: Sendable {
        var path: String
        var mediaType: String
        var body: PartBody
    }

    /// The parts of the .odt package, in package order (manifest last; `mimetype` is the writer's job).
    let parts: [Part]
    /// The whole flat document (for .fodt output), when the template was a .fodt.
    let flat: [Segment]?

    public static let mimeType = "application/vnd.oasis.opendocument.text"

    /// Compiles a Flat ODF text document (.fodt).
    ///
    /// `packageParts`: the same document already split into package parts by an ODF package layer (AkteODF's
    /// Flat ODF split: automatic styles placed by use, embedded pictures under `Pictures/`); each XML part is
    /// compiled once, other parts are kept as ready bytes, and a manifest is written when none is given.
    /// Without it, a simple split is made here: automatic styles go to both content.xml and styles.xml
    /// (page layouts to styles.xml only), pictures stay embedded.
    public init(flatXML data: Data, packageParts: [ODFPart]? = nil, name: String) throws {
        self.name = name
        let whole = try TemplateTreeLoader.load(data, name: name)
        var split: [(path: String, data: [UInt8]?, root: TNode?, mediaType: String)] = []
        if let packageParts {
            for part in packageParts {
                if Self.compiledParts.contains(part.path) {
                    split.append((part.path, nil, try TemplateTreeLoader.load(Data(part.data), name: name), "text/xml"))
                } else {
                    split.append((part.path, part.data, nil, part.mediaType))
                }
            }
        } else {
            split = FlatSplitter.split(whole).map { ($0.0, nil, $0.1, "text/xml") }
        }
        self.flat = try PartCompiler.compile(whole, templateName: name)
        var parts: [Part] = []
        for entry in split {
            if let root = entry.root {
                parts.append(Part(path: entry.path, mediaType: entry.mediaType, body: try Self.compilePart(root, name: name)))
            } else {
                parts.append(Part(path: entry.path, mediaType: entry.mediaType, body: .fixed(entry.data ?? [])))
            }
        }
        if !parts.contains(where: { $0.path == "META-INF/manifest.xml" }) {
            let listed = parts.map { ($0.path, $0.mediaType) }
            parts.append(Part(path: "META-INF/manifest.xml", mediaType: "", body: .fixed(Self.manifest(for: listed))))
        }
        self.parts = parts
    }

    static let compiledParts: Set<String> = ["content.xml", "styles.xml", "meta.xml"]

    /// Compiles an .odt template from its package entries (path → bytes, as read by the caller's zip reader;
    /// `mimetype` is ignored). content.xml, styles.xml and meta.xml are compiled; other entries are kept as they are.
    public init(packageEntries entries: [(path: String, data: Data)], name: String) throws {
        self.name = name
        self.flat = nil
        var parts: [Part] = []
        // The template's thumbnail shows the tags, not the document: leave it out (and out of the manifest).
        let kept = entries.filter { !$0.path.hasPrefix("Thumbnails/") }
        for entry in kept where entry.path != "mimetype" && !entry.path.hasSuffix("/") {
            if entry.path == "META-INF/manifest.xml" {
                let root = try TemplateTreeLoader.load(entry.data, name: "\(name)/\(entry.path)")
                root.children = root.children.filter { !($0.attribute("manifest:full-path")?.hasPrefix("Thumbnails/") ?? false) }
                parts.append(Part(path: entry.path, mediaType: "", body: try Self.compilePart(root, name: name)))
            } else if Self.compiledParts.contains(entry.path) {
                let root = try TemplateTreeLoader.load(entry.data, name: "\(name)/\(entry.path)")
                parts.append(Part(path: entry.path, mediaType: "text/xml", body: try Self.compilePart(root, name: name)))
            } else {
                parts.append(Part(path: entry.path, mediaType: "", body: .fixed(Array(entry.data))))
            }
        }
        guard parts.contains(where: { $0.path == "content.xml" }) else {
            throw TemplateError(.unreadable, at: nil, "\(name): not an ODF package (no content.xml)")
        }
        self.parts = parts
    }

    private static func compilePart(_ root: TNode, name: String) throws(TemplateError) -> PartBody {
        let segments = try PartCompiler.compile(root, templateName: name)
        if segments.count == 1, case .bytes(let bytes) = segments[0] { return .fixed(bytes) }
        if segments.isEmpty { return .fixed([]) }
        return .compiled(segments)
    }

    /// Whether the template can be written as a single flat XML document.
    public var canRenderFlat: Bool { flat != nil }

    /// Renders the package parts of an .odt (without `mimetype`, which the zip writer adds first and stored).
    public func renderParts(_ context: TemplateValue) throws(TemplateError) -> [ODFPart] {
        var result: [ODFPart] = []
        result.reserveCapacity(parts.count)
        for part in parts {
            switch part.body {
            case .fixed(let bytes):
                result.append(ODFPart(path: part.path, data: bytes, mediaType: part.mediaType))
            case .compiled(let segments):
                var out: [UInt8] = []
                out.reserveCapacity(32 * 1024)
                var renderer = Renderer(context: context)
                try renderer.render(segments, into: &out)
                result.append(ODFPart(path: part.path, data: out, mediaType: part.mediaType))
            }
        }
        return result
    }

    /// Renders the whole document as Flat ODF (.fodt) bytes.
    public func renderFlat(_ context: TemplateValue) throws(TemplateError) -> [UInt8] {
        guard let flat else {
            throw TemplateError(.unreadable, at: nil, "\(name): an .odt template cannot be written as .fodt")
        }
        var out: [UInt8] = []
        out.reserveCapacity(64 * 1024)
        var renderer = Renderer(context: context)
        try renderer.render(flat, into: &out)
        return out
    }

    /// The parts without tags, identical in every rendered document (prepared once; a writer may compress them once).
    public var fixedParts: [ODFPart] {
        parts.compactMap { part in
            if case .fixed(let bytes) = part.body { return ODFPart(path: part.path, data: bytes, mediaType: part.mediaType) }
            return nil
        }
    }

    /// The keys the template uses (all parts), in order of first use.
    public var keys: [TemplateKey] {
        var keys: [TemplateKey] = []
        var seen: Set<TemplateKey> = []
        for part in parts { if case .compiled(let segments) = part.body { TemplateKey.collect(segments, into: &keys, seen: &seen) } }
        return keys
    }

    static func manifest(for parts: [(path: String, mediaType: String)]) -> [UInt8] {
        func attribute(_ value: String) -> String {
            var bytes: [UInt8] = []
            XMLBytes.appendAttribute(value, into: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
        xml += "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"\(mimeType)\"/>"
        for part in parts {
            xml += "<manifest:file-entry manifest:full-path=\"\(attribute(part.path))\" manifest:media-type=\"\(attribute(part.mediaType))\"/>"
        }
        xml += "</manifest:manifest>"
        return Array(xml.utf8)
    }
}

/// Splits a Flat ODF document into the XML parts of a package, once, at load.
/// Automatic styles go to both content.xml and styles.xml (a style used in both places must be in both),
/// except page layouts, which belong to styles.xml only; font declarations go to both.
enum FlatSplitter {
    static func split(_ root: TNode) -> [(String, TNode)] {
        let declarations = root.attributes.filter { $0.name.hasPrefix("xmlns") || $0.name == "office:version" }
        func child(_ name: String) -> TNode? { root.children.first(where: { $0.name == name }) }
        func make(_ rootName: String, _ names: [String], transform: (TNode) -> TNode? = { $0 }) -> TNode {
            let part = TNode(element: rootName, attributes: declarations)
            var children: [TNode] = []
            for name in names { if let c = child(name), let t = transform(c.deepCopy()) { children.append(t) } }
            part.children = children
            return part
        }
        var parts: [(String, TNode)] = []
        parts.append(("content.xml", make("office:document-content", ["office:scripts", "office:font-face-decls", "office:automatic-styles", "office:body"]) { node in
            if node.name == "office:automatic-styles" { node.children = node.children.filter { $0.name != "style:page-layout" } }
            return node
        }))
        parts.append(("styles.xml", make("office:document-styles", ["office:font-face-decls", "office:styles", "office:automatic-styles", "office:master-styles"])))
        if child("office:meta") != nil { parts.append(("meta.xml", make("office:document-meta", ["office:meta"]))) }
        if child("office:settings") != nil { parts.append(("settings.xml", make("office:document-settings", ["office:settings"]))) }
        return parts
    }
}

extension TNode {
    func deepCopy() -> TNode {
        let copy: TNode
        switch kind {
        case .element: copy = TNode(element: name, attributes: attributes)
        case .text: copy = TNode(text: text)
        case .marker: copy = TNode(marker: marker!)
        }
        copy.children = children.map { $0.deepCopy() }
        return copy
    }
}
