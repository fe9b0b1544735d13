/// `kennisgeving-melding`: the chair's notification of a report (Kinrooi art. 11).
struct ReportNotificationContext: DocumentContext {
    let municipality: MunicipalityBlock.Sender
    let commission: CommissionBlock
    let code: Named
    let `case`: CaseBlock.Full
    let document: DocumentBlock
    let recipient: Flattened<RecipientBlock, Addressee>
    /// The respondent with her form of address ("mevrouw Sanne Coenen").
    let respondent: Named
    let rules: Rules

    struct Addressee: Codable, Sendable {
        /// The phrase after "breng ik u": "als algemeen directeur".
        let capacity: String
        let isStaffSupervisor: Bool
    }

    struct Rules: Codable, Sendable {
        let reportNotificationArticle: String
        let decisionArticle: String
    }
}
