/// `reflectieverslag`: the anonymised report of a reflection-chamber session (VVSG); every string already
/// anonymised. No municipality block: the letterhead is `chamber.name`.
struct ReflectionReportContext: DocumentContext {
    let chamber: Named
    let report: Report
    let participants: [String]
    let question: String
    let sections: [Section]
    let copyToCaseBringer: Bool

    struct Report: Codable, Sendable {
        let number: String
        /// Month and year only ("mei 2025").
        let period: String
        let themes: String
    }

    struct Section: Codable, Sendable {
        let heading: String
        let paragraphs: [String]
    }
}
