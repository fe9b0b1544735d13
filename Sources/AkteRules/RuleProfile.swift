import AkteCase
import Foundation
import Yams

public enum DayUnit: String, Sendable, Hashable {
    case calendar, working

    /// "kalenderdagen" / "werkdagen" (or the singular).
    public func dutch(_ amount: Int) -> String {
        switch self {
        case .calendar: return amount == 1 ? "kalenderdag" : "kalenderdagen"
        case .working: return amount == 1 ? "werkdag" : "werkdagen"
        }
    }

    public func english(_ amount: Int) -> String {
        switch self {
        case .calendar: return amount == 1 ? "calendar day" : "calendar days"
        case .working: return amount == 1 ? "working day" : "working days"
        }
    }
}

/// A time limit: amount and unit, and the article it comes from.
public struct Period: Sendable, Hashable {
    public var amount: Int
    public var unit: DayUnit
    public var article: String?

    public init(amount: Int, unit: DayUnit, article: String? = nil) {
        self.amount = amount
        self.unit = unit
        self.article = article
    }
}

/// How days of a notice period are counted.
public enum CountingConvention: String, Sendable, Hashable {
    /// Neither the sending day nor the meeting day counts (the default).
    case clearDays = "clear-days"
    /// The sending day counts, the meeting day does not.
    case sendingDayCounts = "sending-day-counts"

    public var english: String {
        switch self {
        case .clearDays: return "clear days: neither the sending day nor the meeting day counts"
        case .sendingDayCounts: return "the sending day counts, the meeting day does not"
        }
    }

    public var dutch: String {
        switch self {
        case .clearDays: return "vrije dagen: de dag van verzending en de dag van de vergadering tellen niet mee"
        case .sendingDayCounts: return "de dag van verzending telt mee, de dag van de vergadering niet"
        }
    }
}

/// A yearly window (month-day to month-day, inclusive) in which a time limit does not run.
public struct SuspensionWindow: Sendable, Hashable {
    public var fromMonth: Int, fromDay: Int, toMonth: Int, toDay: Int
    public var description: String
    public var article: String?
    /// The rule says the terms *may* be suspended (Kinrooi art. 16: "kunnen worden geschorst"): the case
    /// chooses (`summerSuspension`), and `check` and `deadlines` show both ways; never applied silently.
    public var optional: Bool = false

    public init(fromMonth: Int, fromDay: Int, toMonth: Int, toDay: Int, description: String, article: String? = nil,
                optional: Bool = false) {
        self.fromMonth = fromMonth
        self.fromDay = fromDay
        self.toMonth = toMonth
        self.toDay = toDay
        self.description = description
        self.article = article
        self.optional = optional
    }

    public func contains(_ date: CivilDate) -> Bool {
        let value = date.month * 100 + date.day
        return value >= fromMonth * 100 + fromDay && value <= toMonth * 100 + toDay
    }
}

public struct ConveningRule: Sendable, Hashable {
    public var period: Period
    public var suspensions: [SuspensionWindow]

    /// The windows that always apply (Wommelgem art. 52: "wordt geschorst").
    public var mandatorySuspensions: [SuspensionWindow] { suspensions.filter { !$0.optional } }
    /// The windows the case may choose to apply (Kinrooi art. 16: "kunnen worden geschorst").
    public var optionalSuspensions: [SuspensionWindow] { suspensions.filter(\.optional) }
}

public enum QuorumRule: String, Sendable, Hashable {
    /// Valid whatever the number present (Wommelgem art. 46 §4).
    case any
    /// A majority of members must be present (Kinrooi art. 5).
    case majority
}

public enum CommissionModel: String, Sendable, Hashable {
    /// Gives a motivated advice; the council decides (Wommelgem art. 52–53).
    case advisesCouncil = "advises-council"
    /// Decides itself (Kinrooi art. 6).
    case decides
}

public enum TieRule: String, Sendable, Hashable {
    /// A tie rejects the proposal (Wommelgem reglement art. 24 §2, 27 §2).
    case rejected
    /// The chair's vote decides (Kinrooi art. 6).
    case chairDecides = "chair-decides"
}

/// A municipality's rules for its deontological commission, loaded from YAML (data, not code).
public struct RuleProfile: Sendable, Hashable {
    public var id: String
    public var name: String
    public var municipality: String
    public var source: String
    public var committeeSize: Int
    /// The article that divides the commission's seats over the fractions by the largest remainders with a
    /// majority for the college's fractions (Wommelgem art. 45 §2). Nil when the profile's source does not say
    /// how seats are divided (Kinrooi's rules, art. 2, only say the fractions propose the members): the
    /// allocation akte computes is then reported as not the profile's rule.
    public var seatArticle: String? = nil
    public var notice: Period
    public var urgentNotice: Period
    public var urgentRequiresMotivation: Bool
    public var counting: CountingConvention
    public var convening: ConveningRule
    public var quorum: QuorumRule
    public var quorumArticle: String?
    public var secondConvocation: Bool
    public var commissionModel: CommissionModel
    public var tieRule: TieRule
    public var tieArticle: String?
    public var councilTieRule: TieRule
    public var notification: Period?
    public var minutes: Period?
    public var remarks: Period?
    public var localDays: [LocalDay]
    /// Article number → text of the code or rules, for quoting in documents.
    public var articles: [String: String]
    /// The code's title and adoption, as documents cite it ("De deontologische code voor lokale
    /// mandatarissen", "goedgekeurd door de raad voor maatschappelijk welzijn op 15 juni 2023").
    public var codeTitle: String?
    public var codeAdopted: String?
    /// Purpose → citation in Dutch, for documents ("substitute" → "artikel 45, § 5 van de deontologische code").
    /// Keys used by akte: notice, urgentNotice, convening, closedMeetings, quorum, substitute, hearing, advice, trustedPerson,
    /// chairReplacement, decisions, measures, notification, minutes.
    public var citations: [String: String] = [:]
    /// Purpose → the article as `check` prints it ("substitute" → "art. 45 §5"); a purpose the profile does
    /// not name is printed without an article, never with another municipality's (ProfileReferences.swift).
    public var references: [String: String] = [:]
    /// Purpose → a Dutch sentence the documents print only when the profile provides it (ProfileTexts.swift):
    /// what one municipality's rules say is never written into another's documents.
    public var texts: [String: String] = [:]
    /// Convening at the request of a share of the members (Wommelgem art. 46 §1; Kinrooi art. 3).
    public var requestedConvening: RequestedConveningRule?
    /// The advice procedure on the code and its application (Wommelgem art. 47, 54; Kinrooi art. 13–15).
    public var adviceProcedure: AdviceRule?

    public var calendar: BelgianCalendar { BelgianCalendar(localDays: localDays) }

    /// The names of the profiles shipped with akte.
    public static var shippedNames: [String] {
        guard let folder = Bundle.module.url(forResource: "Profiles", withExtension: nil),
              let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return files.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix("_") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Loads a shipped profile by name (`wommelgem-2023`) or a profile file by path.
    public static func load(nameOrPath: String, relativeTo base: URL? = nil) throws(LoadError) -> RuleProfile {
        if !nameOrPath.contains("/"), !nameOrPath.hasSuffix(".yaml"), !nameOrPath.hasSuffix(".yml") {
            guard let url = Bundle.module.url(forResource: nameOrPath, withExtension: "yaml", subdirectory: "Profiles") else {
                let hint = closestMatch(to: nameOrPath, in: shippedNames).map { "; did you mean \"\($0)\"?" }
                    ?? "; shipped profiles: \(shippedNames.joined(separator: ", "))"
                throw LoadError(issues: [LoadIssue(position: SourcePosition(file: nameOrPath, line: 1, column: 1), path: "profile",
                                                   message: "no shipped profile \"\(nameOrPath)\"\(hint)")])
            }
            return try load(contentsOf: url, displayName: "\(nameOrPath).yaml")
        }
        let url = nameOrPath.hasPrefix("/") || base == nil
            ? URL(fileURLWithPath: nameOrPath)
            : base!.appendingPathComponent(nameOrPath)
        return try load(contentsOf: url, displayName: nameOrPath)
    }

    public static func load(contentsOf url: URL, displayName: String? = nil) throws(LoadError) -> RuleProfile {
        try decode(YAMLSource(contentsOf: url, displayName: displayName))
    }

    public static func load(yaml: String, file: String) throws(LoadError) -> RuleProfile {
        try decode(YAMLSource(data: Data(yaml.utf8), file: file))
    }

    static func decode(_ source: YAMLSource) throws(LoadError) -> RuleProfile {
        let d = NodeDecoder(file: source.file)
        // A case may name any file as its profile (`profile: /etc/passwd`): one that is not a mapping with a
        // profile's own fields is said to be no profile, and nothing of it is quoted.
        if let root = source.root {
            // Fields only a profile has (a case file has a name and a municipality too).
            let identifying: Set<String> = ["committeeSize", "notice", "urgentNotice", "convening", "quorum", "commissionModel", "tieRule"]
            guard case let .mapping(mapping) = root, mapping.keys.contains(where: { $0.string.map(identifying.contains) ?? false }) else {
                throw LoadError(issues: [LoadIssue(position: SourcePosition(file: source.file, line: 1, column: 1), path: "",
                                                   message: "\(source.file) is not a rule profile (a profile is a YAML mapping with id, notice, quorum, ...)")])
            }
        }
        guard let root = source.root, let o = d.object(root, "") else {
            try d.throwIfFailed()
            throw LoadError(issues: [LoadIssue(position: SourcePosition(file: source.file, line: 1, column: 1), path: "", message: "the profile is empty")])
        }
        func unit(_ n: Node, _ p: String) -> DayUnit? { d.choice(n, p, [("calendar", DayUnit.calendar), ("working", .working)]) }
        func period(_ n: Node, _ p: String) -> Period? {
            guard let r = d.object(n, p) else { return nil }
            let amount = r.required("amount") { d.nonNegativeInt($0, $1) }
            let u = r.required("unit") { unit($0, $1) }
            let article = r.optional("article") { d.text($0, $1) }
            r.finish()
            guard let amount, let u else { return nil }
            return Period(amount: amount, unit: u, article: article)
        }
        func monthDay(_ n: Node, _ p: String) -> (Int, Int)? {
            guard let text = d.text(n, p) else { return nil }
            guard let date = CivilDate(iso: "2000-" + text) else {
                d.fail(n, p, "\"\(text)\" is not a month-day (MM-DD)")
                return nil
            }
            return (date.month, date.day)
        }
        let id = o.required("id") { d.text($0, $1) }
        let name = o.required("name") { d.text($0, $1) }
        let municipality = o.required("municipality") { d.text($0, $1) }
        let sourceText = o.required("source") { d.text($0, $1) }
        let size = o.required("committeeSize") { d.nonNegativeInt($0, $1) }
        let notice = o.required("notice") { period($0, $1) }
        var requiresMotivation = true
        let urgent = o.required("urgentNotice") { n, p -> Period? in
            guard let r = d.object(n, p) else { return nil }
            let amount = r.required("amount") { d.nonNegativeInt($0, $1) }
            let u = r.required("unit") { unit($0, $1) }
            let article = r.optional("article") { d.text($0, $1) }
            requiresMotivation = r.optional("requiresMotivation") { d.bool($0, $1) } ?? true
            r.finish()
            guard let amount, let u else { return nil }
            return Period(amount: amount, unit: u, article: article)
        }
        let counting = o.optional("counting") { d.choice($0, $1, [("clear-days", CountingConvention.clearDays), ("sending-day-counts", .sendingDayCounts)]) }
        let convening = o.required("convening") { n, p -> ConveningRule? in
            guard let r = d.object(n, p) else { return nil }
            let amount = r.required("amount") { d.nonNegativeInt($0, $1) }
            let u = r.required("unit") { unit($0, $1) }
            let article = r.optional("article") { d.text($0, $1) }
            let windows = r.optional("suspensions") { d.list($0, $1) { n, p -> SuspensionWindow? in
                guard let w = d.object(n, p) else { return nil }
                let from = w.required("from") { monthDay($0, $1) }
                let to = w.required("to") { monthDay($0, $1) }
                let text = w.required("description") { d.text($0, $1) }
                let article = w.optional("article") { d.text($0, $1) }
                let optional = w.optional("optional") { d.bool($0, $1) }
                w.finish()
                guard let from, let to, let text else { return nil }
                return SuspensionWindow(fromMonth: from.0, fromDay: from.1, toMonth: to.0, toDay: to.1, description: text,
                                        article: article, optional: optional ?? false)
            } }
            r.finish()
            guard let amount, let u else { return nil }
            return ConveningRule(period: Period(amount: amount, unit: u, article: article), suspensions: windows ?? [])
        }
        var quorumArticle: String?
        var second = false
        let quorum = o.required("quorum") { n, p -> QuorumRule? in
            guard let r = d.object(n, p) else { return nil }
            let rule = r.required("rule") { d.choice($0, $1, [("any", QuorumRule.any), ("majority", .majority)]) }
            second = r.optional("secondConvocation") { d.bool($0, $1) } ?? false
            quorumArticle = r.optional("article") { d.text($0, $1) }
            r.finish()
            return rule
        }
        let model = o.required("commissionModel") { d.choice($0, $1, [("advises-council", CommissionModel.advisesCouncil), ("decides", .decides)]) }
        let tieChoices: [(String, TieRule)] = [("rejected", .rejected), ("chair-decides", .chairDecides)]
        let tie = o.required("tieRule") { d.choice($0, $1, tieChoices) }
        let tieArticle = o.optional("tieArticle") { d.text($0, $1) }
        let seatArticle = o.optional("seatArticle") { d.text($0, $1) }
        let councilTie = o.optional("councilTieRule") { d.choice($0, $1, tieChoices) }
        var notification: Period?, minutes: Period?, remarks: Period?
        _ = o.optional("deadlines") { n, p -> Bool? in
            guard let r = d.object(n, p) else { return nil }
            notification = r.optional("notification") { period($0, $1) }
            minutes = r.optional("minutes") { period($0, $1) }
            remarks = r.optional("remarks") { period($0, $1) }
            r.finish()
            return true
        }
        let localDays = o.optional("localDays") { d.list($0, $1) { n, p -> LocalDay? in
            guard let r = d.object(n, p) else { return nil }
            let name = r.required("name") { d.text($0, $1) }
            let date = r.required("date") { n, p -> LocalDay? in
                guard let text = d.text(n, p) else { return nil }
                if let full = CivilDate(iso: text) { return .once(full, name: "") }
                if let md = CivilDate(iso: "2000-" + text) { return .yearly(month: md.month, day: md.day, name: "") }
                d.fail(n, p, "\"\(text)\" is neither a date (YYYY-MM-DD) nor a yearly month-day (MM-DD)")
                return nil
            }
            r.finish()
            guard let name, let date else { return nil }
            switch date {
            case let .once(day, _): return .once(day, name: name)
            case let .yearly(month, day, _): return .yearly(month: month, day: day, name: name)
            }
        } }
        func textMap(_ n: Node, _ p: String) -> [String: String]? {
            guard let r = d.object(n, p) else { return nil }
            var result: [String: String] = [:]
            for key in r.keys { if let text = r.optional(key, { d.text($0, $1) }) { result[key] = text } }
            r.finish()
            return result
        }
        let articles = o.optional("articles") { textMap($0, $1) }
        let codeTitle = o.optional("codeTitle") { d.text($0, $1) }
        let codeAdopted = o.optional("codeAdopted") { d.text($0, $1) }
        let citations = o.optional("citations") { textMap($0, $1) }
        let references = o.optional("references") { textMap($0, $1) }
        let texts = o.optional("texts") { n, p -> [String: String]? in
            guard let r = d.object(n, p) else { return nil }
            var result: [String: String] = [:]
            for key in r.keys {
                guard RuleProfile.textPurposes.contains(key) else {
                    _ = r.optional(key) { n, p -> Bool? in
                        let hint = closestMatch(to: key, in: RuleProfile.textPurposes).map { "did you mean \"\($0)\"? " } ?? ""
                        d.fail(n, p, "no document uses a text \"\(key)\"; \(hint)known: \(RuleProfile.textPurposes.joined(separator: ", "))")
                        return nil
                    }
                    continue
                }
                if let text = r.optional(key, { d.text($0, $1) }) { result[key] = text }
            }
            r.finish()
            return result
        }
        let requested = o.optional("requestedConvening") { n, p -> RequestedConveningRule? in
            guard let r = d.object(n, p) else { return nil }
            let share = r.required("share") { n, p -> (Int, Int)? in
                guard let text = d.text(n, p) else { return nil }
                let parts = text.split(separator: "/").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
                guard parts.count == 2, parts[0] > 0, parts[1] >= parts[0] else {
                    d.fail(n, p, "\"\(text)\" is not a share of the members such as \"1/3\"")
                    return nil
                }
                return (parts[0], parts[1])
            }
            let within = r.optional("within") { period($0, $1) }
            let agenda = r.optional("proposedAgenda") { d.bool($0, $1) }
            let article = r.optional("article") { d.text($0, $1) }
            r.finish()
            guard let share else { return nil }
            return RequestedConveningRule(numerator: share.0, denominator: share.1, within: within,
                                          proposedAgenda: agenda ?? false, article: article)
        }
        let advice = o.optional("adviceProcedure") { n, p -> AdviceRule? in
            guard let r = d.object(n, p) else { return nil }
            let convening = r.optional("convening") { period($0, $1) }
            let within = r.optional("advice") { period($0, $1) }
            let extendable = r.optional("extendable") { d.bool($0, $1) }
            let recipients = r.optional("recipients") { d.list($0, $1) { d.text($0, $1) } }
            let suspensions = r.optional("suspensionsApply") { d.bool($0, $1) }
            let article = r.optional("article") { d.text($0, $1) }
            let addressees = r.optional("addressees") { d.list($0, $1) { d.choice($0, $1, AdviceAddressee.allCases.map { ($0.rawValue, $0) }) } }
            r.finish()
            var rule = AdviceRule(convening: convening, advice: within, extendable: extendable ?? false, recipients: recipients ?? [],
                                  suspensionsApply: suspensions ?? false, article: article)
            rule.addressees = addressees ?? []
            return rule
        }
        o.finish()
        try d.throwIfFailed()
        guard let id, let name, let municipality, let sourceText, let size, let notice, let urgent, let convening,
              let quorum, let model, let tie else {
            throw LoadError(issues: [LoadIssue(position: o.position, path: "", message: "the profile could not be read")])
        }
        var profile = RuleProfile(
            id: id, name: name, municipality: municipality, source: sourceText, committeeSize: size, notice: notice,
            urgentNotice: urgent, urgentRequiresMotivation: requiresMotivation, counting: counting ?? .clearDays,
            convening: convening, quorum: quorum, quorumArticle: quorumArticle, secondConvocation: second,
            commissionModel: model, tieRule: tie, tieArticle: tieArticle, councilTieRule: councilTie ?? .rejected,
            notification: notification, minutes: minutes, remarks: remarks, localDays: localDays ?? [],
            articles: articles ?? [:], codeTitle: codeTitle, codeAdopted: codeAdopted, citations: citations ?? [:],
            references: references ?? [:], texts: texts ?? [:], requestedConvening: requested, adviceProcedure: advice)
        profile.seatArticle = seatArticle
        return profile
    }
}
