import Foundation

/// One document rendered in every format its writers render from templates.
public struct RenderedDocument: Sendable {
    public let artefact: any Artefact
    /// Format → bytes; a format the artefact has no template for (HTML for most kinds) is absent.
    public let outputs: [OutputFormat: Data]
}

/// Stage 4, render: every document in memory; nothing is written unless every document is good.
public struct RenderedDocuments: Sendable {
    public let planned: PlannedDocuments
    public let documents: [RenderedDocument]
    /// The plan's warnings and those of rendering (a format some kinds have no template for).
    public let warnings: [String]
}
