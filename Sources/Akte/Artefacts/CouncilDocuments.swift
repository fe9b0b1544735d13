import AkteCase
import AkteRules
import AkteTemplate
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
        return CaseSetting.articlesPhrase(sorted)
    }

    /// Kinrooi model: the commission decides and the council only takes note of a founded decision (art. 1, 8):
    /// no advice, no "Adviezen", no departing from an advice.
    var takesNote: Bool { setting.profile.commissionModel == .decides }

    /// The profile's title of the rules it cites, opening a sentence ("Het huishoudelijk reglement van …").
    var codeTitleOpening: String {
        let title = setting.profile.codeTitle ?? setting.codeTitle
        return title.prefix(1).uppercased() + title.dropFirst()
    }

    var adviceLines: [String] {
        guard !takesNote else { return [] }
        let s = setting
        let c = s.commissionCase
        guard let a = c.assessment, let m = c.meeting(a.meeting) else { return [] }
        let articles = CaseSetting.articlesPhrase(c.details.articles)
        let finding = a.conclusion.findsBreach
            ? "dat een schending van \(articles) van de \(s.codeName) vaststelt"
            : "dat geen schending van \(articles) van de \(s.codeName) vaststelt"
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
        var texts = ["Enkel de raad kan zich uitspreken over de vraag of een lokale mandataris de deontologische code heeft geschonden. Hij doet dat op basis van het gemotiveerd advies van de commissie (\(setting.citation("measures")))."]
        if decision.followsAdvice, setting.commissionCase.assessment != nil {
            texts.append("De raad sluit zich aan bij de motivering van het advies.")
        }
        return texts
    }

    public func context() -> TemplateValue {
        let s = setting
        var map: [String: TemplateValue] = [
            "municipality": .map(["letterhead": .string(s.commissionCase.municipality.letterhead ?? "Gemeente \(s.commissionCase.municipality.name)")]),
            "council": s.council,
            "meeting": .map(["dateLong": .string(DutchFormat.longDate(decision.date))]),
            "closedSession": .bool(decision.closedSession),
            "item": .map(["title": .string(decision.title)]),
            "code": .map([
                "name": .string(s.codeName),
                // "Het huishoudelijk reglement van de deontologische commissie": the title opening a sentence.
                "title": .string(codeTitleOpening),
                "adopted": .string(s.profile.codeAdopted ?? "zoals vastgesteld door de \(s.councilName)"),
                "articles": .string(codeArticles),
            ]),
            "facts": .list(s.numbered(facts)),
            "legalGrounds": .list(decision.legalGrounds.map(TemplateValue.string)),
            "hasAdvice": .bool(!adviceLines.isEmpty),
            "advice": .list(adviceLines.map(TemplateValue.string)),
            "argumentation": .list(argumentation.map(TemplateValue.string)),
            "takesNote": .bool(takesNote),
            "case": .map(["reportKind": .string(s.commissionCase.details.reportKind)]),
            "followsAdvice": .bool(takesNote || decision.followsAdvice),
            "councilHearing": .string(decision.followsAdvice ? "" : decision.respondentHeard.map {
                "de raad hoorde \(s.namedWithForm(s.commissionCase.details.respondent)) op \(DutchFormat.date($0))."
            } ?? ""),
            "rules": .map([
                "measuresArticle": .string(s.citation("measures")),
                "takesNoteArticle": .string(s.profile.citations["takesNote"] ?? s.citation("notification", article: s.profile.notification?.article)),
            ]),
            "financialImpact": .string(decision.financialImpact ?? "Geen"),
            "singleArticle": .bool(decision.articles.count == 1),
            "articles": .list(s.numbered(decision.articles)),
        ]
        if signed {
            let respondent = s.commissionCase.details.respondent
            map["attendance"] = .map([
                "hasAttendance": .bool(!decision.present.isEmpty),
                "present": .list(attendanceLines(decision.present).map(TemplateValue.string)),
                "hasExcused": .bool(!decision.excused.isEmpty),
                "excused": .list(attendanceLines(decision.excused).map(TemplateValue.string)),
                "hasAbsent": .bool(!decision.absent.isEmpty),
                "absent": .list(attendanceLines(decision.absent).map(TemplateValue.string)),
            ])
            map["respondent"] = .map([
                "name": .string(s.name(respondent)),
                // A council member does not take part in the deliberation and vote on his own case.
                "isCouncilMember": .bool(isCouncilMember(respondent) && !(decision.excused + decision.absent).contains(respondent)),
            ])
            map["secretary"] = s.secretary
            map["publicationDate"] = .string(DutchFormat.numericDate(decision.publicationDate ?? decision.date))
            map["vote"] = .map([
                "lines": .list(s.voteLines(decision.vote)),
                "hasOutcome": .bool(!s.voteOutcome(decision.vote, adopted: "het voorstel is aangenomen").isEmpty),
                "outcome": .string(s.voteOutcome(decision.vote, adopted: "het voorstel is aangenomen")),
            ])
        }
        return .map(map)
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
            "\(group.names.joined(separator: ", ")), \(group.names.count == 1 ? group.function : Self.plural(group.function));"
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

    /// "schepen" → "schepenen", "raadslid" → "raadsleden" (as the minutes write them).
    static func plural(_ function: String) -> String {
        if function.hasSuffix("lid") { return function.dropLast(3) + "leden" }
        if function == "schepen" { return "schepenen" }
        return function
    }
}

/// Brief minutes of a commission meeting (Kinrooi art. 7): attendance, the gist without speakers' names.
public struct Minutes: Artefact {
    public let setting: CaseSetting
    public let meeting: Meeting

    public var kind: ArtefactKind { .verslag }
    public var fileName: String { Self.numbered(kind, "verslag-\(meeting.date)") }

    /// The agenda item that carries the case's hearings and deliberation: the last one naming the case number.
    var caseItemIndex: Int? {
        let number = setting.commissionCase.details.number
        return meeting.agenda.lastIndex { $0.contains(number) } ?? (meeting.agenda.isEmpty ? nil : meeting.agenda.count - 1)
    }

    /// The stated gist of item `index`, else one derived from the case: hearings (by role, never by name), the vote.
    func item(_ index: Int) -> (gist: String, outcome: String?) {
        let c = setting.commissionCase
        if index < meeting.gist.count {
            return (meeting.gist[index], derivedOutcome(index))
        }
        if meeting.quorumReached == false {
            return ("De meerderheid van de leden is niet aanwezig. De commissie kan niet rechtsgeldig beraadslagen; het punt wordt verdaagd naar een vergadering na tweede oproeping.", "het punt wordt verdaagd.")
        }
        guard index == caseItemIndex else { return ("De commissie bespreekt dit punt.", nil) }
        var sentences: [String] = []
        let hearings = c.hearings.filter { $0.meeting == meeting.id }
        func roles(_ status: HearingStatus) -> [String] {
            hearings.filter { $0.status == status }.map { h in (setting.role(h) == "getuige" ? "een " : "de ") + setting.role(h) }
        }
        let heard = roles(.gehoord), declined = roles(.weigerde), absent = roles(.afwezig)
        if !heard.isEmpty { sentences.append("De commissie hoort \(DutchFormat.list(heard)).") }
        if !declined.isEmpty { sentences.append(capitalised("\(DutchFormat.list(declined)) \(declined.count == 1 ? "ging" : "gingen") niet in op de uitnodiging om gehoord te worden.")) }
        if !absent.isEmpty { sentences.append(capitalised("\(DutchFormat.list(absent)) \(absent.count == 1 ? "is" : "zijn") niet aanwezig op de hoorzitting.")) }
        if let a = c.assessment, a.meeting == meeting.id {
            sentences.append("De commissie beraadslaagt over de \(c.details.reportKind) en stemt.")
            if !a.dissent.isEmpty {
                // An advice (Wommelgem art. 52) is not a decision; the Kinrooi decision may include a dissent (art. 6).
                let document = setting.profile.commissionModel == .decides ? "de beslissing" : "het advies"
                sentences.append("Een afwijkend standpunt wordt in \(document) opgenomen.")
            }
        }
        if sentences.isEmpty { sentences.append("De commissie bespreekt dit punt.") }
        return (sentences.joined(separator: " "), derivedOutcome(index))
    }

    func derivedOutcome(_ index: Int) -> String? {
        let c = setting.commissionCase
        guard index == caseItemIndex, let a = c.assessment, a.meeting == meeting.id else {
            return meeting.quorumReached == false ? "het punt wordt verdaagd." : nil
        }
        if setting.profile.commissionModel == .advisesCouncil {
            return "het gemotiveerd advies aan de raad wordt vastgesteld (zie het afzonderlijke advies)."
        }
        let kind = c.details.reportKind
        switch a.conclusion {
        case .onontvankelijk: return "de \(kind) wordt onontvankelijk verklaard (zie de afzonderlijke beslissing)."
        case .gegrond: return "de \(kind) wordt ontvankelijk en gegrond verklaard (zie de afzonderlijke beslissing)."
        default: return "de \(kind) wordt ontvankelijk maar ongegrond verklaard (zie de afzonderlijke beslissing)."
        }
    }

    func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    public func context() -> TemplateValue {
        let s = setting
        let c = s.commissionCase
        let members = s.facts.composition.members
        let substitutes = Set(s.facts.composition.replacements.compactMap(\.substitute))
        func function(_ id: String) -> String {
            id == s.commissionChair ? "voorzitter" : substitutes.contains(id) ? "plaatsvervangend lid" : "lid"
        }
        let excused = meeting.excused.map { TemplateValue.map(["name": .string(s.name($0)), "function": .string(function($0))]) }
        let absent = members.filter { !meeting.present.contains($0) && !meeting.excused.contains($0) }.map { TemplateValue.string(s.name($0)) }
        let facts = s.facts.meeting(meeting.id)
        let hasRule = s.profile.minutes != nil && s.profile.remarks != nil && facts?.minutesDeadline != nil
        let next = c.meetings.filter { $0.date > meeting.date }.min { $0.date < $1.date }
        // Remarks have a deadline only where the profile sets one (Kinrooi art. 7); the Wommelgem code has
        // none, and none is invented.
        let remarksDeadline = hasRule ? facts?.remarksDeadline : nil
        let items: [TemplateValue] = meeting.agenda.enumerated().map { index, title in
            let (gist, outcome) = item(index)
            return .map([
                "number": .string("\(index + 1)"),
                "title": .string(title),
                "gist": .string(gist),
                "hasOutcome": .bool(outcome != nil),
                "outcome": .string(outcome ?? ""),
            ])
        }
        return .map([
            "municipality": .map([
                "letterhead": .string(c.municipality.letterhead ?? "Gemeente \(c.municipality.name)"),
                "address": .string(c.municipality.address ?? c.municipality.name),
            ]),
            "commission": s.commission,
            "secretary": .map(["name": .string(s.name(c.secretary))]),
            "meeting": s.meetingBlock(meeting),
            "attendance": .map([
                "present": .list(s.presentMembers(meeting)),
                "excused": .list(excused),
                "absent": .list(meeting.present.isEmpty ? [] : absent),
                "alsoPresent": .list([.map(["name": .string(s.name(c.secretary)), "function": .string("\(s.secretaryFunction), secretaris")])]),
            ]),
            "quorum": .map(["sentence": .string(s.quorumSentence(meeting))]),
            "items": .list(items),
            "remarks": .map([
                "hasRule": .bool(hasRule),
                // Kinrooi art. 7: the next meeting approves the minutes; when it comes before the end of the remarks
                // period, the minutes cannot allow remarks after it (finding 5).
                "approvedFirst": .bool(hasRule && (next.flatMap { n in remarksDeadline.map { n.date <= $0 } } ?? false)),
                "sendBy": .string(hasRule ? facts?.minutesDeadline.map(DutchFormat.longDate) ?? "" : ""),
                "period": .string(hasRule ? s.profile.remarks.map(CaseSetting.period) ?? "" : ""),
                "deadline": .string(remarksDeadline.map(DutchFormat.longDate) ?? ""),
            ]),
            "nextMeeting": .map([
                "hasDate": .bool(next != nil),
                "dateLong": .string(next.map { DutchFormat.longDate($0.date) } ?? ""),
            ]),
            "rules": .map(["minutesArticle": .string(s.citation("minutes", article: s.profile.minutes?.article))]),
            "texts": s.texts,
        ])
    }
}
