import AkteODF
import AkteXML
import AkteZip
import AkteTestSupport
import Foundation
import Testing

/// A fixed metadata so tests do not depend on the environment.
func testMetadata(_ environment: [String: String] = [:]) -> ODFMetadata {
    ODFMetadata(version: "9.9.9", title: SampleLetter.title, environment: environment)
}

func sampleODT(_ environment: [String: String] = [:]) throws -> Data {
    try ODTWriter(metadata: testMetadata(environment)).data(for: try SampleLetter.package())
}

@Suite struct ODTWriterTests {
    @Test func writtenDocumentIsConforming() throws {
        let report = try PackageValidator().validate(odt: try sampleODT())
        #expect(report.problems == [])
        #expect(report.conformance == .conforming)
    }

    @Test func layoutOfThePackage() throws {
        let archive = try ZipArchive(data: try sampleODT())
        #expect(archive.entryNames == ["mimetype", "content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"])
        #expect(archive.entries[0].isStored && !archive.entries[0].hasExtraFields)
        #expect(try archive.read("mimetype") == Data(ODFMediaType.text.utf8))
        let manifest = String(decoding: try archive.read("META-INF/manifest.xml"), as: UTF8.self)
        #expect(manifest.contains("manifest:version=\"1.3\""))
        for part in ["content.xml", "styles.xml", "meta.xml"] {
            #expect(manifest.contains("manifest:full-path=\"\(part)\" manifest:media-type=\"text/xml\""))
            let xml = try XMLDocument(data: try archive.read(part), name: part)
            #expect(xml.root?.attribute("version", namespaceURI: ODFNamespace.office) == "1.3")
        }
    }

    @Test func reopenedDocumentKeepsTheText() throws {
        let package = try ODFPackage.read(odt: try sampleODT())
        let text = try package.textBody.textContent
        #expect(text.contains("mevrouw A. Janssens & de heer B. Peeters"))
        #expect(text.contains("\"melding <ref. 2025/014>\""))
        let raw = String(decoding: package.content.serialized(), as: UTF8.self)
        #expect(raw.contains("Janssens &amp; de heer"))
        #expect(raw.contains("<text:line-break/>"))
    }

    @Test func metaHasGeneratorTitleAndDeterministicDates() throws {
        let archive = try ZipArchive(data: try sampleODT(["SOURCE_DATE_EPOCH": "1700000000"]))
        let meta = String(decoding: try archive.read("meta.xml"), as: UTF8.self)
        #expect(meta.contains("<meta:generator>akte/9.9.9</meta:generator>"))
        #expect(meta.contains("<dc:title>Voorbeeldbrief</dc:title>"))
        #expect(meta.contains("<meta:creation-date>2023-11-14T22:13:20Z</meta:creation-date>"))
        #expect(meta.contains("<dc:date>2023-11-14T22:13:20Z</dc:date>"))
        let fallback = String(decoding: try ZipArchive(data: try sampleODT()).read("meta.xml"), as: UTF8.self)
        #expect(fallback.contains("<meta:creation-date>2000-01-01T00:00:00Z</meta:creation-date>"))
    }

    @Test(arguments: [[:], ["SOURCE_DATE_EPOCH": "1700000000"]])
    func sameInputGivesByteIdenticalOutput(environment: [String: String]) throws {
        #expect(try sampleODT(environment) == sampleODT(environment))
    }

    @Test func packageCopyRendersIndependently() throws {
        let template = try SampleLetter.package()
        let first = try template.copy()
        try first.appendParagraph("Alleen in de kopie.")
        #expect(try !template.textBody.textContent.contains("Alleen in de kopie."))
        #expect(try first.textBody.textContent.contains("Alleen in de kopie."))
        #expect(try ODTWriter(metadata: testMetadata()).data(for: template.copy()) == sampleODT())
    }

    @Test func writeRefusesToOverwriteUnlessAsked() throws {
        let folder = try TemporaryFolder.make("odf")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("brief.odt")
        let writer = ODTWriter(metadata: testMetadata())
        try writer.write(try SampleLetter.package(), to: file, overwrite: false)
        let error = try #require(throws: ODFError.self) { try writer.write(try SampleLetter.package(), to: file, overwrite: false) }
        #expect(error.kind == .writeFailed && error.message.contains("exists"))
        try writer.write(try SampleLetter.package(), to: file, overwrite: true)
        #expect(try PackageValidator().validate(contentsOf: file).conformance == .conforming)
    }
}
