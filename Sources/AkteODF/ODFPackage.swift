import AkteXML
import AkteZip
import Foundation

/// A part of a package that is not one of the four XML streams (pictures, embedded objects…).
public struct ODFAttachment: Sendable, Hashable {
    /// Path inside the package, e.g. `Pictures/3f2a….png`.
    public var path: String
    public var mediaType: String
    public var data: Data

    public init(path: String, mediaType: String, data: Data) {
        self.path = path
        self.mediaType = mediaType
        self.data = data
    }
}

/// An ODF text document in memory: the XML parts as editable `XMLDocument`s plus attachments.
/// Read from `.odt` or `.fodt`; written by `ODTWriter`. Not thread-safe (one package per task).
public final class ODFPackage {
    public var mimeType: String
    /// `content.xml` (`office:document-content`).
    public var content: XMLDocument
    /// `styles.xml` (`office:document-styles`).
    public var styles: XMLDocument
    /// `meta.xml` as read; `ODTWriter` writes its own, deterministic one.
    public var meta: XMLDocument?
    /// `settings.xml`, when the source had settings.
    public var settings: XMLDocument?
    public var attachments: [ODFAttachment]

    public init(mimeType: String = ODFMediaType.text, content: XMLDocument, styles: XMLDocument,
                meta: XMLDocument? = nil, settings: XMLDocument? = nil, attachments: [ODFAttachment] = []) {
        self.mimeType = mimeType
        self.content = content
        self.styles = styles
        self.meta = meta
        self.settings = settings
        self.attachments = attachments
    }

    /// An independent copy (the XML parts are deep-copied): read a template once, copy per document.
    public func copy() throws -> ODFPackage {
        do {
            return ODFPackage(mimeType: mimeType, content: try content.copy(), styles: try styles.copy(),
                              meta: try meta?.copy(), settings: try settings?.copy(), attachments: attachments)
        } catch let error as XMLError {
            throw ODFError(.invalidPart, part: error.documentName, error.message)
        }
    }

    /// Reads a `.odt` (zip) or `.fodt` (XML) file; which one is decided by the first bytes, not the name.
    public static func read(contentsOf url: URL) throws -> ODFPackage {
        let data = try ODFFile.read(url)
        if data.starts(with: [0x50, 0x4B]) {
            return try read(odt: data)
        }
        do {
            return try read(flat: try XMLDocument(data: data, name: url.lastPathComponent))
        } catch let error as XMLError {
            throw ODFError(.unreadable, part: error.documentName, line: error.line, error.message)
        }
    }

    /// Reads a zipped package.
    public static func read(odt data: Data) throws -> ODFPackage {
        let archive: ZipArchive
        do {
            archive = try ZipArchive(data: data)
        } catch let error as ZipError {
            throw ODFError(.unreadable, part: error.entry, error.message)
        }
        return try PackageReader(archive: archive).package()
    }

    /// Splits a Flat ODF document (`office:document`) into parts; embedded pictures become attachments.
    public static func read(flat document: XMLDocument) throws -> ODFPackage {
        try FlatODFSplitter(document: document).package()
    }
}

/// Media types of ODF packages akte knows (the exact bytes of the `mimetype` entry).
public enum ODFMediaType {
    public static let text = "application/vnd.oasis.opendocument.text"
    public static let textTemplate = "application/vnd.oasis.opendocument.text-template"
    public static let all: Set<String> = [
        text, textTemplate,
        "application/vnd.oasis.opendocument.text-master",
        "application/vnd.oasis.opendocument.text-master-template",
        "application/vnd.oasis.opendocument.text-web",
        "application/vnd.oasis.opendocument.spreadsheet",
        "application/vnd.oasis.opendocument.spreadsheet-template",
        "application/vnd.oasis.opendocument.presentation",
        "application/vnd.oasis.opendocument.presentation-template",
        "application/vnd.oasis.opendocument.graphics",
        "application/vnd.oasis.opendocument.graphics-template",
        "application/vnd.oasis.opendocument.chart",
        "application/vnd.oasis.opendocument.chart-template",
        "application/vnd.oasis.opendocument.formula",
        "application/vnd.oasis.opendocument.formula-template",
        "application/vnd.oasis.opendocument.image",
        "application/vnd.oasis.opendocument.image-template",
        "application/vnd.oasis.opendocument.database",
    ]
}

/// Reads the parts of a zipped package (through AkteZip's limits).
struct PackageReader {
    let archive: ZipArchive

    /// Parts the writer regenerates or that would go stale in a generated document.
    static func dropped(_ path: String) -> Bool {
        path == "mimetype" || path.hasPrefix("META-INF/") || path.hasPrefix("Thumbnails/") || path.hasSuffix("/")
    }

    func package() throws -> ODFPackage {
        let mimeType = String(decoding: try bytes("mimetype"), as: UTF8.self)
        let mediaTypes = try manifestMediaTypes()
        let known = ["content.xml", "styles.xml", "meta.xml", "settings.xml"]
        let attachments = try archive.entryNames
            .filter { !known.contains($0) && !Self.dropped($0) }
            .sorted()
            .map { ODFAttachment(path: $0, mediaType: mediaTypes[$0] ?? "", data: try bytes($0)) }
        return ODFPackage(
            mimeType: mimeType,
            content: try xml("content.xml"),
            styles: try xml("styles.xml"),
            meta: archive.entry(named: "meta.xml") == nil ? nil : try xml("meta.xml"),
            settings: archive.entry(named: "settings.xml") == nil ? nil : try xml("settings.xml"),
            attachments: attachments)
    }

    func bytes(_ name: String) throws -> Data {
        do {
            return try archive.read(name)
        } catch let error as ZipError {
            throw ODFError(error.kind == .missingEntry ? .invalidPackage : .unreadable, part: name, error.message)
        }
    }

    func xml(_ name: String) throws -> XMLDocument {
        do {
            return try XMLDocument(data: try bytes(name), name: name)
        } catch let error as XMLError {
            throw ODFError(.invalidPart, part: name, line: error.line, error.message)
        }
    }

    /// `manifest:full-path` → `manifest:media-type`.
    func manifestMediaTypes() throws -> [String: String] {
        guard archive.entry(named: ODFManifest.path) != nil else { return [:] }
        let manifest = try xml(ODFManifest.path)
        return ODFManifest.mediaTypes(in: manifest)
    }
}
