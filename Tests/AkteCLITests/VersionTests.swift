import AkteTestSupport
import Foundation
import Testing

@Suite struct VersionTests {
    @Test func versionPrintsSemanticVersion() throws {
        let result = try AkteBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }
}
