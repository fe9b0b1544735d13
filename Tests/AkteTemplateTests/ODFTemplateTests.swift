import AkteXML
import AkteZip
import AkteTestSupport
import Foundation
import Testing
@testable import AkteODF
@testable import AkteTemplate

@Suite(.serialized) struct ODFTemplateTests {
    /// oproeping.fodt was made by LibreOffice (`soffice --headless --convert-to fodt oproeping.html`) from HTML whose
    /// tags contain formatting changes in the middle (`{{ lid.<b>na</b>am }}`, `{{ <i>datum</i> }}`).
    static let oproeping = "odf/oproeping.fodt"

    func compile(_ fixture: String) throws -> ODFTemplate {
        let data = try Data(contentsOf: ODFSupport.fixture(fixture))
        let name = "Templates/" + (fixture as NSString).lastPathComponent
        return try ODFTemplate(flatXML: data, name: name)
    }

    /// The .fodt split into package parts by AkteODF, as `akte render` and `akte generate` do.
    @Test func libreOfficeSavedTemplateRendersValidODFWithTheExpectedText() throws {
        let template = try compile(Self.oproeping)
        let context = try ODFSupport.context("odf/oproeping.json")
        let folder = try TemporaryFolder.make()

        let flat = try template.renderFlat(context)
        let flatErrors = try ODFSupport.schemaErrors(flat, name: "oproeping.fodt")
        #expect(flatErrors == [])
        let parts = try template.renderParts(context)
        for part in parts where part.path.hasSuffix(".xml") && part.path != "META-INF/manifest.xml" {
            let errors = try ODFSupport.schemaErrors(part.data, name: part.path)
            #expect(errors == [], "\(part.path)")
        }
        let odt = folder.appendingPathComponent("oproeping.odt")
        try ODFSupport.writeODT(parts, to: odt)
        let problems = try ODFSupport.validationProblems(odt: odt)
        #expect(problems == [])
        let expected = try String(contentsOf: ODFSupport.fixture("odf/oproeping.expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let odtLines = try ODFSupport.pdfLines(of: odt)
        #expect(odtLines == expected)

        let flatURL = folder.appendingPathComponent("oproeping-flat.fodt")
        try Data(flat).write(to: flatURL)
        let flatLines = try ODFSupport.pdfLines(of: flatURL)
        #expect(flatLines == expected)
    }
}

extension ODFTemplateTests {
    /// handmade.fodt is hand-edited XML: a tag split over spans, `text:s`, an rsid span and a bookmark, soft hyphens
    /// in a name, a change mark, a frame with a text box, tag-only table rows, a list item loop, header, footer and title.
    /// handmade-resaved.fodt is the same file opened and saved again by LibreOffice (`soffice --convert-to fodt`),
    /// with LibreOffice's own splitting, rsid styles and `loext:` markup.
    @Test(arguments: ["odf/handmade.fodt", "odf/handmade-resaved.fodt"])
    func handEditedTemplateWithSplitTagsHeadersAndFrames(fixture: String) throws {
        let template = try compile(fixture)
        let context = try ODFSupport.context("odf/handmade.json")
        let parts = try template.renderParts(context)
        for part in parts where part.path.hasSuffix(".xml") && part.path != "META-INF/manifest.xml" {
            let errors = try ODFSupport.schemaErrors(part.data, name: part.path)
            #expect(errors == [], "\(part.path)")
        }
        let content = String(decoding: parts.first { $0.path == "content.xml" }!.data, as: UTF8.self)
        let styles = String(decoding: parts.first { $0.path == "styles.xml" }!.data, as: UTF8.self)
        let meta = String(decoding: parts.first { $0.path == "meta.xml" }!.data, as: UTF8.self)
        #expect(meta.contains("<dc:title>Brief &amp; &lt;titel&gt; é</dc:title>"))
        #expect(styles.contains("Kop: Voorbeeldstad"))
        #expect(styles.contains("Dossier <text:span text:style-name=\"T1\">D-42</text:span>"))
        #expect(!content.contains("loext:") && !content.contains("officeooo:") && !styles.contains("officeooo:"))
        #expect(content.contains("<text:bookmark text:name=\"b1\"/>"))
        // A blank line in a value that fills its paragraph starts a new paragraph with the same style.
        #expect(content.contains("Regel een</text:p><text:p text:style-name=\"Standard\">Regel twee"))

        let odt = try TemporaryFolder.make().appendingPathComponent("handmade.odt")
        try ODFSupport.writeODT(parts, to: odt)
        let problems = try ODFSupport.validationProblems(odt: odt)
        #expect(problems == [])
        let lines = try ODFSupport.pdfLines(of: odt)
        let expected = try String(contentsOf: ODFSupport.fixture("odf/handmade.expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(lines == expected)
    }

    /// handmade-resaved.odt: the same template saved by LibreOffice as .odt (`soffice --convert-to odt`), with
    /// its settings, manifest.rdf, Configurations2/ and thumbnail.
    @Test func libreOfficeSavedODTPackageTemplate() throws {
        let archive = try ZipArchive(contentsOf: ODFSupport.fixture("odf/handmade-resaved.odt"))
        let entries = try archive.entryNames.map { ($0, try archive.read($0)) }
        let template = try ODFTemplate(packageEntries: entries, name: "handmade-resaved.odt")
        let parts = try template.renderParts(try ODFSupport.context("odf/handmade.json"))
        #expect(!parts.contains { $0.path.hasPrefix("Thumbnails/") })
        let manifest = String(decoding: parts.first { $0.path == "META-INF/manifest.xml" }!.data, as: UTF8.self)
        #expect(!manifest.contains("Thumbnails/") && manifest.contains("content.xml"))
        let odt = try TemporaryFolder.make().appendingPathComponent("handmade-resaved.odt")
        try ODFSupport.writeODT(parts, to: odt)
        let problems = try ODFSupport.validationProblems(odt: odt)
        #expect(problems == [])
        let expected = try String(contentsOf: ODFSupport.fixture("odf/handmade.expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let lines = try ODFSupport.pdfLines(of: odt)
        #expect(lines == expected)
    }
}
