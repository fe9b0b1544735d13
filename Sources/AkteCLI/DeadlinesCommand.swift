import AkteCase
import AkteRules
import ArgumentParser

extension AkteCommand {
    /// `akte deadlines CASE` or `akte deadlines --profile NAME|PATH --meeting YYYY-MM-DD [--urgent] [--received YYYY-MM-DD] [--json]`.
    struct Deadlines: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compute the latest sending date, the convening deadline and the other deadlines.")

        @Argument(help: "A case file; or use --profile and --meeting.")
        var caseFile: String?

        @Option(help: "A shipped profile name (wommelgem-2023, kinrooi-2025) or a profile file.")
        var profile: String?

        @Option(help: "The meeting date (YYYY-MM-DD).")
        var meeting: String?

        @Flag(help: "Use the urgent notice period.")
        var urgent = false

        @Option(help: "The date the report was received (YYYY-MM-DD), for the convening deadline.")
        var received: String?

        @Flag(help: "Print JSON.")
        var json = false

        @Option(help: "Advice procedure: the day the council's request for advice was received, or the day the commission took the initiative (YYYY-MM-DD).")
        var adviceRequested: String?

        @Option(help: "Advice procedure: the day the question was put on the commission's agenda (YYYY-MM-DD).")
        var adviceOnAgenda: String?

        @Flag(help: "Advice procedure: the commission's own initiative (no convening term runs from a request).")
        var ownInitiative = false

        /// Every argument check (ArgumentParser calls it before `run()`, and not for `--help`); a usage error exits 2
        /// (README; `AkteCommand.main` maps ArgumentParser's code).
        func validate() throws {
            let advice = adviceRequested != nil || adviceOnAgenda != nil
            if caseFile == nil, profile == nil || (meeting == nil && !advice) {
                throw usageError("give a case file, or --profile and --meeting (or --advice-requested)")
            }
            if caseFile != nil, meeting != nil || received != nil || urgent {
                throw usageError("--meeting, --received and --urgent are for use without a case file")
            }
            if caseFile != nil, advice || ownInitiative {
                throw usageError("--advice-requested, --advice-on-agenda and --own-initiative are for use without a case file")
            }
            if ownInitiative, adviceRequested == nil, adviceOnAgenda == nil {
                throw usageError("--own-initiative goes with --advice-requested or --advice-on-agenda")
            }
            if meeting == nil, urgent || received != nil {
                throw usageError("--urgent and --received need --meeting")
            }
        }

        func run() throws {
            if let caseFile {
                try runCase(caseFile)
                return
            }
            let profile = try CaseSupport.loadProfile(self.profile!)
            guard let meeting else {
                try runAdvice(profile)
                return
            }
            let meetingDate = try CaseSupport.parseDate(meeting, option: "--meeting")
            let receivedDate = try received.map { try CaseSupport.parseDate($0, option: "--received") }
            let check = AkteRules.Deadlines.checkNotice(meeting: meetingDate, plannedSending: nil, urgent: urgent, profile: profile)
            let convene = receivedDate.map { AkteRules.Deadlines.conveningDeadline(reportReceived: $0, profile: profile) }
            let option = receivedDate.flatMap { AkteRules.Deadlines.optionalSuspension(reportReceived: $0, profile: profile, chosen: nil) }
            if json {
                print(JSON.object([
                    ("latestSendDate", .string(check.latestSendingDate.iso)),
                    ("noticeRule", .string(check.ruleText)),
                    ("conveneDeadline", JSON.optionalString(convene?.iso)),
                    ("holidaysConsidered", .array(check.holidaysConsidered.map { .string($0.date.iso) })),
                    ("holidays", .array(check.holidaysConsidered.map { .object([("date", .string($0.date.iso)), ("name", .string($0.name))]) })),
                    ("profile", .string(profile.id)),
                    ("meeting", .string(meetingDate.iso)),
                    ("urgent", .bool(urgent)),
                    ("counting", .string(profile.counting.rawValue)),
                    ("conveneDeadlineWithSuspension", JSON.optionalString(option?.withSuspension.iso)),
                ]).text)
                return
            }
            print("profile: \(profile.id) (\(profile.name))")
            print("meeting: \(DutchFormat.longDate(meetingDate))\(urgent ? " (urgent)" : "")")
            print("notice: \(check.ruleText)")
            let note = DutchFormat.dayNote(check.latestSendingDate, in: profile.calendar).map { ", \($0)" } ?? ""
            print("latest sending date: \(DutchFormat.longDate(check.latestSendingDate)) (\(check.latestSendingDate)\(note))")
            if !check.holidaysConsidered.isEmpty {
                print("holidays considered: " + check.holidaysConsidered.map { "\($0.name) \(DutchFormat.numericDate($0.date))" }.joined(separator: ", "))
            }
            if let receivedDate, let convene {
                let rule = ConveningFacts(reportReceived: receivedDate, deadline: convene,
                    suspendedDays: AkteRules.Deadlines.suspendedDays(after: receivedDate, through: convene, suspensions: profile.convening.mandatorySuspensions),
                    rule: profile.convening)
                print("convening deadline: \(DutchFormat.longDate(convene)) (\(convene)); \(rule.ruleText)")
                if let option, option.matters { print(Report.optionalSuspensionLine(option), terminator: "") }
            }
        }

        /// Wommelgem art. 47, 54; Kinrooi art. 13–15 (and art. 16: both ways when the summer suspension is optional).
        func runAdvice(_ profile: RuleProfile) throws {
            let requested = try adviceRequested.map { try CaseSupport.parseDate($0, option: "--advice-requested") }
            let onAgenda = try adviceOnAgenda.map { try CaseSupport.parseDate($0, option: "--advice-on-agenda") }
            let initiative: AdviceInitiative = ownInitiative ? .ownInitiative : .council
            guard let result = AdviceProcedure.deadlines(profile: profile, initiative: initiative, requested: requested ?? onAgenda!,
                                                         onAgenda: onAgenda) else {
                printError("the profile \(profile.id) has no advice procedure (adviceProcedure)")
                throw AkteExit.inputError
            }
            let article = profile.adviceProcedure?.article
            func termJSON(_ t: AdviceDeadlines.Term?) -> JSON {
                guard let t else { return .null }
                return .object([("from", .string(t.from.iso)), ("deadline", .string(t.deadline.iso)),
                                ("withOptionalSuspension", JSON.optionalString(t.withOptionalSuspension?.iso)),
                                ("article", JSON.optionalString(t.period.article))])
            }
            if json {
                print(JSON.object([
                    ("profile", .string(profile.id)),
                    ("initiative", .string(initiative.rawValue)),
                    ("convening", termJSON(requested == nil ? nil : result.convening)),
                    ("advice", termJSON(result.advice)),
                    ("extendable", .bool(result.extendable)),
                    ("recipients", .array(result.recipients.map { .string($0) })),
                ]).text)
                return
            }
            print("profile: \(profile.id) (\(profile.name))")
            print("advice procedure\(article.map { " (\($0))" } ?? ""): \(initiative == .council ? "asked by the council" : "on the commission's own initiative")")
            func line(_ label: String, _ t: AdviceDeadlines.Term?, none: String) {
                guard let t else {
                    print("\(label): \(none)")
                    return
                }
                var text = "\(label): \(DutchFormat.longDate(t.deadline)) (\(t.deadline)); within \(t.period.amount) \(t.period.unit.english(t.period.amount)) of \(DutchFormat.longDate(t.from))\(t.period.article.map { " (\($0))" } ?? "")"
                if let with = t.withOptionalSuspension {
                    text += "; with the optional suspension: \(DutchFormat.longDate(with)) (\(with)), not applied unless the case chooses it"
                }
                print(text)
            }
            if requested != nil {
                line("convening deadline", result.convening,
                     none: initiative == .ownInitiative ? "none (no request: the commission takes the initiative)" : "none (the rules set no time limit)")
            }
            if onAgenda != nil || profile.adviceProcedure?.advice == nil {
                line("advice deadline", result.advice, none: "none (the rules set no time limit)")
            } else {
                print("advice deadline: give --advice-on-agenda (the term runs from the day the question is put on the agenda)")
            }
            if result.advice != nil, result.extendable { print("  the commission may ask to extend it") }
            if !result.recipients.isEmpty { print("communicated to: \(result.recipients.joined(separator: "; "))") }
        }

        func runCase(_ path: String) throws {
            guard case let .commission(c) = try CaseSupport.loadCase(path) else {
                printError("\(path): deadlines apply to a commission case (kind: commissie), not to a reflection session")
                throw AkteExit.inputError
            }
            let profile = try CaseSupport.profile(for: c)
            let facts = CaseEvaluator.evaluate(c, profile: profile)
            if json {
                let meetings: [JSON] = facts.meetings.map { m in
                    let n = m.notice
                    return .object([
                        ("id", .string(m.meetingID)),
                        ("meeting", .string(n.meetingDate.iso)),
                        ("urgent", .bool(n.urgent)),
                        ("latestSendDate", .string(n.latestSendingDate.iso)),
                        ("plannedSending", JSON.optionalString(n.plannedSending?.iso)),
                        ("countedDays", n.countedDays.map(JSON.int) ?? .null),
                        ("required", .int(n.required.amount)),
                        ("satisfied", n.satisfied.map(JSON.bool) ?? .null),
                        ("noticeRule", .string(n.ruleText)),
                        ("holidaysConsidered", .array(n.holidaysConsidered.map { .string($0.date.iso) })),
                        ("holidays", .array(n.holidaysConsidered.map { .object([("date", .string($0.date.iso)), ("name", .string($0.name))]) })),
                        ("minutesDeadline", JSON.optionalString(m.minutesDeadline?.iso)),
                        ("remarksDeadline", JSON.optionalString(m.remarksDeadline?.iso)),
                    ])
                }
                print(JSON.object([
                    ("profile", .string(profile.id)),
                    ("counting", .string(profile.counting.rawValue)),
                    ("conveneDeadline", JSON.optionalString(facts.convening?.deadline.iso)),
                    ("summerSuspension", c.summerSuspension.map(JSON.bool) ?? .null),
                    ("conveneDeadlineWithoutSuspension", JSON.optionalString(facts.convening?.optionalSuspension?.withoutSuspension.iso)),
                    ("conveneDeadlineWithSuspension", JSON.optionalString(facts.convening?.optionalSuspension?.withSuspension.iso)),
                    ("requests", .array(facts.requests.map { r in .object([
                        ("meeting", .string(r.meetingID)), ("received", .string(r.received.iso)),
                        ("requesters", .int(r.sittingRequesters.count)), ("members", .int(r.members)),
                        ("required", .int(r.required)), ("deadline", JSON.optionalString(r.deadline?.iso)),
                    ]) })),
                    ("meetings", .array(meetings)),
                    ("notificationDeadline", JSON.optionalString(facts.notificationDeadline?.iso)),
                    // An advice procedure (kind: advies): its terms, null where the rules set none (Wommelgem art. 47, 54).
                    ("adviceConveneDeadline", JSON.optionalString(facts.advice?.convening?.deadline.iso)),
                    ("adviceConveneDeadlineWithSuspension", JSON.optionalString(facts.advice?.convening?.withOptionalSuspension?.iso)),
                    ("adviceDeadline", JSON.optionalString(facts.advice?.advice?.deadline.iso)),
                    ("adviceDeadlineWithSuspension", JSON.optionalString(facts.advice?.advice?.withOptionalSuspension?.iso)),
                ]).text)
            } else {
                print(Report.deadlines(c, facts), terminator: "")
            }
        }
    }
}
