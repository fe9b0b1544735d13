import AkteODF
import AkteTemplate
import AkteXML
import AkteZip
import Foundation

/// A problem with a template or input file itself (unknown type, unreadable, wrong output format).
public struct TemplateFileError: Error, CustomStringConvertible, Equatable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// A template of any kind (ODF or plain text), loaded once for the `render` and `templates` subcommands.
public enum LoadedTemplate: Sendable {
    case odf(ODFTemplate, staticParts: ZipArchiveBox?)
    case text(TextTemplate)

    public static func load(_ path: String) throws -> LoadedTemplate {
        try InputFile.checkReadable(path)
        let url = URL(fileURLWithPath: path)
        switch url.pathExtension.lowercased() {
        case "txt", "text":
            return .text(try TextTemplate(contentsOf: url, name: path))
        case "html", "htm":
            return .text(try TextTemplate(contentsOf: url, name: path, contentType: .html))
        case "odt":
            let archive = try ZipArchive(contentsOf: url)
            let entries = try archive.entryNames.filter { !$0.hasSuffix("/") }.map { ($0, try archive.read($0)) }
            let template = try ODFTemplate(packageEntries: entries, name: path)
            return .odf(template, staticParts: try ZipArchiveBox.staticParts(of: template))
        case "fodt":
            // AkteODF splits the flat document into package parts once (automatic styles by use, embedded
            // pictures to Pictures/); the template engine compiles each part.
            let data = try Data(contentsOf: url)
            let package = try ODFPackage.read(flat: try XMLDocument(data: data, name: path))
            var parts = [
                ODFPart(path: "content.xml", data: Array(package.content.serialized()), mediaType: "text/xml"),
                ODFPart(path: "styles.xml", data: Array(package.styles.serialized()), mediaType: "text/xml"),
            ]
            if let meta = package.meta { parts.append(ODFPart(path: "meta.xml", data: Array(meta.serialized()), mediaType: "text/xml")) }
            if let settings = package.settings {
                parts.append(ODFPart(path: "settings.xml", data: Array(settings.serialized()), mediaType: "text/xml"))
            }
            for attachment in package.attachments {
                parts.append(ODFPart(path: attachment.path, data: Array(attachment.data), mediaType: attachment.mediaType))
            }
            let template = try ODFTemplate(flatXML: data, packageParts: parts, name: path)
            return .odf(template, staticParts: try ZipArchiveBox.staticParts(of: template))
        default:
            throw TemplateFileError("\(path): unknown template type (expected .fodt, .odt, .txt or .html)")
        }
    }

    public var keys: [TemplateKey] {
        switch self {
        case .odf(let template, _): return template.keys
        case .text(let template): return template.keys
        }
    }

    public var defaultFormat: OutputFormat {
        if case .text(let template) = self { return template.contentType == .html ? .html : .txt }
        return .odt
    }

    /// Renders one document in `format`.
    public func render(_ context: TemplateValue, format: OutputFormat) throws -> Data {
        var timing = StageTiming()
        var builder: ZipBuilder?
        return try render(context, format: format, timing: &timing, builder: &builder)
    }

    /// Renders one document in `format`, adding the time spent in the template and in zipping to `timing`.
    /// `builder`: the zip builder of the calling thread, reused across documents (made on first use).
    public func render(_ context: TemplateValue, format: OutputFormat, timing: inout StageTiming, builder: inout ZipBuilder?) throws -> Data {
        let start = ContinuousClock.now
        switch (self, format) {
        case (.text(let template), .txt) where template.contentType == .plainText,
             (.text(let template), .html) where template.contentType == .html:
            defer { timing.render += start.duration(to: .now) }
            return Data(try template.render(context).utf8)
        case (.odf(let template, _), .fodt):
            defer { timing.render += start.duration(to: .now) }
            return Data(try template.renderFlat(context))
        case (.odf(let template, let staticParts), .odt):
            let parts = try template.renderParts(context)
            let rendered = ContinuousClock.now
            timing.render += start.duration(to: rendered)
            defer { timing.package += rendered.duration(to: .now) }
            return try MergeODTWriter.write(parts, staticParts: staticParts, builder: &builder)
        case (.text(let template), _):
            throw TemplateFileError(template.contentType == .html ? "an HTML template can only be rendered as html"
                                                                  : "a plain-text template can only be rendered as txt")
        case (.odf, .txt), (.odf, .html):
            throw TemplateFileError("an ODF template cannot be rendered as \(format.rawValue) (use the .\(format.rawValue) version of the template)")
        case (.odf, .pdf):
            throw TemplateFileError("a PDF is converted from the .odt by LibreOffice (akte generate --format pdf), not rendered from a template")
        }
    }
}

/// The static (tag-free) parts of an ODF template, deflated once per run (`ZipBuilder.prepare`) so that each
/// document copies their compressed bytes instead of compressing them again. Immutable, shared by all threads.
public final class ZipArchiveBox: Sendable {
    public let entries: [String: PreparedZipEntry]

    public init(entries: [String: PreparedZipEntry]) {
        self.entries = entries
    }

    public static func staticParts(of template: ODFTemplate) throws -> ZipArchiveBox? {
        let fixed = template.fixedParts
        guard !fixed.isEmpty else { return nil }
        let builder = try ZipBuilder(timestamp: MergeODTWriter.timestamp)
        var entries: [String: PreparedZipEntry] = [:]
        for part in fixed { entries[part.path] = try builder.prepare(part.path, data: part.data, compression: MergeODTWriter.compression(for: part.path)) }
        return ZipArchiveBox(entries: entries)
    }
}

public enum MergeODTWriter {
    /// One timestamp for every entry of every document of a run (SOURCE_DATE_EPOCH or the fixed fallback), read once.
    public static let timestamp = ZipTimestamp.fromEnvironment()

    public static func compression(for path: String) -> ZipCompression {
        let lower = path.lowercased()
        for ext in [".png", ".jpg", ".jpeg", ".gif", ".zip"] where lower.hasSuffix(ext) { return .stored }
        return .deflated
    }

    /// Writes an .odt package: `mimetype` first and stored, then the parts in template order; static parts
    /// are copied from `staticParts` (compressed once), the others deflated. Without `staticParts` every part
    /// is deflated: the same bytes. `builder`: reused across the documents of one thread (made on first use).
    public static func write(_ parts: [ODFPart], staticParts: ZipArchiveBox?, builder: inout ZipBuilder?) throws -> Data {
        try write(parts, staticParts: staticParts, builder: &builder) { Data($0) }
    }

    /// As `write(_:staticParts:builder:)`, giving the package's bytes to `body` (valid during the call only).
    public static func write<R>(_ parts: [ODFPart], staticParts: ZipArchiveBox?, builder: inout ZipBuilder?,
                                _ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        let zip = try builder ?? ZipBuilder(timestamp: timestamp)
        builder = zip
        zip.reset()
        try zip.add("mimetype", data: Array(ODFTemplate.mimeType.utf8), compression: .stored)
        for part in parts {
            if let prepared = staticParts?.entries[part.path] {
                try zip.add(prepared)
            } else {
                try zip.add(part.path, data: part.data, compression: compression(for: part.path))
            }
        }
        return try zip.finish(body)
    }
}

/// Time per stage of a mail-merge, summed over documents (and over threads when they run in parallel).
public struct StageTiming: Sendable {
    public var parse: Duration = .zero
    public var render: Duration = .zero
    public var package: Duration = .zero
    public var write: Duration = .zero

    public init(parse: Duration = .zero, render: Duration = .zero, package: Duration = .zero, write: Duration = .zero) {
        self.parse = parse
        self.render = render
        self.package = package
        self.write = write
    }

    public static func + (a: StageTiming, b: StageTiming) -> StageTiming {
        StageTiming(parse: a.parse + b.parse, render: a.render + b.render, package: a.package + b.package, write: a.write + b.write)
    }
}

extension Duration {
    public var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

/// Input files of `render` and `templates`: a missing, unreadable or non-regular file is an input error that
/// names the file and the system's reason (instead of a Foundation error dump).
public enum InputFile {
    public static func checkReadable(_ path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw TemplateFileError("\(path): cannot read the file: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw TemplateFileError("\(path): cannot read the file: \(String(cString: strerror(errno)))") }
        guard info.st_mode & S_IFMT == S_IFREG else { throw TemplateFileError("\(path): not a regular file") }
    }

    public static func read(_ path: String) throws -> Data {
        try checkReadable(path)
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw TemplateFileError("\(path): cannot read the file: \(error.localizedDescription)")
        }
    }
}
