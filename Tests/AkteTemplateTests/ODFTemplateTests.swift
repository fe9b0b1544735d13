import AkteXML
import Foundation
import Testing
@testable import AkteTemplate

@Suite(.serialized) struct ODFTemplateTests {
    /// oproeping.fodt was made by LibreOffice (`soffice --headless --convert-to fodt oproeping.html`) from HTML whose
    /// tags contain formatting changes in the middle (`{{ lid.<b>na</b>am }}`, `{{ <i>datum</i> }}`).
    static let oproeping = "odf/oproeping.fodt"

    func compile(_ fixture: String) throws -> ODFTemplate {
        try ODFTemplate(flatXML: Data(contentsOf: ODFSupport.fixture(fixture)), name: "Templates/" + (fixture as NSString).lastPathComponent)
    }

    @Test func libreOfficeSavedTemplateRendersValidODFWithTheExpectedText() throws {
        let template = try compile(Self.oproeping)
        let context = try ODFSupport.context("odf/oproeping.json")
        let folder = try ODFSupport.temporaryFolder()

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
