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
    public init(flatXML data: Data, name: String) throws {
        self.name = name
        let whole = try TemplateTreeLoader.load(data, name: name)
        let split = FlatSplitter.split(whole)
        self.flat = try PartCompiler.compile(whole, templateName: name)
        var parts: [Part] = []
        for (path, root) in split {
            parts.append(Part(path: path, mediaType: "text/xml", body: try Self.compilePart(root, name: name)))
        }
        parts.append(Part(path: "META-INF/manifest.xml", mediaType: "", body: .fixed(Self.manifest(for: parts.map(\.path)))))
        self.parts = parts
    }

    /// Compiles an .odt template from its package entries (path → bytes, as read by the caller's zip reader;
    /// `mimetype` is ignored). content.xml, styles.xml and meta.xml are compiled; other entries are kept as they are.
    public init(packageEntries entries: [(path: String, data: Data)], name: String) throws {
        self.name = name
        self.flat = nil
        var parts: [Part] = []
        let compiledParts: Set<String> = ["content.xml", "styles.xml", "meta.xml"]
        for entry in entries where entry.path != "mimetype" && !entry.path.hasSuffix("/") {
            if compiledParts.contains(entry.path) {
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

    /// Compiles a .fodt or .odt template file; `openPackage` reads the entries of an .odt (a zip).
    public init(contentsOf url: URL, name: String? = nil, openPackage: (URL) throws -> [(path: String, data: Data)]) throws {
        let shownName = name ?? url.path
        if url.pathExtension.lowercased() == "odt" {
            try self.init(packageEntries: try openPackage(url), name: shownName)
        } else {
            try self.init(flatXML: try Data(contentsOf: url), name: shownName)
        }
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

    static func manifest(for paths: [String]) -> [UInt8] {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
        xml += "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"\(mimeType)\"/>"
        for path in paths { xml += "<manifest:file-entry manifest:full-path=\"\(path)\" manifest:media-type=\"text/xml\"/>" }
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
