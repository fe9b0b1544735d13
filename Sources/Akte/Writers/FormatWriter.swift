import AkteTemplate
import Foundation

/// Writes one output format from the artefact's template of that format (`oproeping.fodt` → .odt,
/// `oproeping.txt` → .txt, `agendapunt.html` → .html). One conformance per format: a new format is one writer
/// type, its templates, and a line in `FormatWriters.standard`.
public protocol TemplateFormatWriter: Sendable {
    /// The format it writes.
    var format: OutputFormat { get }
    /// The extension of its templates in the template folders (`fodt`, `txt`, `html`).
    var templateExtension: String { get }
    /// Whether every kind of document has a template of this format. When false (HTML, for now only the agenda
    /// item), a kind without one is simply not written in this format, and `generate` says so in a warning.
    var coversEveryKind: Bool { get }
    /// Renders one document (by default: the template rendered in `format`; a writer that post-processes, such as
    /// one adding RDFa or checking the markup, implements its own).
    func render(_ template: LoadedTemplate, context: TemplateValue) throws -> Data
}

extension TemplateFormatWriter {
    public func render(_ template: LoadedTemplate, context: TemplateValue) throws -> Data {
        try template.render(context, format: format)
    }
}

/// Writes one output format by converting the documents of another (PDF from the .odt), all documents of a run
/// at once, after every check has passed.
public protocol ConvertingFormatWriter: Sendable {
    var format: OutputFormat { get }
    /// The format it converts from; the pipeline renders it even when it is not asked for.
    var source: OutputFormat { get }
    /// Converts the documents (base name → bytes in `source`) to base name → bytes in `format`.
    func convert(_ documents: [(name: String, data: Data)]) throws(GenerateError) -> [String: Data]
}

/// The writer table: output format → the writer of that format.
public struct FormatWriters: Sendable {
    public var rendered: [OutputFormat: any TemplateFormatWriter]
    public var converted: [OutputFormat: any ConvertingFormatWriter]

    public init(rendered: [any TemplateFormatWriter], converted: [any ConvertingFormatWriter]) {
        self.rendered = Dictionary(rendered.map { ($0.format, $0) }, uniquingKeysWith: { _, last in last })
        self.converted = Dictionary(converted.map { ($0.format, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// akte's formats: .odt from the Flat ODF templates, .txt, .html (the agenda item), and PDF through
    /// LibreOffice (`soffice`: the program, nil to look it up on PATH).
    public static func standard(soffice: String? = nil) -> FormatWriters {
        FormatWriters(rendered: [ODTTemplateWriter(), TextTemplateWriter(), HTMLTemplateWriter()],
                      converted: [PDFConversionWriter(program: soffice)])
    }

    /// Every format this table can write, in `OutputFormat` order.
    public var formats: [OutputFormat] { OutputFormat.allCases.filter { rendered[$0] != nil || converted[$0] != nil } }

    /// The formats to render from templates for `asked`: the asked ones, the sources of the asked conversions,
    /// and always txt: the leak check reads it, and a broken text template fails every run alike.
    func renderedFormats(for asked: Set<OutputFormat>) -> [OutputFormat] {
        var needed = asked.filter { rendered[$0] != nil }
        for format in asked { if let conversion = converted[format] { needed.insert(conversion.source) } }
        if rendered[.txt] != nil { needed.insert(.txt) }
        return needed.sorted()
    }
}
