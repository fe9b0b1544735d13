import Foundation
import Testing

/// Issue 10: `akte check` and `akte generate` agree, as a user runs them, on every scenario of the matrix
/// (Tests/AkteTests/Scenarios) and every bundled example: whenever check exits 1, generate exits 1 and
/// writes nothing; whenever check exits 0, generate writes.
@Suite struct ScenarioAgreementTests {
    static let scenarios = TestPaths.repositoryRoot.appendingPathComponent("Tests/AkteTests/Scenarios")
    static let examples = TestPaths.repositoryRoot.appendingPathComponent("Examples")

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
