import AkteCase

/// The findings of an advice procedure (`kind: advies`): the commission's advice on the code and its application.
///
/// Wommelgem code art. 47 sets no time limit for an advice, art. 54 says the council evaluates the code at least
/// once per term and first asks the commission's advice. Kinrooi rules art. 13: convened "binnen de dertig
/// kalenderdagen"; art. 14: the advice "binnen de dertig dagen nadat de adviesvraag geagendeerd werd", extendable
/// "op vraag van de commissie", concerning only the code and its application; art. 16: the terms for advices may be
/// suspended in July and August (the case's `summerSuspension`). The numbers come from the profile's
/// `adviceProcedure`; what it leaves out is reported as not set, never supplied.
public enum AdviceFindings {
    /// Findings of the report procedure that have no object in an advice procedure (there is no report, reporter,
    /// respondent, hearing, assessment or council decision); the notice, quorum, vote and seat rules still apply.
    static let reportOnlyPrefixes = ["convening.", "meeting.beforeReport", "case.", "admissibility.", "hearing.",
                                     "notification.", "suspension.", "decision.", "assessment.", "recusal.respondent",
                                     "recusal.reporter", "recusal.witness", "recusal.chairReplaced", "recusal.noDeputyChair",
                                     "recusal.replaced", "recusal.noSubstitute", "recusal.actingChair"]

    /// Whether a finding of `CaseEvaluator` applies to an advice procedure.
    public static func applies(_ finding: Finding) -> Bool {
        !reportOnlyPrefixes.contains { finding.code.rawValue.hasPrefix($0) }
    }

    /// The deadlines of the case's advice procedure, with the case's Kinrooi art. 16 choice.
    public static func deadlines(_ c: CommissionCase, profile: RuleProfile) -> AdviceDeadlines? {
        guard let request = c.advice else { return nil }
        return AdviceProcedure.deadlines(profile: profile, initiative: request.by == .raad ? .council : .ownInitiative,
                                         requested: request.receivedOrDecided, onAgenda: request.onAgenda,
                                         optionalSuspension: c.summerSuspension ?? false)
    }

    public static func evaluate(_ c: CommissionCase, profile: RuleProfile) -> [Finding] {
        guard let request = c.advice else { return [] }
        func long(_ date: CivilDate) -> String { DutchFormat.longDate(date) }
        var d: [Finding] = []
        guard let rule = profile.adviceProcedure else {
            return [Finding(.error, "advice.noProfileRule", "the profile \(profile.id) has no adviceProcedure: akte cannot tell which rules govern an advice on the code", at: request.position)]
        }
        let article = rule.article
        let meetings = c.meetings.sorted { $0.date < $1.date }
        let deadlines = deadlines(c, profile: profile)

        // What no tool can check: Kinrooi art. 14 (only the code and its application; the commission may reformulate
        // the request), Wommelgem art. 47 (the content of the code, with a view to amending it).
        d.append(Finding(.note, "advice.subjectNotChecked", "an advice concerns only the code and its application; whether this question does is for the commission to judge (it may reformulate the request), akte cannot check it", article: profile.reference("adviceSubject") ?? article, at: request.position))

        if request.by == .raad, let evaluation = profile.reference("councilEvaluation") {
            // Wommelgem art. 54: "Minimaal één keer per bestuursperiode evalueert de raad de deontologische code. De raad
            // vraagt daarvoor eerst advies aan de commissie."
            d.append(Finding(.note, "advice.councilEvaluation", "the council evaluates the code at least once per term and first asks this advice; akte does not know whether this term's evaluation is done", article: evaluation, at: request.position))
        }

        for m in meetings where m.date < request.date {
            d.append(Finding(.error, "advice.meetingBeforeRequest", "meeting \(m.id) (\(m.date)) is before the advice was \(request.by == .raad ? "asked by the council" : "decided on") (\(request.date))", article: article, at: m.position, blocks: [.convocations(meeting: m.id), .minutes(meeting: m.id)]))
        }

        // Convening (Kinrooi art. 13 with art. 3); on own initiative nothing is received, so no term runs.
        if request.by == .raad {
            if let term = deadlines?.convening {
                if let first = meetings.first {
                    if let sending = first.plannedSending, !term.isMet(by: sending) {
                        d.append(Finding(.error, "advice.conveningLate", "the commission is convened on \(long(sending)) (planned sending), after the convening deadline \(DutchFormat.longDateNoting(term.deadline, in: profile.calendar)): within \("\(term.period.amount) \(term.period.unit.english(term.period.amount))") of receiving the request (\(long(term.from)))", article: term.period.article, at: first.position, blocks: [.convocations(meeting: first.id)]))
                    } else if first.plannedSending == nil, first.date > term.deadline {
                        d.append(Finding(.warning, "advice.conveningLateMeeting", "first meeting \(long(first.date)) is after the convening deadline \(long(term.deadline)); state the sending date (plannedSending) to check the convocation itself", article: term.period.article, at: first.position))
                    }
                }
                if let with = term.withOptionalSuspension, c.summerSuspension == nil {
                    d.append(Finding(.warning, "advice.suspensionNotChosen", "convene by \(long(term.deadline)) without the optional suspension, by \(long(with)) with it; state summerSuspension to choose", article: profile.convening.optionalSuspensions.first?.article, at: request.position))
                }
            } else {
                d.append(Finding(.note, "advice.noConveningTerm", "the rules set no term for convening the commission on the council's request", article: article, at: request.position))
            }
        }

        // The advice term (Kinrooi art. 14), from the day the question was put on the agenda.
        guard let period = rule.advice else {
            d.append(Finding(.note, "advice.noAdviceTerm", "the rules set no term for the advice", article: article, at: request.position))
            if let ext = request.extensionRequest {
                d.append(Finding(.warning, "advice.extensionWithoutTerm", "an extension is recorded, but the rules set no advice term it could extend", article: article, at: ext.position))
            }
            return d
        }
        guard let onAgenda = request.onAgenda, let term = deadlines?.advice else {
            if request.advice != nil {
                d.append(Finding(.warning, "advice.noAgendaDate", "the advice is due within \("\(period.amount) \(period.unit.english(period.amount))") of putting the question on the agenda; without onAgenda akte cannot check it", article: period.article, at: request.position))
            }
            return d
        }
        if onAgenda < request.date {
            d.append(Finding(.error, "advice.agendaBeforeRequest", "the question is put on the agenda (\(onAgenda)) before it was asked (\(request.date))", article: period.article, at: request.position))
        }
        if let with = term.withOptionalSuspension, c.summerSuspension == nil {
            d.append(Finding(.warning, "advice.suspensionNotChosen", "the advice is due by \(long(term.deadline)) without the optional suspension, by \(long(with)) with it; state summerSuspension to choose", article: profile.convening.optionalSuspensions.first?.article, at: request.position))
        }
        if let ext = request.extensionRequest, !rule.extendable {
            d.append(Finding(.error, "advice.extensionNotProvided", "an extension is recorded, but the rules do not let the commission extend the advice term", article: period.article, at: ext.position, blocks: [.commissionOutcome]))
        }
        guard let advice = request.advice, let meeting = c.meeting(advice.meeting) else { return d }
        if meeting.date < onAgenda {
            d.append(Finding(.error, "advice.beforeAgenda", "the advice (meeting \(meeting.id), \(meeting.date)) is adopted before the question was put on the agenda (\(onAgenda))", article: period.article, at: advice.position, blocks: [.commissionOutcome]))
        }
        if !term.isMet(by: meeting.date) {
            if let ext = request.extensionRequest, rule.extendable {
                if ext.requested > term.deadline {
                    d.append(Finding(.error, "advice.extensionLate", "the extension was asked on \(long(ext.requested)), after the advice term ended (\(long(term.deadline)))", article: period.article, at: ext.position, blocks: [.commissionOutcome]))
                } else if let until = ext.until, meeting.date > until {
                    d.append(Finding(.error, "advice.lateExtended", "the advice (\(long(meeting.date))) is after the extended term (\(long(until)))", article: period.article, at: advice.position, blocks: [.commissionOutcome]))
                } else {
                    d.append(Finding(.note, "advice.extended", "the advice (\(long(meeting.date))) is after the term of \("\(period.amount) \(period.unit.english(period.amount))") (\(long(term.deadline))), within the extension the commission asked on \(long(ext.requested))\(ext.until.map { " (until \(long($0)))" } ?? "")", article: period.article, at: ext.position))
                }
            } else {
                d.append(Finding(.error, "advice.late", "the advice (\(long(meeting.date))) is adopted after the deadline \(DutchFormat.longDateNoting(term.deadline, in: profile.calendar)): within \("\(period.amount) \(period.unit.english(period.amount))") of putting the question on the agenda (\(long(onAgenda)))\(rule.extendable ? "; the commission can ask for an extension (extension)" : "")", article: period.article, at: advice.position, blocks: [.commissionOutcome]))
            }
        }
        if advice.vote == nil {
            d.append(Finding(.warning, "advice.noVote", "no vote recorded for the advice (vote); the advice prints no vote lines", article: profile.tieArticle, at: advice.position))
        }
        if rule.addressees.contains(.collegeChair), c.collegeChair == nil {
            d.append(Finding(.error, "advice.collegeChairMissing", "the advice is communicated to the chair of the college, but the case names none (collegeChair)", article: profile.reference("adviceCommunication") ?? article, at: request.position, blocks: [.commissionOutcome]))
        }
        return d
    }

    /// The advice rests on its vote: a rejected vote (a tie under `tieRule: rejected`, no majority) adopts no advice.
    static func vote(_ c: CommissionCase, votes: [VoteFacts], profile: RuleProfile) -> [Finding] {
        guard let advice = c.advice?.advice, let voteID = advice.vote,
              let outcome = votes.first(where: { $0.voteID == voteID })?.outcome, outcome.result == .rejected else { return [] }
        return [Finding(.error, "advice.voteRejected", "the advice rests on vote \(voteID), which is rejected: \(outcome.explanation); the commission has not adopted it", article: profile.tieArticle, at: advice.position, blocks: [.commissionOutcome])]
    }
}
