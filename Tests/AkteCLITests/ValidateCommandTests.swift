import AkteTestSupport
import Foundation
import Testing

@Suite struct ValidateCommandTests {

    private var libreOfficeFixture: String {
        TestPaths.repositoryRoot.appendingPathComponent("Tests/AkteODFTests/Fixtures/libreoffice-voorbeeldbrief.odt").path
    }

    @Test func demoWritesAConformingLetterAndRefusesToOverwrite() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try AkteBinary.run(["demo", "--out", folder.path])
        let letter = folder.appendingPathComponent("demo/voorbeeldbrief.odt").path
        #expect(first.status == 0)
        #expect(first.stdout == "wrote \(folder.path)/demo/voorbeeldbrief.odt\n\(letter): conforming\n")
        let again = try AkteBinary.run(["demo", "--out", folder.path])
        #expect(again.status == 3)
        #expect(again.stderr.contains("--force"))
        let forced = try AkteBinary.run(["demo", "--out", folder.path, "--force"])
        #expect(forced.status == 0)

        let validated = try AkteBinary.run(["validate", letter])
        #expect(validated.status == 0)
        #expect(validated.stdout == "\(letter): conforming\n")
    }

    @Test func demoIsByteIdenticalWithSourceDateEpoch() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["SOURCE_DATE_EPOCH": "1767225600"]
        _ = try AkteBinary.run(["demo", "--out", folder.appendingPathComponent("a").path], environment: environment)
        _ = try AkteBinary.run(["demo", "--out", folder.appendingPathComponent("b").path], environment: environment)
        let a = try Data(contentsOf: folder.appendingPathComponent("a/demo/voorbeeldbrief.odt"))
        let b = try Data(contentsOf: folder.appendingPathComponent("b/demo/voorbeeldbrief.odt"))
        #expect(!a.isEmpty && a == b)
    }

    @Test func extendedFileFailsUnlessExtendedIsAccepted() throws {
        let strict = try AkteBinary.run(["validate", libreOfficeFixture])
        #expect(strict.status == 1)
        let lines = strict.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(libreOfficeFixture): extended")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("\(libreOfficeFixture): styles.xml:") || $0.hasPrefix("\(libreOfficeFixture): content.xml:") })
        let relaxed = try AkteBinary.run(["validate", "--extended", libreOfficeFixture])
        #expect(relaxed.status == 0)
    }

    @Test func unreadableInputExitsWithTwo() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = folder.appendingPathComponent("brief.odt")
        try Data("geen zip".utf8).write(to: text)
        let result = try AkteBinary.run(["validate", text.path, folder.appendingPathComponent("missing.odt").path])
        #expect(result.status == 2)
        #expect(result.stdout.contains("\(text.path): unreadable"))
        #expect(result.stderr.contains("missing.odt"))
    }

    @Test func invalidFileExitsWithOneAndNamesPartAndLine() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let flat = folder.appendingPathComponent("kapot.fodt")
        try Data("""
            <?xml version="1.0"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
            <office:body><office:bogus/></office:body>
            </office:document>
            """.utf8).write(to: flat)
        let result = try AkteBinary.run(["validate", flat.path])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("\(flat.path): invalid\n"))
        #expect(result.stdout.contains("\(flat.path): kapot.fodt:3: "))
    }

    @Test func noFilesIsAUsageError() throws {
        let result = try AkteBinary.run(["validate"])
        // README, "Exit codes": a usage error exits 2 (AkteCommand.main maps ArgumentParser's 64).
        #expect(result.status == 2)
        #expect(result.stderr.contains("Missing expected argument"))
        #expect(result.stdout.isEmpty)
    }
}
