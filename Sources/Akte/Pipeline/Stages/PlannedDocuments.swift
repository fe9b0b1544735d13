/// Stage 3, plan: the documents to write (after `--only`), none of them blocked by an error of the rules.
public struct PlannedDocuments: Sendable {
    public let evaluated: EvaluatedCase
    public let artefacts: [any Artefact]
    /// Warnings of the rules and of the plan, as printed (`file:line:column: warning: …`).
    public let warnings: [String]
}
