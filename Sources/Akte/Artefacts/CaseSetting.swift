import AkteCase
import AkteRules
import AkteTemplate
import Foundation

/// A commission case with what the rules computed for it: the input of every commission artefact.
/// Builds the blocks shared by several templates (docs/templates.md, "Shared blocks"), formatted in nl-BE.
public struct CaseSetting: Sendable {
    public let commissionCase: CommissionCase
    public let facts: CaseFacts

    public init(commissionCase: CommissionCase, facts: CaseFacts) {
        self.commissionCase = commissionCase
        self.facts = facts
    }

    public var profile: RuleProfile { facts.profile }
    var c: CommissionCase { commissionCase }

    // MARK: - Citations

    /// The profile's Dutch citation for a purpose ("substitute" → "artikel 45, § 5 van de deontologische code");
    /// without one, the article the profile names for the rule, else the code itself.
    func citation(_ purpose: String, article: String? = nil) -> String {
        if let text = profile.citations[purpose] { return text }
        if let article, let cited = Self.citeArticle(article, in: codeTitle) { return cited }
        return codeTitle
    }

    /// "art. 46 §1" → "artikel 46, § 1 van de deontologische code".
    static func citeArticle(_ short: String, in title: String) -> String? {
        let trimmed = short.replacingOccurrences(of: "art.", with: "").trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.first, first.isNumber else { return nil }
        let parts = trimmed.split(separator: "§", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        let number = parts.count == 2 ? "\(parts[0]), § \(parts[1])" : parts[0]
        return "artikel \(number) van \(title)"
    }

    /// "de deontologische code voor lokale mandatarissen" (with its article, as the profile writes it).
    var codeTitle: String {
        let title = profile.codeTitle ?? "de deontologische code"
        return title.contains("code") ? title : "de deontologische code"
    }

    /// The code's name without its article, for "De {{ code.name }}" and "van de {{ code.name }}".
    var codeName: String {
        var title = codeTitle
        for article in ["de ", "het "] where title.hasPrefix(article) { title.removeFirst(article.count) }
        return title
    }

    // MARK: - People

    func person(_ id: String) -> Person? { c.person(id) }
    func name(_ id: String) -> String { c.name(id) }

    /// "de heer Pieter De Smet", "mevrouw Sanne Coenen".
    func namedWithForm(_ id: String) -> String {
        guard let p = person(id) else { return id }
        switch p.form {
        case .heer: return "de heer \(p.name)"
        case .mevrouw: return "mevrouw \(p.name)"
        case .neutraal: return p.name
        }
    }

    /// An address block: "Kerkstraat 12, 2999 Heidebeek" → two lines; a person without an address is
    /// written to care of the town hall.
    func addressBlock(_ id: String) -> String {
        if let address = person(id)?.address { return Self.lines(address) }
        if let hall = c.municipality.address { return "p/a \(hall)".components(separatedBy: ", ").joined(separator: "\n") }
        return "p/a gemeentehuis \(c.municipality.name)"
    }

    /// Splits a one-line address before the postcode: "Kerkstraat 12, 2999 Heidebeek" → "Kerkstraat 12\n2999 Heidebeek".
    static func lines(_ address: String) -> String {
        guard !address.contains("\n") else { return address }
        return address.components(separatedBy: ", ").joined(separator: "\n")
    }

    func recipient(_ id: String, extra: [String: TemplateValue] = [:]) -> TemplateValue {
        let p = person(id)
        var map: [String: TemplateValue] = [
            "name": .string(p?.name ?? id),
            "surname": .string(p?.surname ?? p?.name ?? id),
            "form": .string(p.map { $0.form == .neutraal ? "" : $0.form.rawValue } ?? ""),
            // "Geachte mevrouw Peeters", or "Geachte Sam Claes" for a neutral form of address (no double space).
            "salutation": .string(p?.salutation ?? "Geachte \(id)"),
            "address": .string(addressBlock(id)),
        ]
        for (key, value) in extra { map[key] = value }
        return .map(map)
    }

    // MARK: - Shared blocks

    var municipality: TemplateValue {
        .map([
            "letterhead": .string(c.municipality.letterhead ?? "Gemeente \(c.municipality.name)"),
            "address": .string(c.municipality.address ?? c.municipality.name),
            "email": .string(c.municipality.email ?? person(c.secretary)?.email ?? ""),
        ])
    }

    var councilName: String { c.body.dutchName }
    var commissionName: String { "deontologische commissie van de \(councilName)" }
    /// The person chairing this procedure (the deputy when the chair is the respondent).
    var commissionChair: String { facts.composition.chair ?? c.chair }

    var commission: TemplateValue {
        .map(["name": .string(commissionName), "chair": .map(["name": .string(name(commissionChair))])])
    }

    var council: TemplateValue {
        .map([
            "name": .string(councilName),
            "isOcmw": .bool(c.body == .ocmwRaad),
            // The respondent never chairs or signs on her own case (code art. 3): the acting chair does.
            "chair": .map(["name": .string(name(councilChair)), "acting": .bool(c.councilChairIsActing)]),
        ])
    }

    /// Who chairs the council for this case and signs its decision (`CommissionCase.councilChairForCase`).
    var councilChair: String { c.councilChairForCase }

    var executiveName: String { c.body == .ocmwRaad ? "vast bureau" : "college van burgemeester en schepenen" }

    var secretaryFunction: String { person(c.secretary)?.mandate ?? "algemeen directeur" }

    var secretary: TemplateValue {
        .map(["name": .string(name(c.secretary)), "function": .string(secretaryFunction)])
    }

    /// Kinrooi model: decisions signed by the chair and the secretary (art. 6), the agenda prepared with the
    /// secretary (art. 4); the Wommelgem chair convenes alone (art. 46 §1).
    var signedBySecretary: Bool { profile.commissionModel == .decides }

    var code: TemplateValue { .map(["name": .string(codeName)]) }

    var caseBlock: TemplateValue {
        .map([
            "number": .string(c.details.number),
            "subject": .string(Self.midSentence(c.details.subject)),
            "reportKind": .string(c.details.reportKind),
            "receivedDate": .string(DutchFormat.date(c.details.reportReceived)),
        ])
    }

    func document(date: CivilDate) -> TemplateValue {
        .map(["place": .string(c.municipality.name), "date": .string(DutchFormat.date(date))])
    }

    func meetingBlock(_ m: Meeting) -> TemplateValue {
        .map([
            "dateLong": .string(DutchFormat.longDate(m.date)),
            "time": .string(DutchFormat.time(m.time)),
            "place": .string(m.place.name),
            "address": .string(m.place.address ?? c.municipality.address ?? c.municipality.name),
        ])
    }

    /// "op het secretariaat van de algemeen directeur, Gemeenteplein 1, 2999 Heidebeek".
    func filePlace(_ m: Meeting) -> String {
        if let at = m.documentsAt { return at }
        let hall = c.municipality.address.map { ", \($0)" } ?? ""
        return "op het secretariaat van de \(secretaryFunction)\(hall)"
    }

    /// The date the convocation of a meeting is (to be) sent: the planned date, else the latest legal one.
    func sendingDate(_ m: Meeting) -> CivilDate {
        m.plannedSending ?? facts.meeting(m.id)?.notice.latestSendingDate ?? m.date
    }

    var closedArticle: String { citation("closedMeetings", article: profile.quorumArticle) }
    var publicOnRequest: Bool { profile.quorum == .majority && profile.secondConvocation }

    // MARK: - Votes

    func voteLines(_ voteID: String?) -> [TemplateValue] {
        guard let voteID, let outcome = facts.vote(voteID)?.outcome else { return [] }
        return outcome.dutchLines.map(TemplateValue.string)
    }

    /// "17 stemmen voor en 2 stemmen tegen".
    static func counts(_ o: VoteOutcome) -> String {
        "\(o.inFavour) \(o.inFavour == 1 ? "stem" : "stemmen") voor en \(o.against) \(o.against == 1 ? "stem" : "stemmen") tegen"
    }

    /// The outcome by the body's rule, as the minutes state it.
    func voteOutcome(_ voteID: String?, adopted: String) -> String {
        guard let voteID, let o = facts.vote(voteID)?.outcome else { return "" }
        if o.decidedByChair {
            return "Bij staking van stemmen is de stem van de voorzitter doorslaggevend (\(citation("decisions", article: profile.tieArticle))): \(adopted)."
        }
        let verdict = o.result == .adopted ? "aangenomen met" : "verworpen met"
        let abstentions = o.abstentions == 0 ? "" : "; \(o.abstentions == 1 ? "de onthouding telt" : "de \(o.abstentions) onthoudingen tellen") niet mee"
        return "Het voorstel is \(verdict) \(Self.counts(o)), op \(o.validVotes) geldig uitgebrachte stemmen\(abstentions)."
    }

    // MARK: - Articles of the code

    /// "artikel 40", "de artikelen 40 en 42".
    static func articlesPhrase(_ numbers: [String]) -> String {
        numbers.count == 1 ? "artikel \(numbers[0])" : "de artikelen \(DutchFormat.list(numbers))"
    }

    /// The articles concerned with their text from the profile and the commission's assessment.
    /// The texts are quoted only when the profile's articles are the code's (`codeTitle` names the code): a profile
    /// of rules of procedure (Kinrooi) numbers other articles.
    func articleItems() -> [TemplateValue] {
        let quotesCode = profile.codeTitle.map { $0.contains("code") } ?? true
        return c.details.articles.map { number in
            let text = quotesCode ? profile.articles[number]?.trimmingCharacters(in: .whitespacesAndNewlines) : nil
            return .map([
                "number": .string(number),
                "hasText": .bool(text != nil),
                "text": .string(text ?? ""),
                "assessment": .string(assessment(of: number)),
            ])
        }
    }

    /// The stated assessment of an article, else the motivation paragraphs that cite it, else all of them.
    func assessment(of number: String) -> String {
        guard let a = c.assessment else { return "" }
        if let text = a.articleAssessments[number] { return text }
        let citing = a.motivation.filter { paragraph in
            paragraph.range(of: "artikel \(number)(?![0-9])", options: [.regularExpression, .caseInsensitive]) != nil
        }
        return (citing.isEmpty ? a.motivation : citing).joined(separator: " ")
    }

    // MARK: - History and hearings

    /// The procedure so far, oldest first, up to and including `until`.
    func history(until: CivilDate) -> [TemplateValue] {
        let d = c.details
        let receiver = profile.commissionModel == .decides ? "de voorzitter van de commissie" : "de \(secretaryFunction)"
        var rows: [(CivilDate, String)] = [(d.reportReceived, "\(d.reportKind) ontvangen door \(receiver)")]
        if let p = d.preliminaryExamination {
            rows.append((p, profile.commissionModel == .decides
                ? (c.respondentChairsCouncil
                    ? "vooronderzoek door \(name(commissionChair)), die de voorzitter in deze procedure vervangt, en de secretaris van de commissie"
                    : "vooronderzoek door de voorzitter en de secretaris van de commissie")
                : c.respondentChairsCouncil
                    ? "vooronderzoek door \(name(commissionChair)), die de voorzitter van de raad in deze procedure vervangt, en de \(secretaryFunction)"
                    : "vooronderzoek door de voorzitter van de raad en de \(secretaryFunction)"))
        }
        if let a = d.admissibility {
            // Kinrooi art. 6: the commission itself declares a report (in)admissible, so the preliminary finding is
            // only put before it; in the Wommelgem model the council chair and the secretary decide (art. 52).
            rows.append((a.date, profile.commissionModel == .decides
                ? "\(d.reportKind) na vooronderzoek aan de commissie voorgelegd\(a.admissible ? "" : ", met het voorstel haar onontvankelijk te verklaren")"
                : "\(d.reportKind) \(a.admissible ? "ontvankelijk" : "onontvankelijk") verklaard"))
        }
        for m in c.meetings.sorted(by: { $0.date < $1.date }) where m.date <= until {
            var text = "vergadering van de commissie"
            if m.quorumReached == false { text += " (quorum niet bereikt)" }
            let heard = c.hearings.filter { $0.meeting == m.id }
            if !heard.isEmpty { text = m.secondConvocation ? "vergadering van de commissie na tweede oproeping, met hoorzitting" : "hoorzitting van de commissie" }
            if c.assessment?.meeting == m.id {
                text = (heard.isEmpty ? "" : "hoorzitting, ") + (profile.commissionModel == .decides ? "beraadslaging en beslissing" : "beraadslaging en vaststelling van dit advies")
                if m.secondConvocation { text = "vergadering na tweede oproeping: " + text }
            }
            rows.append((m.date, text))
        }
        return rows.map { .map(["date": .string(DutchFormat.date($0.0)), "text": .string($0.1)]) }
    }

    func hearingItems() -> [TemplateValue] {
        c.hearings.map { h in
            let date = c.meeting(h.meeting).map { DutchFormat.date($0.date) } ?? ""
            let status: String
            switch h.status {
            case .gehoord: status = "werd gehoord op \(date)"
            case .weigerde: status = "ging niet in op de uitnodiging om gehoord te worden"
            case .afwezig: status = "was niet aanwezig op de hoorzitting van \(date)"
            }
            return .map([
                "name": .string(name(h.person)),
                "role": .string(role(h)),
                "status": .string(status),
                "hasSummary": .bool(h.summary != nil),
                "summary": .string(h.summary ?? ""),
            ])
        }
    }

    /// "melder"/"klager", "vermeende schender"/"betrokken mandataris", "getuige".
    func role(_ h: Hearing) -> String {
        switch h.role {
        case .melder: return c.details.reportKind == "klacht" ? "klager" : "melder"
        case .vermeendeSchender: return profile.commissionModel == .decides ? "betrokken mandataris" : "vermeende schender"
        case .getuige: return "getuige"
        }
    }

    /// The name of a party's role in this case's letters, as the commission's documents name it (`role(_:)`).
    func roleName(_ role: HearingRole) -> String {
        self.role(Hearing(meeting: "", person: "", role: role, status: .gehoord, position: c.details.position))
    }

    func numbered(_ texts: [String]) -> [TemplateValue] {
        texts.enumerated().map { .map(["number": .string("\($0.offset + 1)"), "text": .string($0.element)]) }
    }

    // MARK: - Text helpers

    /// A value used mid-sentence: first letter lower case unless the first word is an acronym or a name-like capital word list.
    static func midSentence(_ text: String) -> String {
        guard let first = text.first, first.isUppercase else { return text }
        let firstWord = text.prefix { $0 != " " }
        if firstWord.count > 1, firstWord.dropFirst().contains(where: { $0.isUppercase }) { return text }
        return first.lowercased() + text.dropFirst()
    }

    static let numberWords = ["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
                              "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien",
                              "negentien", "twintig"]

    /// "acht dagen", "twee werkdagen", "één dag".
    static func period(_ p: Period) -> String {
        let amount = p.amount < numberWords.count ? numberWords[p.amount] : "\(p.amount)"
        switch p.unit {
        case .calendar: return "\(amount) \(p.amount == 1 ? "dag" : "dagen")"
        case .working: return "\(amount) \(p.amount == 1 ? "werkdag" : "werkdagen")"
        }
    }

    /// A slug for file names: "Sofie Goossens" → "sofie-goossens"; any alphabet transliterated (`FileName.slug`).
    static func slug(_ text: String) -> String { FileName.slug(text) }

    /// A person's part of a file name: the slug of the name; when the name has no Latin form, the slug of
    /// the person's id (from the case file, so stable); "persoon" when neither gives anything.
    func fileSlug(_ id: String) -> String {
        let fromName = Self.slug(name(id))
        if !fromName.isEmpty { return fromName }
        let fromID = Self.slug(id)
        return fromID.isEmpty ? "persoon" : fromID
    }
}
