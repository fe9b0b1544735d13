import AkteCase
import AkteRules

/// The commission's motivated advice to the council (Wommelgem art. 47, 52, 53).
public struct MotivatedAdvice: Artefact {
    public let setting: CaseSetting
    public let assessment: Assessment

    public var kind: ArtefactKind { .advies }
    public var fileName: String { Self.numbered(kind, "gemotiveerd-advies") }

    var conclusion: String {
        let s = setting
        let respondent = s.namedWithForm(s.commissionCase.details.respondent)
        let articles = DutchPhrases.articles(s.commissionCase.details.articles)
        let sentence = assessment.conclusion.findsBreach
            ? "De commissie is van oordeel dat \(respondent) \(articles) van de \(s.citations.codeName) heeft geschonden."
            : "De commissie is van oordeel dat \(respondent) \(articles) van de \(s.citations.codeName) niet heeft geschonden."
        return ([sentence] + assessment.motivation).joined(separator: "\n\n")
    }

    var measures: [String] {
        let mandate = setting.person(setting.commissionCase.details.respondent)?.mandate ?? "mandataris"
        let items = assessment.recommendedMeasures.map { measure -> String in
            switch measure {
            case .distantieren: return "zich uitdrukkelijk te distantiëren van het gedrag van de betrokken \(mandate)"
            case .verontschuldiging: return "te vragen dat de betrokken \(mandate) zich verontschuldigt"
            case .parket: return "de feiten te melden aan het parket"
            case .auditVlaanderen: return "de feiten te melden aan Audit Vlaanderen"
            case .tuchtonderzoek: return "een dossier over te maken aan de Vlaamse regering zodat die een tuchtonderzoek kan instellen"
            }
        }
        return items.enumerated().map { $0.element + ($0.offset == items.count - 1 ? "." : ";") }
    }

    public var typedContext: any DocumentContext {
        let s = setting
        let c = s.commissionCase
        let date = c.meeting(assessment.meeting)?.date ?? c.details.reportReceived
        return MotivatedAdviceContext(
            municipality: .init(c.municipality), council: Named(name: s.councilName), commission: .init(s),
            secretary: .secretary(s), code: Named(name: s.citations.codeName), case: .init(s),
            respondent: .init(s), reporter: .init(s), meeting: .init(date), document: .init(s, date: date),
            history: HistoryEntry.history(s, until: date), hearings: HearingEntry.hearings(s),
            facts: NumberedText.numbered(c.details.facts), articles: ArticleEntry.articles(s),
            conclusion: conclusion, hasMeasures: !measures.isEmpty, measures: measures,
            hasDissent: !assessment.dissent.isEmpty, dissent: assessment.dissent,
            vote: VoteBlock(lines: VoteBlock.lines(s, assessment.vote), outcome: adviceOutcome),
            rules: .init(hearingArticle: s.citations.hearing, adviceArticle: s.citations.cite("advice"),
                         measuresArticle: s.citations.measures))
    }

    /// "Het advies is aangenomen met 5 stemmen voor en 1 stem tegen, bij 1 onthouding."
    var adviceOutcome: String {
        guard let id = assessment.vote, let o = setting.facts.vote(id)?.outcome else { return "" }
        let abstentions = o.abstentions == 0 ? "" : ", bij \(o.abstentions) \(o.abstentions == 1 ? "onthouding" : "onthoudingen")"
        if o.result == .adopted {
            return "Het advies is aangenomen met \(DutchPhrases.counts(o))\(abstentions)."
        }
        return "Het advies is verworpen: \(DutchPhrases.counts(o))\(abstentions)."
    }
}

/// The commission's own decision, Kinrooi model (art. 5, 6, 8, 10).
public struct CommissionDecisionDocument: Artefact {
    public let setting: CaseSetting
    public let assessment: Assessment

    public var kind: ArtefactKind { .beslissing }
    public var fileName: String { Self.numbered(kind, "beslissing-commissie") }

    var admissible: Bool { assessment.conclusion != .onontvankelijk && setting.commissionCase.details.admissibility?.admissible != false }
    var founded: Bool { admissible && assessment.conclusion == .gegrond }

    /// "de klacht wordt gegrond verklaard" — what the vote adopted.
    var verdict: String {
        let kind = setting.commissionCase.details.reportKind
        if !admissible { return "de \(kind) wordt onontvankelijk verklaard" }
        return "de \(kind) wordt \(founded ? "gegrond" : "ongegrond") verklaard"
    }

    public var typedContext: any DocumentContext {
        let s = setting
        let c = s.commissionCase
        let meeting = c.meeting(assessment.meeting)
        let date = meeting?.date ?? c.details.reportReceived
        let d = c.details
        let admissibilityMotivation = d.admissibility?.motivation
            ?? d.admissibility.map { "De \(d.reportKind) werd op \(DutchFormat.date($0.date)) \($0.admissible ? "ontvankelijk" : "onontvankelijk") verklaard na een vooronderzoek." }
            ?? "De \(d.reportKind) is ontvankelijk."
        return CommissionDecisionContext(
            municipality: .init(c.municipality), council: Named(name: s.councilName), executive: Named(name: s.executiveName),
            commission: .init(s), secretary: .secretary(s), code: Named(name: s.citations.codeName), case: .init(s),
            reporter: .init(s), respondent: .init(s), meeting: .init(date), document: .init(s, date: date),
            present: meeting.map { AttendanceEntry.present(s, $0) } ?? [],
            quorum: meeting.map { QuorumBlock(s, $0) } ?? QuorumBlock(sentence: ""),
            history: HistoryEntry.history(s, until: date), hearings: HearingEntry.hearings(s),
            facts: NumberedText.numbered(d.facts), admissibility: .init(motivation: admissibilityMotivation),
            admissible: admissible, founded: founded, articles: ArticleEntry.articles(s),
            motivation: assessment.motivation, hasDissent: !assessment.dissent.isEmpty, dissent: assessment.dissent,
            vote: VoteBlock(lines: VoteBlock.lines(s, assessment.vote), outcome: VoteBlock.outcome(s, assessment.vote, adopted: verdict)),
            notification: .init(s),
            rules: .init(decisionArticle: s.citations.decisions, notificationArticle: s.citations.notification))
    }
}

extension MotivatedAdviceContext.Respondent {
    init(_ setting: CaseSetting) {
        let id = setting.commissionCase.details.respondent
        self.init(name: setting.name(id), mandate: setting.person(id)?.mandate ?? "mandataris")
    }
}

extension MotivatedAdviceContext.Reporter {
    init(_ setting: CaseSetting) {
        let d = setting.commissionCase.details
        self.init(name: setting.name(d.reporter), role: DutchPhrases.capitalised(setting.roleName(.melder)))
    }
}
