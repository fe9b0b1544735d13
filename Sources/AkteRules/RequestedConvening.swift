import AkteCase

/// Convening at the request of members: Wommelgem art. 46 §1 ("De voorzitter is daarenboven gehouden de
/// commissie bijeen te roepen op vraag van minstens een derde van haar leden"); Kinrooi art. 3 ("De voorzitter
/// roept de commissie binnen acht kalenderdagen samen wanneer een derde van de leden daarom verzoekt. Het
/// verzoek bevat een voorstel tot agenda dat ter goedkeuring aan de commissie wordt voorgelegd").
public struct RequestedConveningRule: Sendable, Hashable {
    /// The share of the members that must ask: 1/3 in both seeds.
    public var numerator: Int
    public var denominator: Int
    /// The time limit for convening after the request (Kinrooi: eight calendar days); nil when the rules set none
    /// (Wommelgem), and then none is invented.
    public var within: Period?
    /// Whether the request must carry a proposed agenda (Kinrooi art. 3).
    public var proposedAgenda: Bool
    public var article: String?

    public init(numerator: Int, denominator: Int, within: Period?, proposedAgenda: Bool, article: String?) {
        self.numerator = numerator
        self.denominator = denominator
        self.within = within
        self.proposedAgenda = proposedAgenda
        self.article = article
    }

    /// The fewest members that make the share of `members`: a third of 7 is 2⅓, so 3 must ask.
    public func minimumRequesters(of members: Int) -> Int {
        (members * numerator + denominator - 1) / denominator
    }

    /// "1/3".
    public var shareText: String { "\(numerator)/\(denominator)" }
}

/// What the rules compute for a meeting convened at the request of members.
public struct RequestFacts: Sendable, Hashable {
    public let meetingID: String
    public let received: CivilDate
    /// The requesters who sit in the commission for this case, in the order of the case file.
    public let sittingRequesters: [String]
    public let members: Int
    public let required: Int
    /// The latest day to convene (Kinrooi art. 3); nil when the rules set no time limit.
    public let deadline: CivilDate?

    public var enough: Bool { sittingRequesters.count >= required }
}

public enum RequestedConveningCheck {
    /// The facts and findings for every meeting with a `request`.
    /// - Parameter members: the sitting members of the commission for this case (the composition after replacements).
    public static func evaluate(_ c: CommissionCase, members: [String], profile: RuleProfile) -> (facts: [RequestFacts], diagnostics: [Diagnostic]) {
        var facts: [RequestFacts] = []
        var d: [Diagnostic] = []
        for m in c.meetings {
            guard let request = m.request else { continue }
            guard let rule = profile.requestedConvening else {
                d.append(Diagnostic(.error, "request.noProfileRule", "meeting \(m.id) is convened at the request of members, but the profile \(profile.id) has no rule for it (requestedConvening)", at: request.position, blocks: [.convocations(meeting: m.id)]))
                continue
            }
            let article = rule.article ?? profile.reference("requestedConvening")
            var seen = Set<String>()
            let distinct = request.by.filter { seen.insert($0).inserted }
            if distinct.count < request.by.count {
                d.append(Diagnostic(.warning, "request.duplicateRequester", "meeting \(m.id): a requester is named more than once; each member is counted once", article: article, at: request.position))
            }
            let sitting = distinct.filter { members.contains($0) }
            for p in distinct where !members.contains(p) {
                d.append(Diagnostic(.error, "request.notSitting", "meeting \(m.id): \(c.name(p)) asks to convene the commission but does not sit in it for this case; only its members count", article: article, at: request.position, blocks: [.convocations(meeting: m.id)]))
            }
            let required = rule.minimumRequesters(of: members.count)
            if sitting.count < required {
                d.append(Diagnostic(.error, "request.tooFew", "meeting \(m.id): the request is made by \(sitting.count) of the \(members.count) members; at least \(rule.shareText) of the members, that is \(required), must ask before the chair is bound to convene", article: article, at: request.position, blocks: [.convocations(meeting: m.id)]))
            }
            if rule.proposedAgenda, request.proposedAgenda.isEmpty {
                d.append(Diagnostic(.error, "request.noAgenda", "meeting \(m.id): the request carries no proposed agenda (proposedAgenda); the rules require one, submitted to the commission for approval", article: article, at: request.position, blocks: [.convocations(meeting: m.id)]))
            }
            if request.date > m.date {
                d.append(Diagnostic(.error, "request.afterMeeting", "meeting \(m.id): the request (\(request.date)) is after the meeting (\(m.date))", article: article, at: request.position, blocks: [.convocations(meeting: m.id)]))
            }
            // The time limit runs from the request; "samenroepen" is read as sending the convocation, as for the
            // thirty days after a report (art. 3). Art. 16's summer suspension names the terms "voor meldingen,
            // klachten en adviezen", not this one: it is not applied here.
            let deadline = rule.within.map { Deadlines.deadline(after: request.date, period: $0, suspensions: [], calendar: profile.calendar) }
            if let deadline, let within = rule.within {
                let ruleText = "within \(within.amount) \(within.unit.english(within.amount)) of the request"
                if let sending = m.plannedSending {
                    if sending > deadline {
                        d.append(Diagnostic(.error, "request.late", "meeting \(m.id): convened on \(DutchFormat.longDate(sending)) (planned sending), after the deadline \(DutchFormat.longDate(deadline)) for a request of \(DutchFormat.longDate(request.date)): \(ruleText)", article: within.article ?? article, at: request.position, blocks: [.convocations(meeting: m.id)]))
                    }
                } else if m.date > deadline {
                    d.append(Diagnostic(.warning, "request.lateMeeting", "meeting \(m.id) (\(DutchFormat.longDate(m.date))) is after the deadline \(DutchFormat.longDate(deadline)) for convening at the request of \(DutchFormat.longDate(request.date)) (\(ruleText)); state the sending date to check the convocation itself", article: within.article ?? article, at: request.position))
                }
            } else {
                d.append(Diagnostic(.note, "request.noTimeLimit", "meeting \(m.id) is convened at the request of \(sitting.count) of the \(members.count) members; the rules set no time limit for it", article: article, at: request.position))
            }
            facts.append(RequestFacts(meetingID: m.id, received: request.date, sittingRequesters: sitting, members: members.count,
                                      required: required, deadline: deadline))
        }
        return (facts, d)
    }
}
