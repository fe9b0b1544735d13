import Akte
import AkteCase
import AkteRules
import ArgumentParser

extension AkteCommand {
    /// `akte check CASE`: loads the case and its profile, prints the computed dates, replacements and
    /// every problem; exit 1 on a rule violation, 2 on an input error.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a case file against its rule profile: deadlines, seats, substitutes, votes.")

        @Argument(help: "The case file (YAML or JSON).")
        var caseFile: String

        func run() throws {
            switch try CaseSupport.loadCase(caseFile) {
            case let .commission(commissionCase):
                let profile = try CaseSupport.profile(for: commissionCase)
                let facts = CaseEvaluator.evaluate(commissionCase, profile: profile)
                // Documents that `generate` would write under one name (it refuses the case).
                let collisions = PlannedFileNames.collisions(for: commissionCase, facts: facts)
                print(Report.commission(commissionCase, facts, additional: collisions), terminator: "")
                if facts.hasErrors || !collisions.isEmpty { throw AkteExit.findings }
            case let .reflection(session):
                let diagnostics = ReflectionEvaluator.evaluate(session)
                print(Report.reflection(session, diagnostics), terminator: "")
                if diagnostics.contains(where: { $0.severity == .error }) { throw AkteExit.findings }
            }
        }
    }
}

/// The text reports of `check` and `deadlines`.
enum Report {
    static func long(_ date: CivilDate) -> String { DutchFormat.longDate(date) }

    static func deadlines(_ c: CommissionCase, _ facts: CaseFacts) -> String {
        var out = "profile: \(facts.profile.id) (\(facts.profile.name))\n"
        out += "counting: \(facts.profile.counting.english)\n"
        if let convening = facts.convening {
            out += "convening deadline: \(long(convening.deadline)) (\(convening.deadline)); report received \(long(convening.reportReceived)); \(convening.ruleText)"
            out += convening.suspendedDays > 0 ? "; \(convening.suspendedDays) days suspended\n" : "\n"
            if let option = convening.optionalSuspension, option.matters || option.chosen != nil {
                out += optionalSuspensionLine(option)
            }
        } else if c.advice != nil {
            out += adviceLines(c, facts)
        } else {
            out += "convening deadline: none (the report is inadmissible)\n"
        }
        for m in facts.meetings {
            guard let meeting = c.meeting(m.meetingID) else { continue }
            let n = m.notice
            out += "meeting \(meeting.id): \(long(meeting.date)) \(meeting.time), \(meeting.place.fullText)\n"
            out += "  notice: \(n.ruleText)\n"
            let note = DutchFormat.dayNote(n.latestSendingDate, in: facts.profile.calendar).map { ", \($0)" } ?? ""
            out += "  latest sending date: \(long(n.latestSendingDate)) (\(n.latestSendingDate)\(note))\n"
            if let sending = n.plannedSending, let counted = n.countedDays {
                out += "  planned sending: \(long(sending)): \(counted) \(n.required.unit.english(counted)) counted, \(n.required.amount) required — \(n.satisfied == true ? "ok" : "TOO LATE")\n"
            }
            if !n.holidaysConsidered.isEmpty {
                out += "  holidays considered: " + n.holidaysConsidered.map { "\($0.name) \(DutchFormat.numericDate($0.date))" }.joined(separator: ", ") + "\n"
            }
            if let minutes = m.minutesDeadline { out += "  minutes sent by: \(long(minutes))\(facts.profile.minutes?.article.map { " (\($0))" } ?? "")\n" }
            if let remarks = m.remarksDeadline { out += "  remarks by: \(long(remarks))\(facts.profile.remarks?.article.map { " (\($0))" } ?? "")\n" }
        }
        for r in facts.requests {
            out += requestLine(c, r, facts.profile)
        }
        if let notification = facts.notificationDeadline {
            out += "notification of the decision by: \(long(notification))\(facts.profile.notification?.article.map { " (\($0))" } ?? "")\n"
        }
        return out
    }

    /// The advice procedure's terms (AdviceFindings): convening after the council's request, the advice after
    /// putting it on the agenda; "none" where the profile sets none (Wommelgem art. 47, 54).
    static func adviceLines(_ c: CommissionCase, _ facts: CaseFacts) -> String {
        guard let request = c.advice else { return "" }
        let rule = facts.profile.adviceProcedure
        func term(_ t: AdviceDeadlines.Term?) -> String {
            guard let t else { return "" }
            let optional = t.withOptionalSuspension.map { "; with the optional suspension \(long($0)) (\($0))" } ?? ""
            return "\(long(t.deadline)) (\(t.deadline)); \(t.period.amount) \(t.period.unit.english(t.period.amount)) from \(long(t.from))\(t.period.article.map { " (\($0))" } ?? "")\(optional)\n"
        }
        var out = ""
        if request.by == .eigenInitiatief {
            out += "advice convening deadline: none (own initiative: no request to answer)\n"
        } else if let convening = facts.advice?.convening {
            out += "advice convening deadline: " + term(convening)
        } else {
            out += "advice convening deadline: none set by the rules\(rule?.article.map { " (\($0))" } ?? "")\n"
        }
        if let advice = facts.advice?.advice {
            out += "advice deadline: " + term(advice)
        } else if rule?.advice == nil {
            out += "advice deadline: none set by the rules\(rule?.article.map { " (\($0))" } ?? "")\n"
        } else {
            out += "advice deadline: not known (onAgenda: the day the question was put on the agenda)\n"
        }
        if let ext = request.extensionRequest {
            out += "extension asked on \(long(ext.requested))\(ext.until.map { " until \(long($0))" } ?? "")\n"
        }
        return out
    }

    /// Kinrooi art. 16: both deadlines, and which one applies (the case's choice, or none until it chooses).
    static func optionalSuspensionLine(_ option: OptionalSuspensionFacts) -> String {
        let choice: String
        switch option.chosen {
        case true?: choice = "applied (summerSuspension: true)"
        case false?: choice = "not applied (summerSuspension: false)"
        case nil: choice = "not chosen (summerSuspension), none applied"
        }
        return "  optional suspension \(option.windowText): \(choice); without suspension \(long(option.withoutSuspension)) (\(option.withoutSuspension)), with suspension \(long(option.withSuspension)) (\(option.withSuspension))\n"
    }

    /// Wommelgem art. 46 §1, Kinrooi art. 3: who asked, how many must, and the time limit if the rules set one.
    static func requestLine(_ c: CommissionCase, _ r: RequestFacts, _ profile: RuleProfile) -> String {
        let article = profile.requestedConvening?.article.map { " (\($0))" } ?? ""
        var out = "meeting \(r.meetingID) requested on \(long(r.received)) by \(r.sittingRequesters.count) of \(r.members) members (at least \(r.required) required)\(article)"
        if let deadline = r.deadline {
            out += "; convene by \(long(deadline)) (\(deadline))\n"
        } else {
            out += "; no time limit set\n"
        }
        return out
    }

    static func commission(_ c: CommissionCase, _ facts: CaseFacts, additional: [Diagnostic] = []) -> String {
        var out = c.advice.map { "advice \($0.number) (\($0.by == .raad ? "asked by the council on \($0.date)" : "own initiative of \($0.date)")): \($0.question)\n" }
            ?? "case \(c.details.number): \(c.details.subject)\n"
        out += deadlines(c, facts)
        if let seats = facts.seats {
            out += "seats (committee of \(seats.committeeSize), council of \(seats.councilSize))\(seats.isProposal ? ", a PROPOSAL: the code does not decide it (see the warning)" : ""):\n"
            out += seats.dutchLines.map { "  \($0)\n" }.joined()
        } else {
            out += "seats: not computed (see the error)\n"
        }
        if !facts.composition.replacements.isEmpty {
            for r in facts.composition.replacements {
                out += "replacement: \(c.name(r.original)) → \(r.substitute.map(c.name) ?? "nobody available")\(facts.profile.reference(r.purpose).map { " (\($0))" } ?? "")\n"
            }
        }
        if let chair = facts.composition.chairReplacement {
            out += "chair for this case: \(c.name(chair.original)) → \(chair.deputy.map(c.name) ?? "nobody named")\(chair.article.map { " (\($0))" } ?? "")\n"
        }
        if c.councilChairIsActing, c.decision != nil {
            out += "council chair for this item (signs the decision): \(c.name(c.councilChairForCase))\n"
        }
        out += "commission for this case: " + DutchFormat.list(facts.composition.members.map(c.name))
        out += facts.composition.chair.map { "; chair: \(c.name($0))\n" } ?? "\n"
        for v in facts.votes {
            out += "vote \(v.voteID) (\(v.body.rawValue)): \(v.outcome.result.dutch) — \(v.outcome.explanation)\n"
            out += v.outcome.dutchLines.map { "  \($0)\n" }.joined()
        }
        if let plan = facts.notifications {
            let who = plan.recipients.map { "\(c.name($0.person)) (\($0.role.dutch)\($0.withMotivation ? ", met motivering" : ", zonder motivering"))" }
            out += "notification\(plan.article.isEmpty ? "" : " (\(plan.article))")\(plan.deadline.map { " by \(long($0))" } ?? ""): \(who.joined(separator: "; "))\n"
            if plan.councilAcknowledgement { out += "  on the next council agenda for acknowledgement (kennisname)\n" }
        }
        out += diagnosticsBlock(facts.diagnostics + additional)
        return out
    }

    static func reflection(_ s: ReflectionSession, _ diagnostics: [Diagnostic]) -> String {
        var out = "reflection chamber session \(s.number): \(long(s.date))\n"
        out += "case bringer: \(s.caseBringer.name)\(s.caseBringer.function.map { ", \($0)" } ?? "")\n"
        out += "participants: " + ParticipantRole.allCases.compactMap { role in
            let n = s.participants.filter { $0.role == role }.count
            return n > 0 ? "\(n) \(role.rawValue)" : nil
        }.joined(separator: ", ") + "\n"
        out += "names to anonymise: \(s.anonymise.count)\n"
        out += diagnosticsBlock(diagnostics)
        return out
    }

    static func diagnosticsBlock(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        for d in diagnostics.sorted(by: { $0.severity > $1.severity }) { out += "\(d)\n" }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        out += "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"
        return out
    }
}
