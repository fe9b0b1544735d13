import AkteTestSupport
import Foundation
import Testing

/// Issue 10: `akte check` and `akte generate` agree, as a user runs them, on every scenario of the matrix
/// (Tests/AkteTests/Scenarios) and every bundled example: whenever check exits 1, generate exits 1 and
/// writes nothing; whenever check exits 0, generate writes.
@Suite struct ScenarioAgreementTests {
    static let scenarios = TestPaths.repositoryRoot.appendingPathComponent("Tests/AkteTests/Scenarios")
    static let examples = TestPaths.examples

    static var caseFiles: [String] {
        func yaml(_ folder: URL) -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
                .map { folder.appendingPathComponent($0).path }
        }
        return yaml(examples) + yaml(scenarios)
    }

    @Test("check exits 1 ⇔ generate exits 1 and writes nothing", arguments: caseFiles)
    func agree(_ path: String) throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("akte-agree-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let check = try AkteBinary.run(["check", path])
        let generate = try AkteBinary.run(["generate", path, "--out", out.path, "--format", "txt"])
        #expect([0, 1].contains(check.status), "\(check.stdout)\(check.stderr)")
        #expect(generate.status == check.status, "check \(check.status), generate \(generate.status): \(generate.stderr)")
        if check.status == 1 {
            #expect(!FileManager.default.fileExists(atPath: out.path), "generate wrote documents check rejects")
            // The refusal lists the findings exactly as check prints them (after the position).
            for line in check.stdout.split(separator: "\n") where line.contains(": error: ") {
                let finding = line.drop { $0 != " " }.dropFirst()
                #expect(generate.stderr.contains(finding), "missing in generate: \(finding)")
            }
        }
    }
}

/// Issue 10, finding 9: a latest sending date on a Sunday or a public holiday is printed saying so.
@Suite struct LatestSendingDayTests {
    @Test("deadlines --profile: Kinrooi, 8 clear working days before Thursday 16 October 2025: Sunday 5 October, named (art. 3)")
    func sundayNamed() throws {
        let result = try AkteBinary.run(["deadlines", "--profile", "kinrooi-2025", "--meeting", "2025-10-16"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("latest sending date: zondag 5 oktober 2025 (2025-10-05, a Sunday)"))
    }

    @Test("deadlines --profile: Wommelgem, 8 clear days before Thursday 20 November 2025: Tuesday 11 November, Wapenstilstand (art. 46 §1)")
    func holidayNamed() throws {
        let result = try AkteBinary.run(["deadlines", "--profile", "wommelgem-2023", "--meeting", "2025-11-20"])
        #expect(result.stdout.contains("latest sending date: dinsdag 11 november 2025 (2025-11-11, a public holiday: Wapenstilstand)"))
    }
}
