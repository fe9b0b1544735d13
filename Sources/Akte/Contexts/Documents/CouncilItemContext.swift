/// `agendapunt` and `besluit`: the council's agenda item (draft) and its signed decision, the layout of the
/// Wommelgem minutes (DLB art. 39, 74; code art. 53). The signed decision is the item plus the vote record,
/// attendance and signatures (`SignedDecision`), and prints its council with the chair who signs.
struct CouncilItemBody: Codable, Sendable {
    let municipality: MunicipalityBlock.Letterhead
    let meeting: MeetingDate
    let closedSession: Bool
    let item: Item
    let code: Code
    let facts: [NumberedText]
    let legalGrounds: [String]
    let hasAdvice: Bool
    let advice: [String]
    let argumentation: [String]
    /// Kinrooi model: the council takes note of a founded decision (art. 1, 8).
    let takesNote: Bool
    let `case`: CaseBlock.ReportKind
    let followsAdvice: Bool
    let councilHearing: String
    let rules: Rules
    let financialImpact: String
    let singleArticle: Bool
    let articles: [NumberedText]

    struct Item: Codable, Sendable {
        let title: String
    }

    struct Code: Codable, Sendable {
        let name: String
        /// "Het huishoudelijk reglement van de deontologische commissie": the title opening a sentence.
        let title: String
        let adopted: String
        /// "de artikelen 40, 42, 52 en 53".
        let articles: String
    }

    struct Rules: Codable, Sendable {
        let measuresArticle: String
        let takesNoteArticle: String
    }

    /// `agendapunt`'s own keys.
    struct AgendaItem: Codable, Sendable {
        let council: CouncilBlock.Item
    }

    /// `besluit`'s own keys.
    struct SignedDecision: Codable, Sendable {
        let council: CouncilBlock.Signing
        let attendance: Attendance
        let respondent: Respondent
        let secretary: SecretaryBlock
        /// "27/10/2025", as in the minutes.
        let publicationDate: String
        let vote: Vote
    }

    struct Attendance: Codable, Sendable {
        let hasAttendance: Bool
        let present: [String]
        let hasExcused: Bool
        let excused: [String]
        let hasAbsent: Bool
        let absent: [String]
    }

    struct Respondent: Codable, Sendable {
        let name: String
        /// A council member does not take part in the deliberation and vote on his own case.
        let isCouncilMember: Bool
    }

    struct Vote: Codable, Sendable {
        let lines: [String]
        let hasOutcome: Bool
        let outcome: String
    }
}

typealias CouncilAgendaItemContext = Flattened<CouncilItemBody, CouncilItemBody.AgendaItem>
typealias SignedCouncilDecisionContext = Flattened<CouncilItemBody, CouncilItemBody.SignedDecision>

extension Flattened: DocumentContext where Base == CouncilItemBody {}
