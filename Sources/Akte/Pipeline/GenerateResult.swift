import Foundation

/// One file written.
public struct WrittenDocument: Sendable, Hashable {
    public let url: URL
    public let kind: ArtefactKind
    public let confidential: Bool
}

/// What a `generate` run wrote: the last stage's value.
public struct GenerateResult: Sendable {
    public let directory: URL
    public let written: [WrittenDocument]
    /// The rules' findings (`file:line:column: warning: …`) and the documents the case lacks data for.
    public let warnings: [String]
}
