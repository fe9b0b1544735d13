/// `uitnodiging-hoorzitting`: the invitation to a hearing, to the reporter or the respondent (Wommelgem art. 52;
/// Kinrooi art. 5, 12).
struct HearingInvitationContext: DocumentContext {
    let municipality: MunicipalityBlock.Sender
    let commission: CommissionBlock
    let secretary: Named
    let signedBySecretary: Bool
    /// Kinrooi art. 6: the commission decides (in)admissibility itself, so the letter cannot say it was declared.
    let commissionDecides: Bool
    /// The parties as the advice or the decision names them ("klager", "betrokken mandataris").
    let roles: Roles
    let code: Named
    let `case`: CaseBlock.Full
    let document: DocumentBlock
    let recipient: Flattened<RecipientBlock, Party>
    let hearing: Flattened<MeetingBlock, TrustedPerson>
    let file: FileBlock
    let reply: ReplyBlock
    let rules: Rules
    let texts: ProfileTexts<Texts>

    struct Roles: Codable, Sendable {
        let reporter: String
        let respondent: String
    }

    struct Party: Codable, Sendable {
        let isReporter: Bool
        let isRespondent: Bool
    }

    struct TrustedPerson: Codable, Sendable {
        /// The profile allows a person of trust at the hearing.
        let trustedPersonAllowed: Bool
    }

    struct Rules: Codable, Sendable {
        let closedArticle: String
        let publicOnRequest: Bool
        let hearingArticle: String
    }

    enum Texts: String, CodingKey, CaseIterable, Sendable { case hearingConfidentiality }
}
