import AkteRules

/// Stage 2, evaluate: the rules' findings and the documents the case's stage calls for.
public struct EvaluatedCase: Sendable {
    public let loaded: LoadedCase
    public let findings: [Finding]
    public let plan: DocumentPlan
    /// The case number, the name of the case folder.
    public let folderName: String
}
