/// `mededeling-advies`: the letter communicating the advice to one addressee (Kinrooi art. 15; Wommelgem art. 47).
struct AdviceLetterContext: DocumentContext {
    let municipality: MunicipalityBlock.Sender
    let commission: CommissionBlock
    let council: Named
    let code: Named
    let secretary: Named
    let signedBySecretary: Bool
    let `case`: CaseBlock.Number
    let document: DocumentBlock
    let recipient: Flattened<RecipientBlock, Addressee>
    let advice: Advice
    let request: AdviceRequestBlock
    let adviceRules: Flattened<AdviceRules.Request, AdviceRules.Communication>
    let texts: ProfileTexts<Texts>

    /// `capacity`: "voorzitter van de gemeenteraad"; the Kinrooi art. 15 debate sentence goes to the council chair only.
    struct Addressee: Codable, Sendable {
        let capacity: String
        let isCouncilChair: Bool
    }

    struct Advice: Codable, Sendable {
        let dateLong: String
    }

    enum Texts: String, CodingKey, CaseIterable, Sendable { case adviceNotBinding, adviceCouncilDebate }
}
