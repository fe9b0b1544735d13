import AkteTemplate
import AkteXML
import AkteZip
import Foundation

/// A compiled ODF text template (.fodt or .odt): parsed and compiled once, rendered many times without
/// re-parsing; immutable and `Sendable`, so one template may be rendered from several threads at once.
///
/// A .fodt is parsed once: the parsed document is compiled whole (for .fodt output), then split by the
/// package layer (`FlatODFSplitter`: automatic styles placed by use, embedded pictures under `Pictures/`) into
/// the parts of an .odt, each compiled separately (parts without tags kept as ready bytes).
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

    /// The parts of the .odt package, in package order (manifest last; `mimetype` is the packager's job).
    let parts: [Part]
    /// The whole flat document (for .fodt output), when the template was a .fodt.
    let flat: [Segment]?

    /// The XML parts whose text may hold tags; the others are copied as they are.
    static let compiledParts: Set<String> = ["content.xml", "styles.xml", "meta.xml"]

    /// Reads and compiles a template file: an .odt package, or else a Flat ODF document (.fodt).
    public init(contentsOf url: URL, name: String) throws {
        if url.pathExtension.lowercased() == "odt" {
            let archive = try ZipArchive(contentsOf: url)
            let entries = try archive.entryNames.filter { !$0.hasSuffix("/") }.map { ($0, try archive.read($0)) }
            try self.init(packageEntries: entries, name: name)
        } else {
            try self.init(flatXML: try Data(contentsOf: url), name: name)
        }
    }

    /// Compiles a Flat ODF text document (.fodt), parsing it once.
    public init(flatXML data: Data, name: String) throws {
        self.name = name
        let document = try XMLDocument(data: data, name: name)
        try FlatODFSplitter.checkRoot(of: document)
        // Copied before the split, which takes the embedded pictures out of the document.
        let whole = try TemplateTreeLoader.load(document, name: name)
        let package = try ODFPackage.read(flat: document)
        var split: [(path: String, root: TemplateNode?, data: [UInt8], mediaType: String)] = [
            ("content.xml", try TemplateTreeLoader.load(package.content, name: name), [], "text/xml"),
            ("styles.xml", try TemplateTreeLoader.load(package.styles, name: name), [], "text/xml"),
        ]
        if let meta = package.meta { split.append(("meta.xml", try TemplateTreeLoader.load(meta, name: name), [], "text/xml")) }
        if let settings = package.settings { split.append(("settings.xml", nil, Array(settings.serialized()), "text/xml")) }
        for attachment in package.attachments { split.append((attachment.path, nil, Array(attachment.data), attachment.mediaType)) }

        self.flat = try PartCompiler.compile(whole, templateName: name)
        var parts: [Part] = []
        for entry in split {
            if let root = entry.root {
                parts.append(Part(path: entry.path, mediaType: entry.mediaType, body: try Self.compilePart(root, name: name)))
            } else {
                parts.append(Part(path: entry.path, mediaType: entry.mediaType, body: .fixed(entry.data)))
            }
        }
        let listed = parts.map { (path: $0.path, mediaType: $0.mediaType) }
        parts.append(Part(path: ODFManifest.path, mediaType: "", body: .fixed(ODFManifest.bytes(mimeType: ODFMediaType.text, parts: listed))))
        self.parts = parts
    }

    /// Compiles an .odt template from its package entries (path → bytes, as read by the caller's zip reader;
    /// `mimetype` is ignored). content.xml, styles.xml and meta.xml are compiled; other entries are kept as they are.
    public init(packageEntries entries: [(path: String, data: Data)], name: String) throws {
        self.name = name
        self.flat = nil
        var parts: [Part] = []
        // The template's thumbnail shows the tags, not the document: leave it out (and out of the manifest).
        let kept = entries.filter { !$0.path.hasPrefix("Thumbnails/") }
        for entry in kept where entry.path != "mimetype" && !entry.path.hasSuffix("/") {
            if entry.path == ODFManifest.path {
                let root = try TemplateTreeLoader.load(entry.data, name: "\(name)/\(entry.path)")
                root.children = root.children.filter { !($0.attribute(.manifest("full-path"))?.hasPrefix("Thumbnails/") ?? false) }
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

    private static func compilePart(_ root: TemplateNode, name: String) throws(TemplateError) -> PartBody {
        let segments = try PartCompiler.compile(root, templateName: name)
        if segments.count == 1, case .bytes(let bytes) = segments[0] { return .fixed(bytes) }
        if segments.isEmpty { return .fixed([]) }
        return .compiled(segments)
    }

    /// Whether the template can be written as a single flat XML document.
    public var canRenderFlat: Bool { flat != nil }

    /// Renders the package parts of an .odt (without `mimetype`, which `ODTPackager` adds first and stored).
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

    /// The parts without tags, identical in every rendered document (prepared once: see `PreparedParts`).
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
}
