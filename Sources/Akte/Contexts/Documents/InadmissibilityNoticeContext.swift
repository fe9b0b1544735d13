/// `onontvankelijkheid`: the notice to a member that a report was declared inadmissible (Wommelgem art. 52).
struct InadmissibilityNoticeContext: DocumentContext {
    let municipality: MunicipalityBlock.Sender
    let council: CouncilBlock.WithChair
    let commission: Named
    let secretary: SecretaryBlock
    let `case`: CaseBlock.Full
    let document: DocumentBlock
    let recipient: RecipientBlock
    let admissibility: Admissibility
    let rules: Rules

    struct Admissibility: Codable, Sendable {
        let date: String
        let hasMotivation: Bool
        let motivation: String
    }

    struct Rules: Codable, Sendable {
        let inadmissibleArticle: String
    }
}
