import AkteODF
import AkteTemplate
import Foundation

/// A problem with a template or input file itself (unknown type, unreadable, wrong output format).
public struct TemplateFileError: Error, CustomStringConvertible, Equatable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// A template of any kind (ODF or plain text), loaded once for the `render` and `templates` subcommands.
public enum LoadedTemplate: Sendable {
    case odf(ODFTemplate, staticParts: PreparedParts?)
    case text(TextTemplate)

    public static func load(_ path: String) throws -> LoadedTemplate {
        try InputFile.checkReadable(path)
        let url = URL(fileURLWithPath: path)
        switch url.pathExtension.lowercased() {
        case "txt", "text":
            return .text(try TextTemplate(contentsOf: url, name: path))
        case "html", "htm":
            return .text(try TextTemplate(contentsOf: url, name: path, contentType: .html))
        case "odt", "fodt":
            // AkteODF reads and compiles the template: a .fodt is parsed once, compiled whole and split into parts.
            let template = try ODFTemplate(contentsOf: url, name: path)
            return .odf(template, staticParts: try PreparedParts(fixedPartsOf: template))
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
        var packager: ODTPackager?
        return try render(context, format: format, timing: &timing, packager: &packager)
    }

    /// Renders one document in `format`, adding the time spent in the template and in zipping to `timing`.
    /// `packager`: the packager of the calling thread, reused across documents (made on first use).
    public func render(_ context: TemplateValue, format: OutputFormat, timing: inout StageTiming, packager: inout ODTPackager?) throws -> Data {
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
            let odt = try packager ?? ODTPackager()
            packager = odt
            return try odt.package(parts, prepared: staticParts)
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
