/// `uitnodiging-raad`: the council hears the respondent before departing from the advice (Wommelgem art. 53).
struct CouncilHearingInvitationContext: DocumentContext {
    let municipality: MunicipalityBlock.Sender
    /// Never signed by its addressee: a respondent council chair is replaced (DLB art. 7 § 5).
    let council: CouncilBlock.WithChair
    let commission: Named
    let secretary: SecretaryBlock
    let `case`: CaseBlock.CouncilHearing
    let document: DocumentBlock
    let recipient: RecipientBlock
    let advice: Advice
    let hearing: MeetingBlock
    let file: File
    let reply: ReplyBlock
    let rules: Rules

    struct Advice: Codable, Sendable {
        let date: String
    }

    struct File: Codable, Sendable {
        let place: String
    }

    struct Rules: Codable, Sendable {
        let measuresArticle: String
    }
}
