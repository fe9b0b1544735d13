import AkteTestSupport
import Foundation
import Testing

/// Whole-output snapshots: every command's help and the `check`, `deadlines` and `seats` reports on the bundled
/// examples, compared line for line with `Fixtures/Snapshots` (exit status and stderr too). A fragment test passes
/// when a line is added, lost or moved; these do not. `AKTE_RECORD=1` rewrites a snapshot and fails the test.
///
/// Reviewed against `../shared/domain/RULES.md` and the seeds when recorded (2026-12-02), among others:
/// Wommelgem: report 1 July + 30 days, 11 July–15 August (36 days) suspended → 5 September (art. 52); 8 clear days
/// before 4 and 18 September → 26 August and 9 September (art. 46 §1); seats 3,35 / 1,22 / 0,91 / 0,91 / 0,61 →
/// 3-1-1-1-1 as in the seed's table (art. 45 §2); votes 5 of 6 and 17 of 19 valid votes, abstentions not counted.
/// Kinrooi: 15 September + 30 days → 15 October (art. 3); 8 working days before 16 October → Sunday 5 October,
/// urgent 2 working days before 2 October → 29 September (art. 3); largest remainders 3,04 / 0,91 / 1,83 / 1,22 →
/// 3-1-2-1, said not to be the profile's rule; the 2–2 tie decided by the chair's vote (art. 6). Advice: 24 September
/// + 30 → 24 October (art. 13), 16 October + 30 → 15 November (art. 14); 8 working days before 13 November with
/// Armistice Day (11 November) skipped → 30 October.
@Suite struct OutputSnapshotTests {
    static let snapshots = TestPaths.fixtures().appendingPathComponent("Snapshots")

    /// Every command and subcommand, as `akte` lists them (`akte --help`, `akte templates --help`).
    static let commands: [[String]] = [
        [], ["check"], ["deadlines"], ["seats"], ["init"], ["generate"], ["stats"], ["render"],
        ["templates"], ["templates", "keys"], ["validate"], ["sign"], ["verify"], ["demo"],
    ]

    @Test("--help of every command, whole", arguments: commands)
    func help(command: [String]) throws {
        let name = (["akte"] + command).joined(separator: "-")
        // The argument parser wraps help at $COLUMNS when it is set (an exported terminal width): fix it at 80.
        try AkteBinary.expectOutput(command + ["--help"], matches: Self.snapshots.appendingPathComponent("help/\(name).txt"),
                                    environment: ["COLUMNS": "80"])
    }

    @Test("the command list of `akte --help` is the list these snapshots cover")
    func everyCommandHasASnapshot() throws {
        let result = try AkteBinary.run(["--help"])
        let listed = result.stdout.components(separatedBy: "SUBCOMMANDS:\n").last?.split(separator: "\n")
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") && !$0.contains("'akte help") }
            .compactMap { $0.split(separator: " ").first.map(String.init) } ?? []
        #expect(listed == Self.commands.filter { $0.count == 1 }.map { $0[0] })
    }

    static let commissionExamples = ["commissie-voorbeeld", "commissie-kinrooi", "advies-kinrooi"]
    static let reports: [(command: String, example: String)] =
        (commissionExamples + ["reflectiekamer-voorbeeld"]).map { ("check", $0) }
        + commissionExamples.map { ("deadlines", $0) } + commissionExamples.map { ("seats", $0) }

    /// Run from the checkout with a relative path, as the README does, so the file names in the report are stable.
    @Test("check, deadlines and seats on the bundled examples, whole", arguments: reports)
    func report(command: String, example: String) throws {
        try AkteBinary.expectOutput([command, "Examples/\(example).yaml"],
                                    matches: Self.snapshots.appendingPathComponent("\(command)/\(example).txt"),
                                    currentDirectory: TestPaths.repositoryRoot)
    }

    /// Seat allocations the code leaves open or decides by its last sentence (art. 45 §2), each reviewed by hand:
    /// A 10 (college), B 4, C 4, D 3 of 21: A, B and C tie (0,33) for the last seat, only A keeps the college above
    /// the others → decided (exit 0). A 12 (college), B 5, C 5 of 22: B and C tie (0,59), either keeps the college
    /// at 4 of 7 → a proposal (exit 1). A 6 + B 3 (college), C 8, D 4 of 21: largest remainders give C the seventh
    /// seat and the college 3 of 7 → four ways to move one seat, akte's choice labelled as its own (exit 1).
    static let seatCases: [(name: String, arguments: [String], status: Int32)] = [
        ("tie-decided-by-college", ["--fraction", "A=10", "--fraction", "B=4", "--fraction", "C=4", "--fraction", "D=3", "--coalition", "A"], 0),
        ("open-tie", ["--fraction", "A=12", "--fraction", "B=5", "--fraction", "C=5", "--coalition", "A"], 1),
        ("coalition-correction", ["--fraction", "A=6", "--fraction", "B=3", "--fraction", "C=8", "--fraction", "D=4",
                                  "--coalition", "A", "--coalition", "B"], 1),
    ]

    @Test("seats: a tie or a coalition correction, the whole proposal", arguments: seatCases)
    func seatProposal(name: String, arguments: [String], status: Int32) throws {
        try AkteBinary.expectOutput(["seats", "--members", "7"] + arguments,
                                    matches: Self.snapshots.appendingPathComponent("seats/\(name).txt"), status: status)
    }

    @Test("deadlines and seats refuse a reflection session: exit 2, one line naming the file", arguments: ["deadlines", "seats"])
    func reflectionIsNotACommission(command: String) throws {
        let result = try AkteBinary.run([command, "Examples/reflectiekamer-voorbeeld.yaml"], currentDirectory: TestPaths.repositoryRoot)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        let applies = command == "deadlines" ? "deadlines apply to a commission case (kind: commissie), not to a reflection session"
                                             : "seats apply to a commission case (kind: commissie)"
        #expect(result.stderr == "Examples/reflectiekamer-voorbeeld.yaml: \(applies)\n")
    }
}
