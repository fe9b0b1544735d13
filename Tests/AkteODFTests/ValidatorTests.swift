import AkteODF
import AkteXML
import AkteZip
import AkteTestSupport
import Foundation
import Testing

@Suite struct ValidatorTests {
    let validator: PackageValidator

    init() throws {
        validator = try PackageValidator()
    }

    @Test func libreOfficeFixtureIsExtended() throws {
        let report = try validator.validate(contentsOf: TestPaths.fixtures().appendingPathComponent("libreoffice-voorbeeldbrief.odt"))
        #expect(report.conformance == .extended)
        #expect(report.problems.contains { $0.part == "styles.xml" && $0.message.hasPrefix("foreign attribute loext:") })
        #expect(report.problems.allSatisfy { $0.message.hasPrefix("foreign ") })
    }

    @Test func mimetypeNotFirstIsNamed() throws {
        guard TestSupport.isInstalled("zip") else {
            Issue.record("the zip program is needed to build a package with mimetype in the wrong place")
            return
        }
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, data) in try TestSupport.entries(of: try sampleODT()) {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        let run = TestSupport.run("zip", ["-q", "-X", "bad.odt", "content.xml", "styles.xml", "meta.xml", "mimetype", "META-INF/manifest.xml"], in: folder)
        #expect(run?.status == 0)
        let report = try validator.validate(contentsOf: folder.appendingPathComponent("bad.odt"))
        #expect(report.conformance == .invalid)
        #expect(report.problems.contains { $0.part == "mimetype" && $0.message.contains("first") && $0.message.contains("content.xml") })
    }

    @Test func malformedContentNamesPartAndLine() throws {
        let entries = try TestSupport.entries(of: try sampleODT()).map { name, data in
            (name, name == "content.xml" ? Data("<?xml version=\"1.0\"?>\n<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">\n<oops>\n</office:document-content>\n".utf8) : data)
        }
        let report = try validator.validate(odt: try TestSupport.rezip(entries))
        #expect(report.conformance == .invalid)
        let problem = try #require(report.problems.first { $0.part == "content.xml" })
        #expect(problem.line == 4)
        #expect(problem.description.hasPrefix("content.xml:4: "))
    }

    @Test func manifestMissingAnEntryNamesThePart() throws {
        var entries = try TestSupport.entries(of: try sampleODT())
        let index = try #require(entries.firstIndex { $0.0 == "META-INF/manifest.xml" })
        let manifest = String(decoding: entries[index].1, as: UTF8.self)
            .replacingOccurrences(of: "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>", with: "")
        entries[index].1 = Data(manifest.utf8)
        let report = try validator.validate(odt: try TestSupport.rezip(entries))
        #expect(report.conformance == .invalid)
        #expect(report.problems.contains { $0.part == "styles.xml" && $0.message.contains("not listed") })
    }

    @Test func listedPartThatIsMissingIsNamed() throws {
        let entries = try TestSupport.entries(of: try sampleODT()).filter { $0.0 != "meta.xml" }
        let report = try validator.validate(odt: try TestSupport.rezip(entries))
        #expect(report.conformance == .invalid)
        #expect(report.problems.contains { $0.part == "meta.xml" && $0.message.contains("missing") })
    }

    @Test func wrongMimetypeBytesAreReported() throws {
        let entries = try TestSupport.entries(of: try sampleODT()).map { name, data in
            (name, name == "mimetype" ? Data("application/vnd.oasis.opendocument.text\n".utf8) : data)
        }
        let report = try validator.validate(odt: try TestSupport.rezip(entries))
        #expect(report.problems.contains { $0.part == "mimetype" && $0.message.contains("not an ODF media type") })
    }

    @Test func xxeAndBillionLaughsInContentAreRefused() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("akte-secret-\(UUID().uuidString)")
        try "GEHEIM".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let attacks = [
            "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM \"\(secret.absoluteString)\">]>\n<d>&x;</d>",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n<d>&c;&c;&c;</d>",
        ]
        for attack in attacks {
            let entries = try TestSupport.entries(of: try sampleODT()).map { name, data in
                (name, name == "content.xml" ? Data(attack.utf8) : data)
            }
            let report = try validator.validate(odt: try TestSupport.rezip(entries))
            #expect(report.conformance == .invalid)
            let problem = try #require(report.problems.first { $0.part == "content.xml" })
            #expect(problem.message.contains("entity"))
            #expect(!report.problems.description.contains("GEHEIM"))
            #expect(!report.problems.description.contains("aaaaaaaaaaaaaaaaaaaa"))
        }
        #expect(throws: ODFError.self) {
            try ODFPackage.read(odt: try TestSupport.rezip(try TestSupport.entries(of: try sampleODT()).map { name, data in
                (name, name == "content.xml" ? Data(attacks[0].utf8) : data)
            }))
        }
    }

    @Test func notAZipNorXMLIsUnreadable() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("x.odt")
        try Data("just text".utf8).write(to: file)
        #expect(throws: ODFError.self) { try validator.validate(contentsOf: file) }
        let truncated = folder.appendingPathComponent("t.odt")
        try Data(try sampleODT().prefix(200)).write(to: truncated)
        #expect(throws: ODFError.self) { try validator.validate(contentsOf: truncated) }
    }

    @Test func flatDocumentIsValidatedAsOneDocument() throws {
        let report = try validator.validate(contentsOf: TestPaths.fixtures().appendingPathComponent("split-sample.fodt"))
        #expect(report.conformance == .extended)
        #expect(report.problems == [ODFProblem(part: "split-sample.fodt", line: 27, message: "foreign element loext:foreign-marker is not ODF 1.3")])
    }

    @Test func foreignElementInParagraphKeepsItsText() throws {
        let document = try XMLDocument(contentsOf: TestPaths.fixtures().appendingPathComponent("split-sample.fodt"))
        let removed = try ForeignContent.remove(from: document)
        #expect(removed.map(\.qualifiedName) == ["loext:foreign-marker"])
        let text = String(decoding: document.serialized(), as: UTF8.self)
        #expect(text.contains("rood</text:span> blijft staan</text:p>"))
        #expect(validator.schemas.document.validate(document).isEmpty)
    }

    @Test func foreignElementOutsideParagraphsIsDropped() throws {
        let xml = """
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:x="urn:example:x" office:version="1.3"><office:body><office:text><x:block>weg</x:block><x:keep office:process-content="true"><text:p x:attr="1">blijft</text:p></x:keep></office:text></office:body></office:document-content>
            """
        let document = try XMLDocument(data: Data(xml.utf8), name: "content.xml")
        try ForeignContent.remove(from: document)
        let text = try #require(document.root).textContent
        #expect(text == "blijft")
        #expect(validator.schemas.document.validate(document).isEmpty)
    }

    @Test func schemaCompilesOnceAndQuickly() throws {
        let first = try ODFSchemas.shared()
        let second = try ODFSchemas.shared()
        #expect(first === second)
        print("ODF 1.3 schemas compiled in \(first.compileDuration)")
        #expect(first.compileDuration < .seconds(30))
    }
}
