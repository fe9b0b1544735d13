/// The output formats of akte, one enum for `generate` and `render`. The raw value is the name on the command
/// line (`--format odt,txt,html`) and the file extension.
///
/// `generate` writes the formats its writer table holds (`FormatWriters`: odt, txt, pdf, html); `render` writes
/// what a template can be rendered as directly (odt and fodt from an ODF template, txt from a text template, html
/// from an HTML template). PDF is never rendered from a template: it is converted from the .odt.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable, Comparable {
    case odt, fodt, txt, pdf, html

    /// The file extension of a document in this format.
    public var fileExtension: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)! }
}
