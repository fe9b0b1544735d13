import Foundation
import Testing
@testable import AkteODF
@testable import AkteTemplate

/// Small Flat ODF documents written inline, for errors and value markup.
enum SmallFodt {
    static func document(_ body: String) -> Data {
        Data("""
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:officeooo="http://openoffice.org/2009/office" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>\(body)</office:text></office:body></office:document>
        """.utf8)
    }

    static func compile(_ body: String, name: String = "Templates/oproeping.fodt") throws -> ODFTemplate {
        let data = document(body)
        return try ODFTemplate(flatXML: data, name: name)
    }

    /// The rendered office:text content only.
    static func renderBody(_ body: String, _ context: TemplateValue) throws -> String {
        let xml = String(decoding: try compile(body).renderFlat(context), as: UTF8.self)
        let start = xml.range(of: "<office:text>")!.upperBound, end = xml.range(of: "</office:text>")!.lowerBound
        return String(xml[start..<end])
    }
}

@Suite struct ODFErrorTests {
    static let p = "<text:p text:style-name=\"Standard\">"

    @Test func unknownKeyNamesTemplateParagraphAndSuggestion() throws {
        let body = String(repeating: "\(Self.p)Tekst</text:p>", count: 11) + "\(Self.p)Beste {{ lid.<text:span text:style-name=\"T1\">nam</text:span> }},</text:p>"
        let template = try SmallFodt.compile(body)
        let error = #expect(throws: TemplateError.self) { try template.renderParts(["lid": ["naam": "Eva"]]) }
        #expect(error?.description == "Templates/oproeping.fodt: paragraph 12 (\"Beste {{ lid.nam }},\"): unknown key 'lid.nam' (did you mean 'lid.naam'?)")
    }

    @Test func sectionCrossingStructureIsRefusedAtCompileTime() {
        let body = "\(Self.p)Begin {{#xs}}</text:p><table:table><table:table-column/><table:table-row><table:table-cell><text:p>{{/xs}}</text:p></table:table-cell></table:table-row></table:table>"
        let error = #expect(throws: TemplateError.self) { try SmallFodt.compile(body) }
        #expect(error?.kind == .crossesStructure)
        #expect(error?.description.hasPrefix("Templates/oproeping.fodt: paragraph 1 (\"Begin {{#xs}}\"): section 'xs' crosses the document's structure") == true)
    }

    @Test(arguments: [
        ("<text:p>{{#a}}</text:p><text:p>x</text:p>", TemplateError.Kind.unclosedSection("a")),
        ("<text:p>{{#a}}</text:p><text:p>{{/b}}</text:p>", .mismatchedClose(expected: "a", found: "b")),
        ("<text:p>x {{/a}}</text:p>", .unexpectedClose("a")),
        ("<text:p>x {{ a </text:p><text:p>}}</text:p>", .unclosedTag),
    ])
    func structureErrors(body: String, kind: TemplateError.Kind) {
        let error = #expect(throws: TemplateError.self) { try SmallFodt.compile(body) }
        #expect(error?.kind == kind)
        #expect(error?.description.hasPrefix("Templates/oproeping.fodt: paragraph ") == true)
    }

    @Test func inlineSectionMayNotReachIntoAFrame() {
        let body = "<text:p>a {{#x}} <draw:frame xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\"><draw:text-box><text:p>b {{/x}}</text:p></draw:text-box></draw:frame></text:p>"
        let error = #expect(throws: TemplateError.self) { try SmallFodt.compile(body) }
        #expect(error?.kind == .crossesStructure)
    }

    @Test func aParagraphWithOnlyACommentVanishes() throws {
        let body = try SmallFodt.renderBody("<text:p>a</text:p><text:p> {{! note for the secretary }} </text:p><text:p>b {{! x }}</text:p>", [:])
        #expect(body == "<text:p>a</text:p><text:p>b </text:p>")
    }

    @Test func sectionBetweenTwoTagParagraphsRepeatsATextSection() throws {
        let body = try SmallFodt.renderBody("<text:p>{{#xs}}</text:p><text:section text:name=\"S\"><text:p>{{ . }}</text:p></text:section><text:p>{{/xs}}</text:p>", ["xs": ["1", "2"]])
        #expect(body == "<text:section text:name=\"S\"><text:p>1</text:p></text:section><text:section text:name=\"S\"><text:p>2</text:p></text:section>")
    }

    @Test func repeatedListsDoNotDuplicateXMLIDs() throws {
        let lists = "<text:list xml:id=\"list1\"><text:list-item><text:p>{{ . }}</text:p></text:list-item></text:list>"
        let body = try SmallFodt.renderBody("<text:p>{{#xs}}</text:p>\(lists)<text:p>{{/xs}}</text:p><text:list text:continue-list=\"list1\"><text:list-item><text:p>z</text:p></text:list-item></text:list>", ["xs": ["a", "b"]])
        #expect(!body.contains("xml:id") && !body.contains("continue-list"))
        #expect(body.contains("<text:list text:continue-numbering=\"true\">"))
    }

    @Test func errorsInHeadersAndTitleNameTheirPlace() throws {
        let fodt = Data("""
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"><office:meta><dc:title>Brief {{ titel }}</dc:title></office:meta><office:automatic-styles><style:page-layout style:name="pm1"/></office:automatic-styles><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p>Kop</text:p><text:p>{{ gemeent }}</text:p></style:header></style:master-page></office:master-styles><office:body><office:text><text:p>x</text:p></office:text></office:body></office:document>
        """.utf8)
        let template = try ODFTemplate(flatXML: fodt, name: "brief.fodt")
        let header = #expect(throws: TemplateError.self) { try template.renderParts(["titel": "T", "gemeente": "G"]) }
        #expect(header?.description == "brief.fodt: header/footer paragraph 2 (\"{{ gemeent }}\"): unknown key 'gemeent' (did you mean 'gemeente'?)")
        let title = #expect(throws: TemplateError.self) { try template.renderParts(["titel": "a\u{1}", "gemeent": "G"]) }
        #expect(title?.description == "brief.fodt: document title (\"Brief {{ titel }}\"): data field 'titel' contains the control character U+0001, which a document must not hold (remove it from the data)")
    }

    @Test func forbiddenControlCharacterNamesTheField() throws {
        let template = try SmallFodt.compile("\(Self.p){{ lid.naam }}</text:p>")
        let error = #expect(throws: TemplateError.self) { try template.renderParts(["lid": ["naam": "Eva\u{0B}"]]) }
        #expect(error?.kind == .forbiddenCharacter(field: "lid.naam"))
        #expect(error?.description.contains("data field 'lid.naam' contains the control character U+000B") == true)
    }

    @Test func valueMarkupForSpacesTabsAndNewlines() throws {
        let body = try SmallFodt.renderBody("\(Self.p)A{{ v }}B</text:p>", ["v": "  x\ty  z\nw & <é> \"q\" 'r' ]]> €"])
        #expect(body == "\(Self.p)A<text:s text:c=\"2\"/>x<text:tab/>y <text:s/>z<text:line-break/>w &amp; &lt;é&gt; &quot;q&quot; &apos;r&apos; ]]&gt; €B</text:p>")
    }

    @Test func rowLoopAddsNoCellsAndEmptyListRemovesTheRow() throws {
        let row = "<table:table-row><table:table-cell><text:p>{{#xs}}{{ a }}</text:p></table:table-cell><table:table-cell><text:p>{{ b }}{{/xs}}</text:p></table:table-cell></table:table-row>"
        let body = "<table:table><table:table-column table:number-columns-repeated=\"2\"/>\(row)</table:table>"
        let two = try SmallFodt.renderBody(body, ["xs": [["a": "1", "b": "2"], ["a": "3", "b": "4"]]])
        #expect(two == "<table:table><table:table-column table:number-columns-repeated=\"2\"/><table:table-row><table:table-cell><text:p>1</text:p></table:table-cell><table:table-cell><text:p>2</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>3</text:p></table:table-cell><table:table-cell><text:p>4</text:p></table:table-cell></table:table-row></table:table>")
        let none = try SmallFodt.renderBody(body, ["xs": []])
        #expect(none == "<table:table><table:table-column table:number-columns-repeated=\"2\"/></table:table>")
    }

    @Test func inlineSectionInsideAParagraphKeepsSpansBalanced() throws {
        let body = try SmallFodt.renderBody("<text:p>Leden: <text:span text:style-name=\"T\">{{#xs}}{{.}}, {{/xs}}</text:span>.</text:p>", ["xs": ["a", "b"]])
        #expect(body == "<text:p>Leden: <text:span text:style-name=\"T\">a, </text:span><text:span text:style-name=\"T\">b, </text:span>.</text:p>")
    }

    @Test func keysOfAnODFTemplate() throws {
        let template = try SmallFodt.compile("<text:p>{{ a }}</text:p><text:p>{{#xs}}</text:p><text:p>{{ b }}</text:p><text:p>{{/xs}}</text:p>")
        #expect(template.keys.map(\.description) == ["a", "#xs", "xs > b"])
    }

    @Test func renderingOneCompiledTemplateFromManyTasks() async throws {
        let template = try SmallFodt.compile("<text:p>{{#xs}}</text:p><text:p>{{ . }}</text:p><text:p>{{/xs}}</text:p>")
        let outputs = await withTaskGroup(of: (Int, String).self) { group in
            for i in 0..<64 {
                group.addTask {
                    let context: TemplateValue = ["xs": .list((0..<(i % 5)).map { .string("n\($0)") })]
                    return (i, (try? String(decoding: template.renderFlat(context), as: UTF8.self)) ?? "error")
                }
            }
            var all: [(Int, String)] = []
            for await r in group { all.append(r) }
            return all
        }
        for (i, xml) in outputs {
            #expect(xml.components(separatedBy: "<text:p>n").count - 1 == i % 5)
        }
    }
}
