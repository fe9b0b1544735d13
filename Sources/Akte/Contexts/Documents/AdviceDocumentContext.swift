/// `advies-code`: "Advies van de deontologische commissie" on the code and its application, signed by the chair
/// and the secretary (Wommelgem art. 47, 54; Kinrooi art. 13–15).
struct AdviceDocumentContext: DocumentContext {
    let municipality: MunicipalityBlock.Heading
    let commission: CommissionBlock
    let council: Named
    let secretary: Named
    let code: Named
    let `case`: CaseBlock.Number
    let meeting: MeetingDate
    let request: Flattened<AdviceRequestBlock, AdviceRequestTimeline>
    let adviceRules: Flattened<Flattened<AdviceRules.Request, AdviceRules.Term>, AdviceRules.Communication>
    let paragraphs: [String]
    let voteLines: [String]
    let hasVote: Bool
    /// To whom the advice is communicated (the profile's `adviceProcedure.recipients`).
    let recipientsText: String
    let hasRecipients: Bool
    let texts: ProfileTexts<Texts>

    enum Texts: String, CodingKey, CaseIterable, Sendable { case adviceNotBinding, adviceCouncilEvaluation }
}
