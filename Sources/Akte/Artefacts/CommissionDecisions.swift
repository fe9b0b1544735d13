import AkteCase
import AkteRules
import AkteTemplate

/// The commission's motivated advice to the council (Wommelgem art. 47, 52, 53).
public struct MotivatedAdvice: Artefact {
    public let setting: CaseSetting
    public let assessment: Assessment

    public var kind: ArtefactKind { .advies }
    public var fileName: String { Self.numbered(kind, "gemotiveerd-advies") }

    var conclusion: String {
        let s = setting
        let respondent = s.namedWithForm(s.commissionCase.details.respondent)
        let articles = CaseSetting.articlesPhrase(s.commissionCase.details.articles)
        let sentence = assessment.conclusion.findsBreach
            ? "De commissie is van oordeel dat \(respondent) \(articles) van de \(s.codeName) heeft geschonden."
            : "De commissie is van oordeel dat \(respondent) \(articles) van de \(s.codeName) niet heeft geschonden."
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

    public func context() -> TemplateValue {
        let s = setting
        let c = s.commissionCase
        let meeting = c.meeting(assessment.meeting)
        let date = meeting?.date ?? c.details.reportReceived
        let respondent = s.person(c.details.respondent)
        return .map([
            "municipality": s.municipality,
            "council": .map(["name": .string(s.councilName)]),
            "commission": s.commission,
            "secretary": s.secretary,
            "code": s.code,
            "case": s.caseBlock,
            "respondent": .map(["name": .string(s.name(c.details.respondent)), "mandate": .string(respondent?.mandate ?? "mandataris")]),
            // Kinrooi art. 10: a "klacht" is brought by a "klager", a "melding" by a "melder".
            "reporter": .map(["name": .string(s.name(c.details.reporter)),
                              "role": .string(c.details.reportKind == "klacht" ? "Klager" : "Melder")]),
            "meeting": .map(["dateLong": .string(DutchFormat.longDate(date))]),
            "document": s.document(date: date),
            "history": .list(s.history(until: date)),
            "hearings": .list(s.hearingItems()),
            "facts": .list(s.numbered(c.details.facts)),
            "articles": .list(s.articleItems()),
            "conclusion": .string(conclusion),
            "hasMeasures": .bool(!measures.isEmpty),
            "measures": .list(measures.map(TemplateValue.string)),
            "hasDissent": .bool(!assessment.dissent.isEmpty),
            "dissent": .list(assessment.dissent.map(TemplateValue.string)),
            "vote": .map([
                "lines": .list(s.voteLines(assessment.vote)),
                "outcome": .string(adviceOutcome),
            ]),
            "rules": .map([
                "hearingArticle": .string(s.citation("hearing")),
                "adviceArticle": .string(s.citation("advice")),
                "measuresArticle": .string(s.citation("measures")),
            ]),
        ])
    }

    /// "Het advies is aangenomen met 5 stemmen voor en 1 stem tegen, bij 1 onthouding."
    var adviceOutcome: String {
        guard let id = assessment.vote, let o = setting.facts.vote(id)?.outcome else { return "" }
        let abstentions = o.abstentions == 0 ? "" : ", bij \(o.abstentions) \(o.abstentions == 1 ? "onthouding" : "onthoudingen")"
        if o.result == .adopted {
            return "Het advies is aangenomen met \(CaseSetting.counts(o))\(abstentions)."
        }
        return "Het advies is verworpen: \(CaseSetting.counts(o))\(abstentions)."
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

    public func context() -> TemplateValue {
        let s = setting
        let c = s.commissionCase
        let meeting = c.meeting(assessment.meeting)
        let date = meeting?.date ?? c.details.reportReceived
        let d = c.details
        let admissibilityMotivation = d.admissibility?.motivation
            ?? d.admissibility.map { "De \(d.reportKind) werd op \(DutchFormat.date($0.date)) \($0.admissible ? "ontvankelijk" : "onontvankelijk") verklaard na een vooronderzoek." }
            ?? "De \(d.reportKind) is ontvankelijk."
        return .map([
            "municipality": s.municipality,
            "council": .map(["name": .string(s.councilName)]),
            "executive": .map(["name": .string(s.executiveName)]),
            "commission": s.commission,
            "secretary": s.secretary,
            "code": s.code,
            "case": s.caseBlock,
            // Kinrooi art. 10: a "klacht" is brought by a "klager", a "melding" by a "melder".
            "reporter": .map(["name": .string(s.name(d.reporter)),
                              "role": .string(d.reportKind == "klacht" ? "Klager" : "Melder")]),
            "respondent": .map(["name": .string(s.name(d.respondent)), "mandate": .string(s.person(d.respondent)?.mandate ?? "mandataris")]),
            "meeting": .map(["dateLong": .string(DutchFormat.longDate(date))]),
            "document": s.document(date: date),
            "present": .list(meeting.map { s.presentMembers($0) } ?? []),
            "quorum": .map(["sentence": .string(meeting.map { s.quorumSentence($0) } ?? "")]),
            "history": .list(s.history(until: date)),
            "hearings": .list(s.hearingItems()),
            "facts": .list(s.numbered(d.facts)),
            "admissibility": .map(["motivation": .string(admissibilityMotivation)]),
            "admissible": .bool(admissible),
            "founded": .bool(founded),
            "articles": .list(s.articleItems()),
            "motivation": .list(assessment.motivation.map(TemplateValue.string)),
            "hasDissent": .bool(!assessment.dissent.isEmpty),
            "dissent": .list(assessment.dissent.map(TemplateValue.string)),
            "vote": .map([
                "lines": .list(s.voteLines(assessment.vote)),
                "outcome": .string(s.voteOutcome(assessment.vote, adopted: verdict)),
            ]),
            "notification": s.notificationBlock,
            "rules": .map([
                "decisionArticle": .string(s.citation("decisions", article: s.profile.tieArticle)),
                "notificationArticle": .string(s.citation("notification", article: s.profile.notification?.article)),
            ]),
        ])
    }
}

extension CaseSetting {
    /// Members present at a meeting, with their function for this procedure.
    func presentMembers(_ m: Meeting) -> [TemplateValue] {
        let substitutes = Set(facts.composition.replacements.compactMap(\.substitute))
        return m.present.map { id in
            let function = id == commissionChair ? "voorzitter" : substitutes.contains(id) ? "plaatsvervangend lid" : "lid"
            return .map(["name": .string(name(id)), "function": .string(function)])
        }
    }

    /// Why the commission could (or could not) deliberate at a meeting.
    func quorumSentence(_ m: Meeting) -> String {
        let cite = citation("quorum", article: profile.quorumArticle)
        let size = facts.composition.members.count
        let sitting = m.present.filter { facts.composition.members.contains($0) }.count
        if m.secondConvocation, profile.secondConvocation {
            return "De commissie vergadert na een tweede oproeping en kan rechtsgeldig beraadslagen en beslissen, ongeacht het aantal aanwezige leden (\(cite))."
        }
        if profile.quorum == .any {
            return "De commissie kan geldig vergaderen, ongeacht het aantal aanwezige leden (\(cite))."
        }
        if sitting * 2 > size {
            return "De meerderheid van de leden is aanwezig (\(sitting) van de \(size)); de commissie kan rechtsgeldig beraadslagen en beslissen (\(cite))."
        }
        return "De meerderheid van de leden is niet aanwezig (\(sitting) van de \(size)); de commissie kan niet rechtsgeldig beraadslagen of beslissen (\(cite))."
    }
}
