import AkteTestSupport
import Foundation
import Testing

/// `akte check` and `akte deadlines` on the procedure scenarios (Tests/AkteTests/Scenarios/): Kinrooi art. 16 is a
/// choice shown both ways; a meeting convened at the request of members shows the share and the time limit.
@Suite struct ProcedureCommandTests {
    static let scenarios = TestPaths.repositoryRoot.appendingPathComponent("Tests/AkteTests/Scenarios")

    func scenario(_ name: String, _ replacements: [(String, String)] = []) throws -> (folder: URL, file: URL) {
        var text = try String(contentsOf: Self.scenarios.appendingPathComponent(name), encoding: .utf8)
        for (old, new) in replacements {
            try #require(text.contains(old))
            text = text.replacingOccurrences(of: old, with: new)
        }
        let folder = try TemporaryFolder.make("procedure")
        let file = folder.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return (folder, file)
    }

    @Test("Wommelgem art. 45 §4: the chair as respondent is replaced by the deputy, and check cites the article as text (it printed Optional(\"art. 45 §4\"))")
    func chairReplacementCitesTheArticle() throws {
        let result = try AkteBinary.run(["check", Self.scenarios.appendingPathComponent("wommelgem-chair-respondent.yaml").path])
        #expect(result.stdout.contains("chair for this case: Ann Verstraeten → Koen Mertens (art. 45 §4)\n"), "\(result.stdout)")
        #expect(!result.stdout.contains("Optional("))
    }

    @Test("Kinrooi art. 16, complaint of 20 June 2025, no choice: check prints 20 July without and 20 September with suspension, warns, exits 1 (sent 8 September)")
    func checkShowsBothWays() throws {
        let (folder, file) = try scenario("kinrooi-zomerschorsing.yaml")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try AkteBinary.run(["check", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("convening deadline: zondag 20 juli 2025 (2025-07-20)"))
        #expect(result.stdout.contains("not chosen (summerSuspension), none applied; without suspension zondag 20 juli 2025 (2025-07-20), with suspension zaterdag 20 september 2025 (2025-09-20)"))
        #expect(result.stdout.contains("warning: the time limits may be suspended tijdens de maanden juli en augustus (art. 16)"))
    }

    @Test("Kinrooi art. 16 chosen: summerSuspension: true → 20 September, the 8 September convocation is in time (exit 0)")
    func checkChosen() throws {
        let (folder, file) = try scenario("kinrooi-zomerschorsing.yaml", [("collegeChair: tine", "summerSuspension: true\ncollegeChair: tine")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try AkteBinary.run(["check", file.path])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("convening deadline: zaterdag 20 september 2025 (2025-09-20)"))
        #expect(result.stdout.contains("applied (summerSuspension: true); without suspension zondag 20 juli 2025 (2025-07-20)"))
    }

    @Test("deadlines (case and --profile) show both Kinrooi deadlines; JSON carries both")
    func deadlinesBothWays() throws {
        let (folder, file) = try scenario("kinrooi-zomerschorsing.yaml")
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try AkteBinary.run(["deadlines", file.path])
        #expect(text.stdout.contains("with suspension zaterdag 20 september 2025 (2025-09-20)"))
        let json = try AkteBinary.run(["deadlines", file.path, "--json"])
        #expect(json.stdout.contains("\"conveneDeadline\": \"2025-07-20\"") || json.stdout.contains("\"conveneDeadline\":\"2025-07-20\""))
        #expect(json.stdout.contains("2025-09-20"))
        #expect(json.stdout.contains("summerSuspension"))
        let profile = try AkteBinary.run(["deadlines", "--profile", "kinrooi-2025", "--meeting", "2025-09-04", "--received", "2025-06-20"])
        #expect(profile.stdout.contains("convening deadline: zondag 20 juli 2025 (2025-07-20)"))
        #expect(profile.stdout.contains("with suspension zaterdag 20 september 2025 (2025-09-20)"))
        // Wommelgem art. 52's window is mandatory: one deadline, no choice.
        let wommelgem = try AkteBinary.run(["deadlines", "--profile", "wommelgem-2023", "--meeting", "2025-09-04", "--received", "2025-07-01"])
        #expect(wommelgem.stdout.contains("convening deadline: vrijdag 5 september 2025 (2025-09-05)"))
        #expect(!wommelgem.stdout.contains("optional suspension"))
    }

    @Test("check on a meeting requested by members: share, requirement and the Kinrooi eight-day limit (art. 3)")
    func checkRequest() throws {
        let (folder, file) = try scenario("kinrooi-verzoek-derde.yaml")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try AkteBinary.run(["check", file.path])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("meeting eerste requested on maandag 22 september 2025 by 3 of 7 members (at least 3 required) (art. 3); convene by dinsdag 30 september 2025 (2025-09-30)"))
        let (folder2, tooFew) = try scenario("kinrooi-verzoek-derde.yaml", [("by: [kris, anke, wout]", "by: [kris, anke]")])
        defer { try? FileManager.default.removeItem(at: folder2) }
        let refused = try AkteBinary.run(["check", tooFew.path])
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("the request is made by 2 of the 7 members"))
    }

    @Test("deadlines --advice-requested: Kinrooi art. 13–15 (both ways over the summer), own initiative, Wommelgem without terms")
    func adviceDeadlines() throws {
        let kinrooi = try AkteBinary.run(["deadlines", "--profile", "kinrooi-2025", "--advice-requested", "2025-06-20", "--advice-on-agenda", "2025-07-10"])
        #expect(kinrooi.status == 0, "\(kinrooi.stderr)")
        #expect(kinrooi.stdout.contains("convening deadline: zondag 20 juli 2025 (2025-07-20); within 30 calendar days of vrijdag 20 juni 2025 (art. 13); with the optional suspension: zaterdag 20 september 2025 (2025-09-20)"))
        #expect(kinrooi.stdout.contains("advice deadline: zaterdag 9 augustus 2025 (2025-08-09)"))
        #expect(kinrooi.stdout.contains("communicated to: de voorzitter van de gemeenteraad/raad voor maatschappelijk welzijn; de voorzitter van het college van burgemeester en schepenen/vast bureau"))
        let own = try AkteBinary.run(["deadlines", "--profile", "kinrooi-2025", "--advice-requested", "2025-09-15", "--own-initiative", "--advice-on-agenda", "2025-10-02"])
        #expect(own.stdout.contains("convening deadline: none (no request: the commission takes the initiative)"))
        #expect(own.stdout.contains("advice deadline: zaterdag 1 november 2025 (2025-11-01)"))
        let wommelgem = try AkteBinary.run(["deadlines", "--profile", "wommelgem-2023", "--advice-requested", "2025-06-20", "--json"])
        #expect(wommelgem.stdout.contains("\"convening\": null") || wommelgem.stdout.contains("\"convening\":null"))
        #expect(wommelgem.stdout.contains("de raad"))
        let misuse = try AkteBinary.run(["deadlines", "--profile", "wommelgem-2023", "--own-initiative"])
        #expect(misuse.status == 2)
    }
}
