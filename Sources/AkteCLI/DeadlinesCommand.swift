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

        /// Checked at the start of `run()`, not in `validate()`: a usage error here exits 2 (README),
        /// and `akte help` (which calls `validate()`) must not print it.
        func checkArguments() throws {
            if caseFile == nil, profile == nil || meeting == nil {
                throw usageError("give a case file, or --profile and --meeting")
            }
            if caseFile != nil, meeting != nil || received != nil || urgent {
                throw usageError("--meeting, --received and --urgent are for use without a case file")
            }
        }

        func run() throws {
            try checkArguments()
            if let caseFile {
                try runCase(caseFile)
                return
            }
            let profile = try CaseSupport.loadProfile(self.profile!)
            let meetingDate = try CaseSupport.parseDate(meeting!, option: "--meeting")
            let receivedDate = try received.map { try CaseSupport.parseDate($0, option: "--received") }
            let check = AkteRules.Deadlines.checkNotice(meeting: meetingDate, plannedSending: nil, urgent: urgent, profile: profile)
            let convene = receivedDate.map { AkteRules.Deadlines.conveningDeadline(reportReceived: $0, profile: profile) }
            let option = receivedDate.flatMap { AkteRules.Deadlines.optionalSuspension(reportReceived: $0, profile: profile, chosen: nil) }
            if json {
                print(JSON.object([
                    ("latestSendDate", .string(check.latestSendingDate.iso)),
                    ("noticeRule", .string(check.ruleText)),
                    ("conveneDeadline", JSON.optionalString(convene?.iso)),
                    ("conveneDeadlineWithSuspension", JSON.optionalString(option?.withSuspension.iso)),
                    ("holidaysConsidered", .array(check.holidaysConsidered.map { .string($0.date.iso) })),
                    ("holidays", .array(check.holidaysConsidered.map { .object([("date", .string($0.date.iso)), ("name", .string($0.name))]) })),
                    ("profile", .string(profile.id)),
                    ("meeting", .string(meetingDate.iso)),
                    ("urgent", .bool(urgent)),
                    ("counting", .string(profile.counting.rawValue)),
                ]).text)
                return
            }
            print("profile: \(profile.id) (\(profile.name))")
            print("meeting: \(DutchFormat.longDate(meetingDate))\(urgent ? " (urgent)" : "")")
            print("notice: \(check.ruleText)")
            print("latest sending date: \(DutchFormat.longDate(check.latestSendingDate)) (\(check.latestSendingDate))")
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
                ]).text)
            } else {
                print(Report.deadlines(c, facts), terminator: "")
            }
        }
    }
}
