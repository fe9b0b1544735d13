/// `gemotiveerd-advies`: the commission's motivated advice to the council (Wommelgem art. 47, 52, 53).
struct MotivatedAdviceContext: DocumentContext {
    let municipality: MunicipalityBlock.Heading
    let council: Named
    let commission: CommissionBlock
    let secretary: Named
    let code: Named
    let `case`: CaseBlock.Advice
    let respondent: Respondent
    let reporter: Reporter
    let meeting: MeetingDate
    let document: DocumentBlock
    let history: [HistoryEntry]
    let hearings: [HearingEntry]
    let facts: [NumberedText]
    let articles: [ArticleEntry]
    let conclusion: String
    let hasMeasures: Bool
    let measures: [String]
    let hasDissent: Bool
    let dissent: [String]
    let vote: VoteBlock
    let rules: Rules

    struct Respondent: Codable, Sendable {
        let name: String
        let mandate: String
    }

    /// Kinrooi art. 10: a "klacht" is brought by a "Klager", a "melding" by a "Melder".
    struct Reporter: Codable, Sendable {
        let name: String
        let role: String
    }

    struct Rules: Codable, Sendable {
        let hearingArticle: String
        let adviceArticle: String
        let measuresArticle: String
    }
}
