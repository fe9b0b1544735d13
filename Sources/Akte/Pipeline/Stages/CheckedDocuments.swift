import Foundation

/// One file of the set: its name in the case folder and its bytes.
public struct DocumentFile: Sendable {
    public let name: String
    public let format: OutputFormat
    public let kind: ArtefactKind
    public let data: Data
}

/// Stage 5, check: documents that passed the leak check, with safe and distinct file names, and the case folder
/// they go to. What is left is converting (PDF) and writing.
public struct CheckedDocuments: Sendable {
    public let directory: URL
    /// The rendered files, per document in format order (odt, txt, html).
    public let files: [DocumentFile]
    /// The documents to convert (base name, kind, bytes per format) for the converted formats asked.
    public let sources: [(name: String, document: RenderedDocument)]
    /// The converted formats asked (pdf), in order.
    public let conversions: [OutputFormat]
    public let warnings: [String]

    /// Every file name the set will hold, converted ones included (for the existence check before converting).
    public var plannedNames: [String] {
        files.map(\.name) + conversions.flatMap { format in sources.map { "\($0.name).\(format.fileExtension)" } }
    }
}
