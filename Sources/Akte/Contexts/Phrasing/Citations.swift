import AkteRules
import Foundation

/// The article references a document cites, from the case's rule profile: the same rule sits in different
/// articles per municipality (docs/templates.md, "rules: citations from the rule profile"). Each is a complete
/// phrase that fits after "overeenkomstig" or between brackets.
struct Citations: Sendable {
    let profile: RuleProfile

    /// The profile's Dutch citation for a purpose ("substitute" → "artikel 45, § 5 van de deontologische code");
    /// without one, the article the profile names for the rule, else the code itself.
    func cite(_ purpose: String, article: String? = nil) -> String {
        if let text = profile.citations[purpose] { return text }
        if let article, let cited = Self.citeArticle(article, in: codeTitle) { return cited }
        return codeTitle
    }

    /// The profile's own citation for a purpose, or nil: documents that cite nothing without one.
    func stated(_ purpose: String) -> String? { profile.citations[purpose] }

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

    // MARK: - The rules several documents cite

    var closedMeetings: String { cite("closedMeetings", article: profile.quorumArticle) }
    var quorum: String { cite("quorum", article: profile.quorumArticle) }
    var hearing: String { cite("hearing") }
    var measures: String { cite("measures") }
    var decisions: String { cite("decisions", article: profile.tieArticle) }
    var notification: String { cite("notification", article: profile.notification?.article) }
    var substitute: String { cite("substitute", article: profile.reference("substitute")) }
    var minutes: String { cite("minutes", article: profile.minutes?.article) }
    var requestedConvening: String { cite("requestedConvening", article: profile.requestedConvening?.article) }
    /// The profile's article on witnesses, else the one on hearing the parties (Kinrooi art. 12 refers to the code).
    var witnesses: String { stated("witnesses") ?? hearing }
    var reportNotification: String { stated("reportNotification") ?? cite("notification") }
    var inadmissible: String { stated("inadmissible") ?? cite("convening") }
    var takesNote: String { stated("takesNote") ?? notification }

    /// The notice period's article: the urgent one for an urgent meeting.
    func notice(urgent: Bool) -> String {
        let period = urgent ? profile.urgentNotice : profile.notice
        return cite(urgent ? "urgentNotice" : "notice", article: period.article)
    }
}
