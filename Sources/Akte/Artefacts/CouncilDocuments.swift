import AkteCase
import AkteRules
import Foundation

/// The council agenda item (draft) and the signed decision: the layout of the Wommelgem minutes
/// (DLB art. 39, 74; code art. 53). `signed` adds the vote record, signatures and publication date.
public struct CouncilItem: Artefact {
    public let setting: CaseSetting
    public let decision: CouncilDecision
    public let signed: Bool

    public var kind: ArtefactKind { signed ? .besluit : .agendapunt }
    public var fileName: String {
        Self.numbered(kind, "\(signed ? "besluit" : "agendapunt")-\(setting.councilName == "gemeenteraad" ? "gemeenteraad" : "raad")-\(decision.date)")
    }

    /// "de artikelen 40, 42, 52 en 53": the articles concerned plus those of the procedure the profile cites.
    var codeArticles: String {
        var numbers = setting.commissionCase.details.articles
        for purpose in ["convening", "measures"] {
            guard let text = setting.profile.citations[purpose],
                  let range = text.range(of: "artikel [0-9]+", options: .regularExpression) else { continue }
            let number = String(text[range].dropFirst("artikel ".count))
            if !numbers.contains(number) { numbers.append(number) }
        }
        let sorted = numbers.sorted { (Int($0.prefix { $0.isNumber }) ?? 0) < (Int($1.prefix { $0.isNumber }) ?? 0) }
        return DutchPhrases.articles(sorted)
    }

    /// Kinrooi model: the commission decides and the council only takes note of a founded decision (art. 1, 8):
    /// no advice, no "Adviezen", no departing from an advice.
    var takesNote: Bool { setting.profile.commissionModel == .decides }

    /// The profile's title of the rules it cites, opening a sentence ("Het huishoudelijk reglement van …").
    var codeTitleOpening: String {
        DutchPhrases.capitalised(setting.profile.codeTitle ?? setting.citations.codeTitle)
    }

    var adviceLines: [String] {
        guard !takesNote else { return [] }
        let s = setting
        let c = s.commissionCase
        guard let a = c.assessment, let m = c.meeting(a.meeting) else { return [] }
        let articles = DutchPhrases.articles(c.details.articles)
        let finding = a.conclusion.findsBreach
            ? "dat een schending van \(articles) van de \(s.citations.codeName) vaststelt"
            : "dat geen schending van \(articles) van de \(s.citations.codeName) vaststelt"
        return ["Het gemotiveerd advies van de \(s.commissionName) van \(DutchFormat.date(m.date)), \(finding)."]
    }

    var facts: [String] {
        if !decision.facts.isEmpty { return decision.facts }
        var texts = setting.commissionCase.details.facts
        if takesNote, let a = setting.commissionCase.assessment, let m = setting.commissionCase.meeting(a.meeting) {
            let verdict = a.conclusion == .gegrond ? "gegrond" : a.conclusion == .onontvankelijk ? "onontvankelijk" : "ongegrond"
            texts.append("De \(setting.commissionName) verklaarde de \(setting.commissionCase.details.reportKind) op \(DutchFormat.date(m.date)) \(verdict).")
            return texts
        }
        if let a = setting.commissionCase.assessment, let m = setting.commissionCase.meeting(a.meeting) {
            texts.append("De \(setting.commissionName) bracht op \(DutchFormat.date(m.date)) een gemotiveerd advies uit aan de raad.")
        }
        return texts
    }

    var argumentation: [String] {
        if !decision.argumentation.isEmpty { return decision.argumentation }
        // The template states the council's role in the Kinrooi model (takesNote); nothing to add by default.
        if takesNote { return [] }
        var texts = ["Enkel de raad kan zich uitspreken over de vraag of een lokale mandataris de deontologische code heeft geschonden. Hij doet dat op basis van het gemotiveerd advies van de commissie (\(setting.citations.measures))."]
        if decision.followsAdvice, setting.commissionCase.assessment != nil {
            texts.append("De raad sluit zich aan bij de motivering van het advies.")
        }
        return texts
    }

    public var typedContext: any DocumentContext {
        let s = setting
        let c = s.commissionCase
        let body = CouncilItemBody(
            municipality: .init(c.municipality), meeting: .init(decision.date), closedSession: decision.closedSession,
            item: .init(title: decision.title),
            code: .init(name: s.citations.codeName, title: codeTitleOpening,
                        adopted: s.profile.codeAdopted ?? "zoals vastgesteld door de \(s.councilName)", articles: codeArticles),
            facts: NumberedText.numbered(facts), legalGrounds: decision.legalGrounds,
            hasAdvice: !adviceLines.isEmpty, advice: adviceLines, argumentation: argumentation, takesNote: takesNote,
            case: .init(s), followsAdvice: takesNote || decision.followsAdvice,
            councilHearing: decision.followsAdvice ? "" : decision.respondentHeard.map {
                "de raad hoorde \(s.namedWithForm(c.details.respondent)) op \(DutchFormat.date($0))."
            } ?? "",
            rules: .init(measuresArticle: s.citations.measures, takesNoteArticle: s.citations.takesNote),
            financialImpact: decision.financialImpact ?? "Geen", singleArticle: decision.articles.count == 1,
            articles: NumberedText.numbered(decision.articles))
        guard signed else { return CouncilAgendaItemContext(body, .init(council: .init(s))) }
        let respondent = c.details.respondent
        let outcome = VoteBlock.outcome(s, decision.vote, adopted: "het voorstel is aangenomen")
        return SignedCouncilDecisionContext(body, .init(
            council: .init(s),
            attendance: .init(hasAttendance: !decision.present.isEmpty, present: attendanceLines(decision.present),
                              hasExcused: !decision.excused.isEmpty, excused: attendanceLines(decision.excused),
                              hasAbsent: !decision.absent.isEmpty, absent: attendanceLines(decision.absent)),
            respondent: .init(name: s.name(respondent),
                              isCouncilMember: isCouncilMember(respondent) && !(decision.excused + decision.absent).contains(respondent)),
            secretary: .init(s),
            publicationDate: DutchFormat.numericDate(decision.publicationDate ?? decision.date),
            vote: .init(lines: VoteBlock.lines(s, decision.vote), hasOutcome: !outcome.isEmpty, outcome: outcome)))
    }
}

extension CouncilItem {
    /// Whether a person sits in the council: listed in the meeting's attendance, or a fraction member or independent.
    func isCouncilMember(_ id: String) -> Bool {
        let c = setting.commissionCase
        if (decision.present + decision.excused + decision.absent).contains(id) { return id != c.secretary }
        return c.person(id)?.fraction != nil || c.independents.contains(id)
    }

    /// The attendance lines of the minutes: people grouped by function, "Ann Theys, Ludo Neyens, schepenen;"
    /// (the layout of the Wommelgem minutes: chair, mayor, aldermen, councillors, the algemeen directeur).
    func attendanceLines(_ ids: [String]) -> [String] {
        var groups: [(rank: Int, function: String, names: [String])] = []
        for id in ids {
            let (rank, function) = attendanceFunction(id)
            if let index = groups.firstIndex(where: { $0.function == function }) {
                groups[index].names.append(setting.name(id))
            } else {
                groups.append((rank, function, [setting.name(id)]))
            }
        }
        return groups.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map { _, group in
            "\(group.names.joined(separator: ", ")), \(group.names.count == 1 ? group.function : DutchPhrases.plural(group.function));"
        }
    }

    /// A person's function in the council's minutes, with its place in the list.
    func attendanceFunction(_ id: String) -> (Int, String) {
        let c = setting.commissionCase
        if id == c.chair { return (0, "voorzitter") }
        if id == c.secretary { return (5, setting.secretaryFunction) }
        let mandate = c.person(id)?.mandate ?? "raadslid"
        if mandate.hasPrefix("voorzitter") { return (0, "voorzitter") }
        if mandate == "burgemeester" { return (1, mandate) }
        if mandate == "schepen" { return (2, mandate) }
        if mandate.hasSuffix("raadslid") { return (3, "raadslid") }
        return (4, mandate)
    }
}
