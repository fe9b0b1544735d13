import Foundation

/// What a `generate` run writes and where: the choices of the command line, as values.
public struct GenerateOptions: Sendable {
    public var outputDirectory: URL
    /// Only these kinds (nil: every document the stage calls for).
    public var only: Set<ArtefactKind>?
    public var formats: Set<OutputFormat>
    /// The compiled templates, the user's override folder first (`TemplateFolders`).
    public var library: TemplateLibrary
    public var force: Bool
    /// The LibreOffice program for PDF (nil: looked up on PATH as `soffice`, then `libreoffice`).
    public var soffice: String?
    /// The writer table (nil: `FormatWriters.standard(soffice:)`).
    public var writers: FormatWriters?
    /// No progress line on a terminal (`--quiet`).
    public var quiet = false

    public init(outputDirectory: URL, only: Set<ArtefactKind>? = nil, formats: Set<OutputFormat> = [.odt, .txt],
                library: TemplateLibrary = TemplateLibrary(), force: Bool = false, soffice: String? = nil,
                writers: FormatWriters? = nil) {
        self.outputDirectory = outputDirectory
        self.only = only
        self.formats = formats
        self.library = library
        self.force = force
        self.soffice = soffice
        self.writers = writers
    }

    /// The writer table of the run.
    public var writerTable: FormatWriters { writers ?? .standard(soffice: soffice) }
}
