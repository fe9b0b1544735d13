import AkteCase

/// The advice procedure: an advice on the code and its application, asked by the council or given on the
/// commission's own initiative.
///
/// Wommelgem art. 47: "Het geven van adviezen en aanbevelingen aan de raad over de inhoud van deze code met het oog
/// op het bijsturen ervan. Dat kan op eigen initiatief van de commissie of minstens één keer per bestuursperiode op
/// vraag van de raad conform artikel 54"; the code sets no time limits. Kinrooi art. 13: "Binnen de dertig
/// kalenderdagen wordt de commissie samengeroepen"; art. 3: "na ontvangst van het verzoek tot advies"; art. 14: "De
/// commissie formuleert een advies binnen de dertig dagen nadat de adviesvraag geagendeerd werd op de commissie. De
/// termijn kan desgevallend verlengd worden op vraag van de commissie"; the advice is "richtinggevend en niet
/// bindend"; art. 15: communicated to the council chair and the college chair; art. 16: the terms "voor …
/// adviezen" may be suspended in July and August.
public struct AdviceRule: Sendable, Hashable {
    /// Convene within this period of receiving the council's request (Kinrooi art. 13 with art. 3); nil: none set.
    public var convening: Period?
    /// Give the advice within this period of putting the question on the commission's agenda (Kinrooi art. 14).
    public var advice: Period?
    /// The advice term may be extended at the commission's request (Kinrooi art. 14).
    public var extendable: Bool
    /// Who the advice is communicated to, as the profile names them in Dutch ("de voorzitter van de gemeenteraad").
    public var recipients: [String]
    /// Whether the rules' suspension windows apply to these terms (Kinrooi art. 16 names "adviezen").
    public var suspensionsApply: Bool
    public var article: String?
    /// Who receives a letter communicating the advice (Kinrooi art. 15: both chairs; Wommelgem art. 47 "aan de
    /// raad": the council, through its chair). Empty: the profile names nobody and no letter is planned.
    public var addressees: [AdviceAddressee] = []

    public init(convening: Period?, advice: Period?, extendable: Bool, recipients: [String], suspensionsApply: Bool, article: String?) {
        self.convening = convening
        self.advice = advice
        self.extendable = extendable
        self.recipients = recipients
        self.suspensionsApply = suspensionsApply
        self.article = article
    }
}

/// Whom a letter communicating the advice is addressed to.
public enum AdviceAddressee: String, Sendable, Hashable, CaseIterable {
    /// The chair of the council (the council itself, where the rules say "aan de raad").
    case councilChair
    /// The chair of the college of mayor and aldermen / vast bureau (the case's `collegeChair`).
    case collegeChair
}

/// Who starts the advice procedure.
public enum AdviceInitiative: String, Sendable, Hashable {
    /// The council asks (Wommelgem art. 47, 54; Kinrooi art. 13): the convening term runs from the request.
    case council
    /// The commission's own initiative: there is no request, so no convening term runs.
    case ownInitiative = "own-initiative"
}

/// The deadlines of one advice procedure; each with and without an optional suspension where that matters.
public struct AdviceDeadlines: Sendable, Hashable {
    public struct Term: Sendable, Hashable {
        public let period: Period
        public let from: CivilDate
        /// The deadline that applies: with the mandatory windows, and the optional ones only when chosen.
        public let deadline: CivilDate
        /// With the optional windows too (Kinrooi art. 16), when the profile has one and it changes the date: shown
        /// beside `deadline`, never applied unless chosen.
        public let withOptionalSuspension: CivilDate?

        /// Whether an act on `date` (the convocation sent, the advice given) meets the term that applies.
        public func isMet(by date: CivilDate) -> Bool { date <= deadline }
    }

    public let initiative: AdviceInitiative
    /// Convening after the council's request; nil on own initiative or when the rules set no term.
    public let convening: Term?
    /// The advice after the question is put on the agenda; nil when the date is not known or the rules set no term.
    public let advice: Term?
    public let extendable: Bool
    public let recipients: [String]
}

public enum AdviceProcedure {
    /// The deadlines for an advice asked on `requested` (the council's request, or the day the commission takes the
    /// initiative) and put on the agenda on `onAgenda`. `optionalSuspension`: the case's choice for an optional window.
    public static func deadlines(profile: RuleProfile, initiative: AdviceInitiative, requested: CivilDate, onAgenda: CivilDate?,
                                 optionalSuspension: Bool = false) -> AdviceDeadlines? {
        guard let rule = profile.adviceProcedure else { return nil }
        func term(_ period: Period?, from start: CivilDate?) -> AdviceDeadlines.Term? {
            guard let period, let start else { return nil }
            let mandatory = rule.suspensionsApply ? profile.convening.mandatorySuspensions : []
            let optional = rule.suspensionsApply ? profile.convening.optionalSuspensions : []
            let without = Deadlines.deadline(after: start, period: period, suspensions: mandatory, calendar: profile.calendar)
            let with = Deadlines.deadline(after: start, period: period, suspensions: mandatory + optional, calendar: profile.calendar)
            return AdviceDeadlines.Term(period: period, from: start, deadline: optionalSuspension ? with : without,
                                        withOptionalSuspension: optional.isEmpty || with == without ? nil : with)
        }
        return AdviceDeadlines(initiative: initiative,
                               convening: initiative == .council ? term(rule.convening, from: requested) : nil,
                               advice: term(rule.advice, from: onAgenda),
                               extendable: rule.extendable, recipients: rule.recipients)
    }
}
