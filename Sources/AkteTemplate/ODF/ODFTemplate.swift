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
    /// `packageParts`: the same document split into package parts by the ODF package layer (AkteODF's
    /// Flat ODF split: automatic styles placed by use, embedded pictures under `Pictures/`) — splitting is that
    /// layer's job, so there is one splitter. Each XML part is compiled once, other parts are kept as ready
    /// bytes, and a manifest is written when none is given.
    public init(flatXML data: Data, packageParts: [ODFPart], name: String) throws {
        self.name = name
        let whole = try TemplateTreeLoader.load(data, name: name)
        var split: [(path: String, data: [UInt8]?, root: TNode?, mediaType: String)] = []
        for part in packageParts {
            if Self.compiledParts.contains(part.path) {
                split.append((part.path, nil, try TemplateTreeLoader.load(Data(part.data), name: name), "text/xml"))
            } else {
                split.append((part.path, part.data, nil, part.mediaType))
            }
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
