/// `uitnodiging-getuige`: the invitation to a witness; names neither the reporter nor the respondent (Wommelgem
/// art. 46 §5, §6, 52).
struct WitnessInvitationContext: DocumentContext {
    let municipality: MunicipalityBlock.Sender
    let commission: CommissionBlock
    let secretary: Named
    let signedBySecretary: Bool
    let code: Named
    let `case`: CaseBlock.Witness
    let document: DocumentBlock
    let recipient: RecipientBlock
    let hearing: MeetingBlock
    let reply: ReplyBlock
    let rules: Rules

    struct Rules: Codable, Sendable {
        let closedArticle: String
        let witnessArticle: String
    }
}
