import AkteTestSupport
import Foundation
import Testing

@Suite("akte stats (CLI)")
struct StatsCommandTests {
    static let example = TestPaths.repositoryRoot.appendingPathComponent("Examples/reflectiekamer-voorbeeld.yaml")

    @Test("counts per theme, role category, year and month; no names, no places, no days")
    func counts() throws {
        let folder = try TemporaryFolder.make("stats")
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: Self.example, encoding: .utf8)
        let other = text.replacingOccurrences(of: "date: 2025-05-14", with: "date: 2025-11-03")
            .replacingOccurrences(of: "  function: schepen van ruimtelijke ordening", with: "  function: gemeenteraadslid")
            .replacingOccurrences(of: "themes: [belangenvermenging, onthouding]", with: "themes: [Belangenvermenging, geschenken]")
            .replacingOccurrences(of: "number: RK-2025-07", with: "number: RK-2025-12")
        #expect(other != text)
        try other.write(to: folder.appendingPathComponent("tweede.yaml"), atomically: true, encoding: .utf8)
        let result = try AkteBinary.run(["stats", Self.example.path, "tweede.yaml", Self.example.path], currentDirectory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        // The example given twice is one session (issue 11, item 8); themes are counted by category of the
        // code (onthouding belongs to belangenvermenging, art. 2–10), never copied.
        #expect(result.stdout == """
            thema,rolcategorie,jaar,maand,aantal\r
            belangenvermenging,uitvoerend mandataris,2025,5,1\r
            belangenvermenging,raadslid,2025,11,1\r
            geschenken en voordelen,raadslid,2025,11,1\r

            """)
        #expect(result.stderr.contains("the same file as \(Self.example.path); counted once"), "\(result.stderr)")
        for secret in ["Marijke", "Oostervelde", "14", "RK-2025"] { #expect(!result.stdout.contains(secret)) }
    }

    @Test("a commission case is not a reflection session: exit 2")
    func commissionCase() throws {
        let file = TestPaths.repositoryRoot.appendingPathComponent("Examples/commissie-kinrooi.yaml").path
        let result = try AkteBinary.run(["stats", file])
        #expect(result.status == 2)
        #expect(result.stderr.contains("not a reflection-session file"))
    }
}
