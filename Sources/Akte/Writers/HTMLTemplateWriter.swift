/// Plain semantic HTML5 from an HTML template (`agendapunt.html`): the template holds the whole document
/// (doctype, `lang="nl-BE"`, headings and paragraphs), every inserted value is HTML-escaped
/// (`TextContentType.html`). Only the kinds with an `.html` template are written as HTML; today the agenda item,
/// the text a council's agenda system takes as it is.
public struct HTMLTemplateWriter: TemplateFormatWriter {
    public let format = OutputFormat.html
    public let templateExtension = "html"
    public let coversEveryKind = false

    public init() {}
}
