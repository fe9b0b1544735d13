import AkteCase

/// What the rules compute for one meeting.
public struct MeetingFacts: Sendable, Hashable {
    public let meetingID: String
    public let notice: NoticeCheck
    /// Kinrooi art. 7: minutes within ten working days; remarks within five working days after receipt.
    public let minutesDeadline: CivilDate?
    public let remarksDeadline: CivilDate?
}

public struct ConveningFacts: Sendable, Hashable {
    public let reportReceived: CivilDate
    public let deadline: CivilDate
    public let suspendedDays: Int
    public let rule: ConveningRule
    /// The windows applied: the mandatory ones, and an optional one only when the case chose it.
    public var appliedSuspensions: [SuspensionWindow]
    /// Both deadlines when the profile has an optional window (Kinrooi art. 16).
    public var optionalSuspension: OptionalSuspensionFacts? = nil

    public init(reportReceived: CivilDate, deadline: CivilDate, suspendedDays: Int, rule: ConveningRule,
                appliedSuspensions: [SuspensionWindow]? = nil) {
        self.reportReceived = reportReceived
        self.deadline = deadline
        self.suspendedDays = suspendedDays
        self.rule = rule
        self.appliedSuspensions = appliedSuspensions ?? rule.mandatorySuspensions
    }

    /// "within 30 calendar days of the report (art. 52), suspended van 11 juli tot en met 15 augustus".
    public var ruleText: String {
        let p = rule.period
        let article = p.article.map { " (\($0))" } ?? ""
        let windows = appliedSuspensions.map { "suspended \($0.description)" + ($0.article.map { " (\($0))" } ?? "") }
        return (["within \(p.amount) \(p.unit.english(p.amount)) of the report\(article)"] + windows).joined(separator: ", ")
    }
}

public struct VoteFacts: Sendable, Hashable {
    public let voteID: String
    public let body: VotingBody
    public let outcome: VoteOutcome
}

/// Everything the rules compute for a commission case, and every finding.
public struct CaseFacts: Sendable, Hashable {
    public let profile: RuleProfile
    public let convening: ConveningFacts?
    /// Nil when the seats cannot be allocated from the input (the reason is an error finding).
    public let seats: SeatAllocationResult?
    public let composition: Composition
    public let meetings: [MeetingFacts]
    public let votes: [VoteFacts]
    /// Kinrooi art. 8: notification within ten working days after the decision.
    public let notificationDeadline: CivilDate?
    /// Who is told the outcome, with or without the motivation (Kinrooi art. 8; Wommelgem art. 52).
    public let notifications: NotificationPlan?
    public let diagnostics: [Diagnostic]
    /// Meetings convened at the request of members (RequestedConvening.swift).
    public var requests: [RequestFacts] = []
    /// The deadlines of an advice procedure (`kind: advies`; AdviceFindings).
    public var advice: AdviceDeadlines? = nil

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public func meeting(_ id: String) -> MeetingFacts? { meetings.first { $0.meetingID == id } }
    public func vote(_ id: String) -> VoteFacts? { votes.first { $0.voteID == id } }
}

/// Evaluates a case under a profile: pure, deterministic, no I/O.
public enum CaseEvaluator {
    public static func evaluate(_ c: CommissionCase, profile: RuleProfile) -> CaseFacts {
        var d: [Diagnostic] = []
        let calendar = profile.calendar
        func long(_ date: CivilDate) -> String { DutchFormat.longDate(date) }

        // Composition and seats (art. 45): the seat findings live in SeatFindings.
        let (seats, seatFindings) = SeatFindings.evaluate(c, profile: profile)
        d += seatFindings
        for fraction in c.fractions {
            for sub in fraction.substitutes where c.person(sub)?.fraction.map({ $0 != fraction.name }) ?? false {
                if fraction.councilSeats > 1 || fraction.members.count > 1 {
                    d.append(Diagnostic(.warning, "substitute.otherFraction", "substitute \(c.name(sub)) belongs to another fraction; only a fraction with one member may propose one", article: profile.reference("substituteFraction"), at: fraction.position))
                }
            }
        }
        let allMembers = c.fractions.flatMap(\.members)
        if !allMembers.contains(c.chair) {
            d.append(Diagnostic(.error, "composition.chairNotMember", "the council chair \(c.name(c.chair)) must be one of the commission members", article: profile.reference("chairMember")))
        }
        for independent in c.independents where allMembers.contains(independent) {
            d.append(Diagnostic(.error, "composition.independentMember", "\(c.name(independent)) is an independent councillor and cannot sit in the commission", article: profile.reference("chairMember")))
        }

        // Substitutes and recusal (Wommelgem art. 45 §4–5, 46 §6; Kinrooi art. 2).
        let composition = Substitutes.composition(for: c, article: Recusal.articles(profile))
        d += Recusal.findings(c, profile: profile, composition: composition)

        for m in c.meetings where m.date < c.details.reportReceived {
            var blocks: [DocumentScope] = [.convocations(meeting: m.id), .hearingInvitations(meeting: m.id), .minutes(meeting: m.id)]
            if c.assessment?.meeting == m.id { blocks += [.commissionOutcome, .councilDecision] }
            d.append(Diagnostic(.error, "meeting.beforeReport", "meeting \(m.id) (\(m.date)) is before the report was received (\(c.details.reportReceived)): the commission cannot deal with a report it has not received", article: profile.convening.period.article, at: m.position, blocks: blocks))
        }
        // Kinrooi art. 8, 11 also deal with a complaint about "een medewerker van een lokale mandataris" (the case
        // names that mandatary in staffMemberOf); the Wommelgem code (art. 1-3) concerns the mandataries only.
        let staffMemberComplaint = c.details.staffMemberOf != nil && profile.commissionModel == .decides
        if let respondent = c.person(c.details.respondent), respondent.fraction == nil, !c.independents.contains(respondent.id),
           !staffMemberComplaint {
            d.append(Diagnostic(.error, "case.respondentNotMandatary", "the respondent \(respondent.name) is not a mandatary (no fraction, not an independent councillor): the commission deals with local mandataries only", at: c.details.position))
        }

        // Admissibility and the convening deadline (Wommelgem art. 52; Kinrooi art. 3, 16).
        if let a = c.details.admissibility, !a.admissible, !c.meetings.isEmpty {
            d.append(Diagnostic(.warning, "admissibility.meetingsAfterInadmissible", "the report was declared inadmissible on \(long(a.date)): the procedure ends, the members are only informed", article: profile.reference("inadmissible"), at: a.position))
        }
        if let a = c.details.admissibility, a.date < c.details.reportReceived {
            d.append(Diagnostic(.error, "admissibility.beforeReport", "admissibility (\(a.date)) is before the report was received (\(c.details.reportReceived))", at: a.position))
        }
        let admissible = c.details.admissibility?.admissible ?? true
        var convening: ConveningFacts?
        if admissible {
            // Kinrooi art. 16: an optional window applies only when the case chooses it (OptionalSuspension.swift).
            let applied = Deadlines.appliedSuspensions(profile, optionalSuspension: c.summerSuspension ?? false)
            let deadline = Deadlines.conveningDeadline(reportReceived: c.details.reportReceived, profile: profile,
                                                       optionalSuspension: c.summerSuspension ?? false)
            let suspended = Deadlines.suspendedDays(after: c.details.reportReceived, through: deadline, suspensions: applied)
            var facts = ConveningFacts(reportReceived: c.details.reportReceived, deadline: deadline, suspendedDays: suspended,
                                       rule: profile.convening, appliedSuspensions: applied)
            facts.optionalSuspension = Deadlines.optionalSuspension(reportReceived: c.details.reportReceived, profile: profile,
                                                                    chosen: c.summerSuspension)
            d += OptionalSuspensionCheck.diagnostics(facts.optionalSuspension, summerSuspensionPosition: c.details.position)
            convening = facts
            if let first = c.meetings.min(by: { $0.date < $1.date }) {
                if let sending = first.plannedSending, sending > deadline {
                    d.append(Diagnostic(.error, "convening.late", "the commission is convened on \(long(sending)) (planned sending), after the convening deadline \(DutchFormat.longDateNoting(deadline, in: calendar)): \(facts.ruleText)", article: profile.convening.period.article, at: first.position, blocks: [.convocations(meeting: first.id)]))
                } else if first.plannedSending == nil, first.date > deadline {
                    d.append(Diagnostic(.warning, "convening.lateMeeting", "first meeting \(long(first.date)) is after the convening deadline \(long(deadline)); state the sending date to check the convocation itself", article: profile.convening.period.article, at: first.position))
                }
            }
        }

        // Notice of each meeting.
        var meetingFacts: [MeetingFacts] = []
        for m in c.meetings {
            let check = Deadlines.checkNotice(meeting: m.date, plannedSending: m.plannedSending, urgent: m.urgent, profile: profile)
            let article = check.required.article
            if let sending = m.plannedSending {
                if sending >= m.date {
                    d.append(Diagnostic(.error, "notice.sendingNotBefore", "meeting \(m.id): planned sending \(sending) is not before the meeting \(long(m.date)); latest sending date: \(DutchFormat.longDateNoting(check.latestSendingDate, in: calendar))", article: article, at: m.position, blocks: [.convocations(meeting: m.id)]))
                } else if check.satisfied == false {
                    let unit = check.counting == .clearDays
                        ? (check.required.unit == .calendar ? "clear days" : "clear working days")
                        : check.required.unit.english(2)
                    d.append(Diagnostic(.error, "notice.late", "meeting \(m.id): planned sending \(sending), meeting \(long(m.date)): \(check.countedDays ?? 0) \(unit), \(check.required.amount) required\(m.urgent ? " (urgent)" : ""); latest sending date: \(DutchFormat.longDateNoting(check.latestSendingDate, in: calendar))\(m.urgent ? "" : "; if the chair declares urgency, add urgent: true and urgencyMotivation")", article: article, at: m.position, blocks: [.convocations(meeting: m.id)]))
                }
            } else {
                d.append(Diagnostic(.warning, "notice.noSendingDate", "meeting \(m.id): no planned sending date; latest sending date: \(DutchFormat.longDateNoting(check.latestSendingDate, in: calendar)) (\(check.ruleText))", article: article, at: m.position))
            }
            if m.urgent, profile.urgentRequiresMotivation, m.urgencyMotivation == nil {
                d.append(Diagnostic(.error, "notice.urgencyUnmotivated", "meeting \(m.id) is convened urgently without a motivation (urgencyMotivation); the urgency is the chair's judgement and the rule itself asks no motivation, but akte's convocation states the chair's reason: give it in urgencyMotivation", article: profile.urgentNotice.article, at: m.position, blocks: [.convocations(meeting: m.id)]))
            }
            // Quorum and second convocation (Kinrooi art. 5; Wommelgem art. 46 §4).
            let meetingScopes: [DocumentScope] = [.convocations(meeting: m.id), .minutes(meeting: m.id)]
            let decidedHere: [DocumentScope] = [.minutes(meeting: m.id)] + (c.assessment?.meeting == m.id ? [.commissionOutcome] : [])
            let size = composition.members.count
            if m.secondConvocation {
                if !profile.secondConvocation {
                    // An error, not a warning: the second convocation tells the members that the first meeting could
                    // not be held for want of a majority, which this rule (Wommelgem art. 46 §4) rules out.
                    d.append(Diagnostic(.error, "quorum.noSecondConvocationRule", "meeting \(m.id) is marked as a second convocation, but under this profile the commission meets validly whatever the number present: no meeting fails for want of a quorum, and the convocation would say the first did; remove secondConvocation", article: profile.quorumArticle, at: m.position, blocks: [.convocations(meeting: m.id)]))
                } else if let previousID = m.previousMeeting, let previous = c.meeting(previousID) {
                    if previous.quorumReached != false {
                        d.append(Diagnostic(.error, "quorum.secondConvocationUnfounded", "meeting \(m.id) is a second convocation, but meeting \(previousID) is not recorded without quorum (quorumReached: false)", article: profile.quorumArticle, at: m.position, blocks: meetingScopes))
                    }
                    if previous.date >= m.date {
                        d.append(Diagnostic(.error, "quorum.secondConvocationOrder", "meeting \(m.id) is a second convocation but is not after meeting \(previousID)", article: profile.quorumArticle, at: m.position, blocks: meetingScopes))
                    }
                } else {
                    d.append(Diagnostic(.error, "quorum.secondConvocationPrevious", "meeting \(m.id) is a second convocation: name the meeting without quorum in previousMeeting", article: profile.quorumArticle, at: m.position, blocks: meetingScopes))
                }
            }
            if profile.quorum == .majority, !m.present.isEmpty, size > 0 {
                let sitting = m.present.filter { composition.members.contains($0) }.count + composition.standIns(at: m, in: c).count
                let reached = sitting * 2 > size
                if !reached, !m.secondConvocation {
                    d.append(Diagnostic(m.quorumReached == false ? .note : .error, "quorum.notReached", "meeting \(m.id): \(sitting) of \(size) members present, no majority: the commission cannot decide validly; a second convocation can", article: profile.quorumArticle, at: m.position, blocks: decidedHere))
                }
                if reached, m.quorumReached == false {
                    d.append(Diagnostic(.warning, "quorum.inconsistent", "meeting \(m.id) is recorded without quorum but \(sitting) of \(size) members are listed present", article: profile.quorumArticle, at: m.position))
                }
            }
            for person in m.present where person == c.details.respondent && allMembers.contains(person) {
                d.append(Diagnostic(.error, "recusal.respondentSits", "meeting \(m.id): \(c.name(person)) is the respondent and is replaced for the whole procedure; they cannot sit", article: Recusal.articles(profile)(.member), at: m.position, blocks: decidedHere))
            }
            let minutes = profile.minutes.map { calendar.addingWorkingDaysOrCalendar($0, to: m.date) }
            let remarks = profile.remarks.flatMap { period in minutes.map { calendar.addingWorkingDaysOrCalendar(period, to: $0) } }
            meetingFacts.append(MeetingFacts(meetingID: m.id, notice: check, minutesDeadline: minutes, remarksDeadline: remarks))
        }

        // Hearings (Wommelgem art. 52: the reporter and the respondent get the chance to be heard).
        for (role, id) in [(HearingRole.melder, c.details.reporter), (.vermeendeSchender, c.details.respondent)] {
            if !c.meetings.isEmpty, admissible, !c.hearings.contains(where: { $0.person == id }) {
                d.append(Diagnostic(.warning, "hearing.missing", "no hearing recorded for the \(role.dutchName) \(c.name(id)); both must get the chance to be heard (nobody can be obliged)", article: profile.reference("hearing"), at: c.details.position))
            }
        }
        for h in c.hearings {
            guard let m = c.meeting(h.meeting), let notice = meetingFacts.first(where: { $0.meetingID == m.id })?.notice else { continue }
            let letter = m.plannedSending ?? notice.latestSendingDate
            if letter < m.date, HearingReply.date(hearing: m.date, letter: letter, calendar: calendar) == nil {
                d.append(Diagnostic(.error, "hearing.noReplyTime", "the invitation of \(c.name(h.person)) to the hearing of \(long(m.date)) is dated \(long(letter)): no working day is left to answer it before the hearing", article: profile.reference("hearing"), at: h.position, blocks: [.hearingInvitations(meeting: m.id)]))
            }
        }
        for h in c.hearings where h.role == .getuige && !c.witnesses.contains(h.person) {
            d.append(Diagnostic(.warning, "hearing.witnessNotListed", "\(c.name(h.person)) is heard as a witness but is not listed under witnesses", article: profile.reference("witnesses"), at: h.position))
        }

        // Votes (reglement art. 24, 27; Kinrooi art. 6).
        var voteFacts: [VoteFacts] = []
        for v in c.votes {
            let rule = v.body == .commissie ? profile.tieRule : profile.councilTieRule
            let article = v.body == .commissie ? profile.tieArticle : profile.reference("councilVotes")
            let chair = v.body == .commissie ? composition.chair : c.chair
            let chairVote: VoteChoice? = chair.flatMap { ch in
                v.inFavour.contains(ch) ? .inFavour : v.against.contains(ch) ? .against : v.abstentions.contains(ch) ? .abstain : nil
            }
            let outcome = Votes.evaluate(inFavour: v.inFavour.map(c.name), against: v.against.map(c.name),
                                         abstentions: v.abstentions.map(c.name), counts: v.counts, secret: v.secret,
                                         rule: rule, ruleArticle: article, chairVote: chairVote)
            voteFacts.append(VoteFacts(voteID: v.id, body: v.body, outcome: outcome))
            d += VoteEligibility.findings(v, in: c, profile: profile, composition: composition)
            if outcome.tie {
                d.append(Diagnostic(.note, "vote.tie", "vote \(v.id): \(outcome.explanation)", at: v.position))
                // The Wommelgem code (art. 46, 52) gives the commission no voting rule at all, so a tie in the
                // commission is a gap, not a rule: the profile's tie rule is borrowed from the council's rules
                // (reglement art. 24 §2, 27 §2). Kinrooi art. 6 has its own (the chair's vote decides).
                // Kinrooi art. 6: "bij staking van stemmen is de stem van de voorzitter doorslaggevend". When the chair
                // abstained or did not vote, the text does not say what follows: akte's "not adopted" is a reading.
                if v.body == .commissie, rule == .chairDecides, !outcome.decidedByChair {
                    d.append(Diagnostic(.note, "vote.tieChairNotVoting", "vote \(v.id) is tied and the chair's vote, which decides a tie, is not for or against (abstained, did not vote or secret): the rule does not say what follows; akte reads the proposal as not adopted (no majority). Other readings: the commission votes again, the chair casting a vote; the choice is the commission's", article: profile.tieArticle, at: v.position))
                }
                if v.body == .commissie, profile.commissionModel == .advisesCouncil {
                    d.append(Diagnostic(.note, "vote.tieRuleOpen", "vote \(v.id) is tied in the commission; the code sets no rule for a tie in the commission: akte applies the council's rule by analogy (\(profile.tieArticle ?? "the profile's tie rule"): \(outcome.result == .rejected ? "not adopted" : "adopted")). Other readings: the chair's vote decides (as some codes provide), or the commission sends the council an advice that states the divided opinion (art. 52: a motivated advice; art. 53: only the council decides); the choice is the commission's", article: "art. 46, 52", at: v.position))
                }
            }
            // Reglement art. 26 §1, §4: the council votes openly, secretly only on the matters §4 lists (loss of
            // a mandate, appointments to bodies, individual personnel matters); a finding on a mandatary is not one.
            if v.body == .raad, v.secret, profile.commissionModel == .advisesCouncil {
                d.append(Diagnostic(.warning, "vote.secretNotListed", "vote \(v.id) is secret, but the council votes openly except on the matters the rules list (loss of a mandate, appointments, individual personnel matters); a decision on a breach of the code is not among them: check the council's own rules", article: "huishoudelijk reglement art. 26 §1, §4", at: v.position))
            }
        }

        // Assessment (Wommelgem art. 52–53; Kinrooi art. 6).
        if let a = c.assessment {
            let adviceConclusions: [Conclusion] = [.schending, .geenSchending]
            if profile.commissionModel == .advisesCouncil, !adviceConclusions.contains(a.conclusion) {
                d.append(Diagnostic(.warning, "assessment.conclusionModel", "the commission gives a motivated advice to the council under this profile; expected conclusion schending or geen-schending, found \(a.conclusion.rawValue)", article: profile.reference("commissionModel"), at: a.position))
            }
            if profile.commissionModel == .decides, adviceConclusions.contains(a.conclusion) {
                d.append(Diagnostic(.warning, "assessment.conclusionModel", "the commission decides itself under this profile (onontvankelijk, ontvankelijk, ongegrond, gegrond); found \(a.conclusion.rawValue)", article: profile.reference("commissionModel"), at: a.position))
            }
            if let voteID = a.vote, let outcome = voteFacts.first(where: { $0.voteID == voteID })?.outcome, outcome.result == .rejected {
                d.append(Diagnostic(.error, "assessment.voteRejected", "the assessment rests on vote \(voteID), which is rejected: \(outcome.explanation); the commission has not adopted it", article: profile.tieArticle, at: a.position, blocks: [.commissionOutcome]))
            }
        }
        var notification: CivilDate?
        if let a = c.assessment, let m = c.meeting(a.meeting), let period = profile.notification {
            notification = calendar.addingWorkingDaysOrCalendar(period, to: m.date)
        }

        // The council's decision (Wommelgem art. 53).
        if let decision = c.decision {
            if profile.commissionModel == .decides {
                d.append(Diagnostic(.note, "decision.kennisname", "under this profile the commission decides; the council only takes note (kennisname) of a founded decision", article: profile.notification?.article ?? profile.reference("councilDecision"), at: decision.position))
            }
            if !decision.followsAdvice, decision.respondentHeard == nil {
                d.append(Diagnostic(.error, "decision.deviationUnheard", "the council departs from the commission's advice without first hearing the respondent itself (respondentHeard)", article: profile.reference("councilDecision"), at: decision.position, blocks: [.councilDecision]))
            }
            if let heard = decision.respondentHeard, heard > decision.date {
                d.append(Diagnostic(.error, "decision.heardAfterDecision", "the respondent is heard by the council after the decision", article: profile.reference("councilDecision"), at: decision.position, blocks: [.councilDecision]))
            }
            if !decision.breach, !decision.measures.isEmpty {
                d.append(Diagnostic(.error, "decision.measuresWithoutBreach", "measures are listed but the council finds no breach", article: profile.reference("councilDecision"), at: decision.position, blocks: [.councilDecision]))
            }
            if let a = c.assessment, profile.commissionModel == .advisesCouncil, decision.followsAdvice,
               decision.breach != a.conclusion.findsBreach {
                d.append(Diagnostic(.error, "decision.adviceMismatch", "followsAdvice is true, but the advice (\(a.conclusion.dutchText)) and the decision (breach: \(decision.breach)) differ", article: profile.reference("councilDecision"), at: decision.position, blocks: [.councilDecision]))
            }
            if let a = c.assessment, let m = c.meeting(a.meeting), decision.date < m.date {
                d.append(Diagnostic(.error, "decision.beforeAdvice", "the council decides (\(decision.date)) before the commission's advice (\(m.date))", article: profile.reference("councilDecision"), at: decision.position, blocks: [.councilDecision]))
            }
            if let voteID = decision.vote, let outcome = voteFacts.first(where: { $0.voteID == voteID })?.outcome, outcome.result == .rejected {
                d.append(Diagnostic(.error, "decision.voteRejected", "the decision rests on vote \(voteID), which is rejected: \(outcome.explanation); the council has not decided, no decision may be written", article: profile.reference("councilVotes"), at: decision.position, blocks: [.councilDecision]))
            }
            if decision.measures.contains(.tuchtonderzoek) {
                let mandate = c.person(c.details.respondent)?.mandate?.lowercased() ?? ""
                if !["burgemeester", "schepen", "voorzitter", "vast bureau", "bijzonder comité"].contains(where: { mandate.contains($0) }) {
                    d.append(Diagnostic(.warning, "decision.disciplinaryMandate", "a file for a disciplinary inquiry is only for the mayor, an alderman, a chair or a member of the executive bodies; the respondent's mandate is \"\(mandate)\"", article: profile.reference("councilDecision"), at: decision.position))
                }
            }
        }
        let notifications = Notifications.plan(for: c, profile: profile, composition: composition)
        // Wommelgem art. 52: after an inadmissible report "de commissieleden worden daarover wel geïnformeerd". When
        // the report concerns a member, akte informs the commission for this case (his substitute in his place, art.
        // 45 §5: "tijdens de hele procedure"); the code does not say so, nor whether he is told as the person concerned.
        if profile.commissionModel == .advisesCouncil, let a = c.details.admissibility, !a.admissible,
           let r = composition.replacements.first(where: { $0.substitute != nil }), let sub = r.substitute {
            d.append(Diagnostic(.note, "notification.inadmissibleMembers", "the report is inadmissible and the commission members are informed; it concerns the member \(c.name(r.original)): akte informs the commission for this case, \(c.name(sub)) in his place (art. 45 §5, for the whole procedure); the code does not say whether \(c.name(r.original)) is informed as member or as the person concerned, nor requires either", article: "art. 52", at: a.position))
        }
        // Kinrooi art. 8, last paragraph, puts "de beslissing" on the next council agenda for kennisname; the third
        // paragraph sends an inadmissible or unfounded decision "enkel" to the parties, the chairs learning only the
        // outcome. akte reads the two together: only a founded decision goes to the council. Say it is a reading.
        if profile.commissionModel == .decides, let a = c.assessment, !a.conclusion.findsBreach {
            d.append(Diagnostic(.note, "notification.kennisnameReading", "the decision is \(a.conclusion.dutchText): akte prepares no council item, reading the last paragraph of art. 8 (the council chair puts the decision on the council agenda for kennisname) with its third paragraph (an inadmissible or unfounded decision goes only to the parties, the chairs learn the outcome without motivation); the council chair may still put the outcome, without the motivation, on the agenda", article: profile.notification?.article ?? "art. 8", at: a.position))
        }
        if profile.commissionModel == .decides, c.assessment != nil, c.collegeChair == nil {
            d.append(Diagnostic(.warning, "notification.collegeChairMissing", "the college chair (collegeChair) is not named; the decision must also be sent to the chair of the college / vast bureau", article: profile.notification?.article ?? profile.reference("councilDecision")))
        }
        let requested = RequestedConveningCheck.evaluate(c, members: composition.members, profile: profile)
        d += requested.diagnostics
        var facts = CaseFacts(profile: profile, convening: convening, seats: seats, composition: composition,
                              meetings: meetingFacts, votes: voteFacts, notificationDeadline: notification,
                              notifications: notifications, diagnostics: d)
        facts.requests = requested.facts
        if c.advice != nil {
            // An advice procedure (kind: advies): no report, so no report deadlines or notifications; its own rules.
            facts = CaseFacts(profile: profile, convening: nil, seats: seats, composition: composition,
                              meetings: meetingFacts, votes: voteFacts, notificationDeadline: nil, notifications: nil,
                              diagnostics: d.filter(AdviceFindings.applies) + AdviceFindings.evaluate(c, profile: profile)
                                + AdviceFindings.vote(c, votes: voteFacts, profile: profile))
            facts.requests = requested.facts
            facts.advice = AdviceFindings.deadlines(c, profile: profile)
        }
        return facts
    }
}

extension BelgianCalendar {
    /// `period` after `date` (date not counted), in working or calendar days.
    public func addingWorkingDaysOrCalendar(_ period: Period, to date: CivilDate) -> CivilDate {
        period.unit == .working ? addingWorkingDays(period.amount, to: date) : date.adding(days: period.amount)
    }
}
