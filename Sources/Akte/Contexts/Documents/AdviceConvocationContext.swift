/// `oproeping-advies`: the convocation of one member to a meeting on an advice request (Kinrooi art. 3, 13;
/// Wommelgem art. 46, 47).
struct AdviceConvocationContext: DocumentContext {
    let municipality: MunicipalityBlock.Sender
    let commission: CommissionBlock
    let council: Named
    let code: Named
    let secretary: Named
    let signedBySecretary: Bool
    let `case`: CaseBlock.Number
    let document: DocumentBlock
    let recipient: RecipientBlock
    let meeting: MeetingBlock
    let agenda: [NumberedText]
    let file: FileBlock
    let request: AdviceRequestBlock
    let adviceRules: Flattened<AdviceRules.Request, AdviceRules.Term>
    let term: AdviceTermBlock
    let rules: Rules
    let notice: NoticeBlock
    let texts: ProfileTexts<Texts>
    let urgent: Bool
    let urgency: UrgencyBlock

    struct Rules: Codable, Sendable {
        let closedArticle: String
    }

    enum Texts: String, CodingKey, CaseIterable, Sendable { case membersSecrecy }
}
