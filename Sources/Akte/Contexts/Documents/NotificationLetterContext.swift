/// `kennisgeving`: the notification of the commission's decision to one recipient (Kinrooi art. 8).
struct NotificationLetterContext: DocumentContext {
    let municipality: MunicipalityBlock.Sender
    let council: Named
    let commission: CommissionBlock
    let secretary: Named
    let signedBySecretary: Bool
    let `case`: CaseBlock.Full
    let document: DocumentBlock
    let decision: Decision
    let recipient: Flattened<RecipientBlock, Addressee>
    let admissible: Bool
    let founded: Bool
    let withMotivation: Bool
    let motivation: [String]
    let notification: NotificationBlock
    let rules: Rules

    struct Decision: Codable, Sendable {
        let date: String
    }

    /// `capacity`: the phrase after "U ontvangt deze brief" ("als voorzitter van de gemeenteraad").
    struct Addressee: Codable, Sendable {
        let capacity: String
        let isCouncilChair: Bool
    }

    struct Rules: Codable, Sendable {
        let notificationArticle: String
    }
}
