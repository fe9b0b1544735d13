import AkteODF
import AkteZip
import AkteTestSupport
import Foundation
import Testing

/// LibreOffice (`soffice`) and poppler (`pdftotext`), found on PATH. When they are missing the round
/// trips are skipped with a printed reason, except under `CI=true`, where that is a failure.
enum LibreOffice {
    static let isAvailable = TestSupport.isInstalled("soffice") && TestSupport.isInstalled("pdftotext")
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// Converts `file` with a private profile (parallel runs must not share one) into `folder`.
    static func convert(_ file: URL, to format: String, in folder: URL) throws -> URL {
        let profile = folder.appendingPathComponent("profile-\(UUID().uuidString)")
        let outdir = folder.appendingPathComponent("out-\(format)")
        let run = TestSupport.run("soffice", [
            "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore",
            "--convert-to", format, "--outdir", outdir.path, file.path,
        ], timeout: .seconds(180))
        let result = outdir.appendingPathComponent(file.deletingPathExtension().lastPathComponent + "." + format)
        guard let run, run.status == 0, FileManager.default.fileExists(atPath: result.path) else {
            throw ConversionFailed(message: "soffice --convert-to \(format) failed: \(run?.output ?? "could not start")")
        }
        return result
    }

    struct ConversionFailed: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}

@Suite(.serialized) struct LibreOfficeTests {
    @Test func libreOfficeIsAvailableWhereRequired() {
        if LibreOffice.isAvailable { return }
        if LibreOffice.isCI {
            Issue.record("CI=true but soffice or pdftotext is missing: the LibreOffice round trips cannot run")
        } else {
            print("skipping LibreOffice round trips: soffice or pdftotext is not installed")
        }
    }

    private func writeSample(in folder: URL) throws -> URL {
        let file = folder.appendingPathComponent("voorbeeldbrief.odt")
        try ODTWriter(metadata: testMetadata()).write(try SampleLetter.package(), to: file, overwrite: false)
        return file
    }

    @Test(.enabled(if: LibreOffice.isAvailable, "needs soffice and pdftotext"))
    func ourDocumentPrintsTheExpectedText() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = try LibreOffice.convert(try writeSample(in: folder), to: "pdf", in: folder)
        let text = try #require(TestSupport.run("pdftotext", ["-enc", "UTF-8", pdf.path, "-"]))
        #expect(text.status == 0)
        #expect(text.output.contains("Voorbeeldbrief"))
        #expect(text.output.contains("mevrouw A. Janssens & de heer B. Peeters"))
        #expect(text.output.contains("\"melding <ref. 2025/014>\""))
        #expect(text.output.contains("De agenda en de stukken liggen ter inzage"))
    }

    @Test(.enabled(if: LibreOffice.isAvailable, "needs soffice"))
    func libreOfficeResaveIsExtendedAndOurRewriteConforming() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let resaved = try LibreOffice.convert(try writeSample(in: folder), to: "odt", in: folder)
        let validator = try PackageValidator()
        #expect(try validator.validate(contentsOf: resaved).conformance == .extended)
        // Reading LibreOffice's file and writing it again strips the foreign content.
        let rewritten = try ODTWriter(metadata: testMetadata()).data(for: try ODFPackage.read(contentsOf: resaved))
        let report = try validator.validate(odt: rewritten)
        #expect(report.problems == [])
        #expect(report.conformance == .conforming)
    }

    @Test(.enabled(if: LibreOffice.isAvailable, "needs soffice"))
    func libreOfficeFlatSaveSplitsIntoAConformingPackage() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let flat = try LibreOffice.convert(try writeSample(in: folder), to: "fodt", in: folder)
        #expect(try PackageValidator().validate(contentsOf: flat).conformance == .extended)
        let package = try ODFPackage.read(contentsOf: flat)
        let data = try ODTWriter(metadata: testMetadata()).data(for: package)
        #expect(try PackageValidator().validate(odt: data).conformance == .conforming)
        #expect(try ODFPackage.read(odt: data).textBody.textContent.contains("Geachte raadsleden,"))
    }
}
