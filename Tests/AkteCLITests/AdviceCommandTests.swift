import AkteTestSupport
import Foundation
import Testing

/// The advice procedure from the command line (`kind: advies`): check and deadlines print its terms as the
/// articles set them (Kinrooi art. 13–14), or say that the rules set none (Wommelgem art. 47, 54).
@Suite struct AdviceCommandTests {
    static let example = TestPaths.examples.appendingPathComponent("advies-kinrooi.yaml")

    // The text of `check` on this example is a whole-output snapshot (OutputSnapshotTests); this is the JSON.
    @Test("deadlines --json, Kinrooi: convene by 24 October (24 Sep + 30 days, art. 13), advice by 15 November (16 Oct + 30 days, art. 14)")
    func deadlinesKinrooi() throws {
        let json = try AkteBinary.run(["deadlines", Self.example.path, "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout.contains(#""adviceConveneDeadline":"2025-10-24""#) && json.stdout.contains(#""adviceDeadline":"2025-11-15""#))
    }

    @Test("init advies writes a Wommelgem starter that check accepts, saying the rules set no term (art. 47, 54)")
    func initAndCheckWommelgem() throws {
        let folder = try TemporaryFolder.make("advice-init")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("advies.yaml")
        let written = try AkteBinary.run(["init", "advies", file.path])
        #expect(written.status == 0, "\(written.stderr)")
        let check = try AkteBinary.run(["check", file.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("advice convening deadline: none set by the rules (art. 47, 54)"))
        #expect(check.stdout.contains("advice deadline: none set by the rules (art. 47, 54)"))
        #expect(check.stdout.contains("[art. 54] (advice.councilEvaluation)"))
    }
}
