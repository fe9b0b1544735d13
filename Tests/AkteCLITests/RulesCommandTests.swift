import AkteTestSupport
import Foundation
import Testing

@Suite struct RulesCommandTests {
    static let examples = TestPaths.examples
    static let seedSeats = ["--members", "7", "--fraction", "N-VA=11", "--fraction", "Open VLD=4", "--fraction", "Gemeentebelangen=3",
                            "--fraction", "Groen=3", "--fraction", "Vlaams Belang=2", "--coalition", "N-VA", "--coalition", "Open VLD"]

    @Test("check: a rule violation exits 1 and points at the case file's line (Wommelgem art. 46 §1)")
    func checkViolation() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: Self.examples.appendingPathComponent("commissie-voorbeeld.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "    date: 2025-09-18\n", with: "    date: 2025-06-19\n")
            .replacingOccurrences(of: "plannedSending: 2025-09-08", with: "plannedSending: 2025-06-14")
        let file = folder.appendingPathComponent("case.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try AkteBinary.run(["check", "case.yaml"], currentDirectory: folder)
        #expect(result.status == 1)
        let line = text.components(separatedBy: "\n").firstIndex(of: "  - id: beraadslaging")! + 1
        #expect(result.stdout.contains("case.yaml:\(line):5: error: meeting beraadslaging: planned sending 2025-06-14, meeting donderdag 19 juni 2025: 4 clear days, 8 required; latest sending date: dinsdag 10 juni 2025; if the chair declares urgency, add urgent: true and urgencyMotivation [art. 46 §1] (notice.late)"))
    }

    @Test("check: an invalid case file exits 2 and prints file:line:column: field: message")
    func checkInputError() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: Self.examples.appendingPathComponent("commissie-kinrooi.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "    date: 2025-10-16\n", with: "    date: 2025-02-30\n")
        try text.write(to: folder.appendingPathComponent("case.yaml"), atomically: true, encoding: .utf8)
        let result = try AkteBinary.run(["check", "case.yaml"], currentDirectory: folder)
        #expect(result.status == 2)
        let line = text.components(separatedBy: "\n").firstIndex(of: "    date: 2025-02-30")! + 1
        #expect(result.stderr.contains("case.yaml:\(line):11: meetings[1].date: \"2025-02-30\" is not a date (YYYY-MM-DD)"))
    }

    @Test("check: an unknown profile name points at the case's profile line and suggests a name")
    func checkUnknownProfile() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: Self.examples.appendingPathComponent("commissie-kinrooi.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "profile: kinrooi-2025", with: "profile: kinroi-2025")
        try text.write(to: folder.appendingPathComponent("case.yaml"), atomically: true, encoding: .utf8)
        let result = try AkteBinary.run(["check", "case.yaml"], currentDirectory: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("case.yaml:5:10: profile: no shipped profile \"kinroi-2025\"; did you mean \"kinrooi-2025\"?"))
    }

    @Test("seats: the seed's table byte for byte (Wommelgem art. 45 §2)")
    func seatsText() throws {
        let result = try AkteBinary.run(["seats"] + Self.seedSeats)
        #expect(result.status == 0)
        #expect(result.stdout == """
        N-VA (11 : 23 X 7 = 3,35) of 3 mandaten
        Open VLD (4 : 23 X 7 = 1,22) of 1 mandaat
        Gemeentebelangen (3 : 23 X 7 = 0,91) of 1 mandaat
        Groen (3 : 23 X 7 = 0,91) of 1 mandaat
        Vlaams Belang (2 : 23 X 7 = 0,61) of 1 mandaat

        """)
    }

    @Test("seats --json: the documented shape")
    func seatsJSON() throws {
        let result = try AkteBinary.run(["seats"] + Self.seedSeats + ["--json"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(#"{"councilSize":23,"members":7,"allocation":[{"fraction":"N-VA","councilSeats":11,"quota":3.3478,"seats":3,"coalition":true},"#))
        #expect(result.stdout.hasSuffix(#""basis":"code","proposal":false,"ties":[],"correction":null,"alternatives":[],"alternativesComplete":true,"zeroSeats":[]}"# + "\n"))
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((object?["allocation"] as? [Any])?.count == 5)
    }

    // A 10 (college), B 4, C 4, D 3 of 21, committee 7: A, B and C tie (7/21) for the last seat; only A keeps the
    // college above the others (4 > 3), so art. 45 §2 (last sentence) decides: exit 0 (before: exit 1, left to the user).
    @Test("seats: a tie the college-majority rule decides exits 0 and says so (issue 10, finding 8a)")
    func seatsTieDecidedByCollege() throws {
        let arguments = ["seats", "--members", "7", "--fraction", "A=10", "--fraction", "B=4", "--fraction", "C=4", "--fraction", "D=3", "--coalition", "A"]
        let tie = try AkteBinary.run(arguments + ["--json"])
        #expect(tie.status == 0)
        #expect(tie.stdout.contains(#""basis":"college-majority","proposal":false,"ties":[{"fractions":["A","B","C"],"seatsAvailable":1,"winners":["A"],"decidedBy":"college-majority"}]"#))
        // The text report is a snapshot (OutputSnapshotTests.seatProposal, tie-decided-by-college).
    }

    // A 12 (college), B 5, C 5 of 22: B and C tie (13/22) for the last seat and either keeps the college at 4 of 7.
    @Test("seats: an open tie is a PROPOSAL with both alternatives (exit 1); --tie-break records the council's decision (exit 0)")
    func seatsOpenTie() throws {
        let arguments = ["seats", "--members", "7", "--fraction", "A=12", "--fraction", "B=5", "--fraction", "C=5", "--coalition", "A"]
        // The open proposal's text is a snapshot (OutputSnapshotTests.seatProposal, open-tie).
        let json = try AkteBinary.run(arguments + ["--json"])
        #expect(json.stdout.contains(#""proposal":true"#))
        #expect(json.stdout.contains(#""alternatives":[{"tieWinners":["B"],"moves":[],"allocation":[{"fraction":"A","seats":4},{"fraction":"B","seats":2},{"fraction":"C","seats":1}]},{"tieWinners":["C"]"#))
        let settled = try AkteBinary.run(arguments + ["--tie-break", "C", "--tie-break", "B"])
        #expect(settled.status == 0)
        #expect(settled.stdout.contains("C (5 : 22 X 7 = 1,59) of 2 mandaten\n"))
        let partial = try AkteBinary.run(arguments + ["--tie-break", "C"])
        #expect(partial.status == 2)
        #expect(partial.stderr.contains("--tie-break does not name B, which tie with equal remainders (B en C) for 1 seat"))
    }

    @Test("seats: a bad --fraction is a usage error (exit 2)")
    func seatsUsage() throws {
        let result = try AkteBinary.run(["seats", "--members", "7", "--fraction", "N-VA"])
        #expect(result.status == 2)
    }

    @Test("deadlines --json: Wommelgem, meeting 19 June 2025, report received 1 July 2025 (art. 46, 52)")
    func deadlinesJSON() throws {
        let result = try AkteBinary.run(["deadlines", "--profile", "wommelgem-2023", "--meeting", "2025-06-19", "--received", "2025-07-01", "--json"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(#"{"latestSendDate":"2025-06-10","noticeRule":"at least 8 calendar days before the meeting (art. 46 §1); clear days: neither the sending day nor the meeting day counts","conveneDeadline":"2025-09-05","holidaysConsidered":[]"#))
    }

    @Test("deadlines: Kinrooi urgent, 2 working days before Monday 14 July 2025 (art. 3)")
    func deadlinesKinrooiUrgent() throws {
        let result = try AkteBinary.run(["deadlines", "--profile", "kinrooi-2025", "--meeting", "2025-07-14", "--urgent", "--json"])
        #expect(result.stdout.contains(#""latestSendDate":"2025-07-08""#))
        #expect(result.stdout.contains(#""holidaysConsidered":["2025-07-11"],"holidays":[{"date":"2025-07-11","name":"Feest van de Vlaamse Gemeenschap"}]"#))
        #expect(result.stdout.contains(#""conveneDeadline":null"#))
    }

    // The text report of a case is a whole-output snapshot (OutputSnapshotTests); this is its JSON.
    @Test("deadlines CASE --json: Kinrooi, report received 15 September 2025 + 30 days → 15 October (art. 3)")
    func deadlinesCaseJSON() throws {
        let json = try AkteBinary.run(["deadlines", Self.examples.appendingPathComponent("commissie-kinrooi.yaml").path, "--json"])
        #expect(json.status == 0)
        #expect(json.stdout.contains(#""conveneDeadline":"2025-10-15""#))
    }

    @Test("deadlines: a bad date is a usage error (exit 2)")
    func deadlinesBadDate() throws {
        let result = try AkteBinary.run(["deadlines", "--profile", "wommelgem-2023", "--meeting", "2025-02-30"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\"2025-02-30\" is not a date"))
    }

    @Test("init: writes a commented starter that checks, and refuses to overwrite", arguments: ["commission", "reflection"])
    func initStarter(kind: String) throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try AkteBinary.run(["init", kind, "start.yaml"], currentDirectory: folder)
        #expect(first.status == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("start.yaml"), encoding: .utf8)
        #expect(text.hasPrefix("# akte case file"))
        let check = try AkteBinary.run(["check", "start.yaml"], currentDirectory: folder)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let again = try AkteBinary.run(["init", kind, "start.yaml"], currentDirectory: folder)
        #expect(again.status == 3)
        #expect(again.stderr.contains("already exists"))
        #expect(try String(contentsOf: folder.appendingPathComponent("start.yaml"), encoding: .utf8) == text)
    }
}
