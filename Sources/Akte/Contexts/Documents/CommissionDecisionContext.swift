/// `beslissing-commissie`: the commission's own decision, Kinrooi model (art. 5, 6, 8, 10).
struct CommissionDecisionContext: DocumentContext {
    let municipality: MunicipalityBlock.Heading
    let council: Named
    let executive: Named
    let commission: CommissionBlock
    let secretary: Named
    let code: Named
    let `case`: CaseBlock.Full
    let reporter: MotivatedAdviceContext.Reporter
    let respondent: MotivatedAdviceContext.Respondent
    let meeting: MeetingDate
    let document: DocumentBlock
    let present: [AttendanceEntry]
    let quorum: QuorumBlock
    let history: [HistoryEntry]
    let hearings: [HearingEntry]
    let facts: [NumberedText]
    let admissibility: Admissibility
    let admissible: Bool
    let founded: Bool
    let articles: [ArticleEntry]
    let motivation: [String]
    let hasDissent: Bool
    let dissent: [String]
    let vote: VoteBlock
    let notification: NotificationBlock
    let rules: Rules

    struct Admissibility: Codable, Sendable {
        let motivation: String
    }

    struct Rules: Codable, Sendable {
        let decisionArticle: String
        let notificationArticle: String
    }
}
