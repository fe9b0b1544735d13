import AkteTestSupport
import Foundation
import Testing
@testable import AkteTemplate

@Suite struct TextTemplateTests {
    @Test(arguments: [("brief.json", "brief.expected.txt"), ("brief-empty.json", "brief-empty.expected.txt")])
    func goldenBrief(data: String, golden: String) throws {
        let template = try TextTemplate(contentsOf: TestPaths.fixtures().appendingPathComponent("text/brief.txt"), name: "brief.txt")
        let context = try TemplateValue.fromJSON(Data(contentsOf: TestPaths.fixtures().appendingPathComponent("text/\(data)")))
        Golden.check(try template.render(context), against: TestPaths.fixtures().appendingPathComponent("text/\(golden)"))
    }

    @Test func standaloneTagLinesLeaveNoBlankLine() throws {
        let template = try TextTemplate(source: "a\n  {{#x}}  \nb\n{{/x}}\n{{! note }}\nc\n", name: "t.txt")
        #expect(try template.render(["x": true]) == "a\nb\nc\n")
        #expect(try template.render(["x": false]) == "a\nc\n")
    }

    @Test func unknownKeySuggestsTheClosest() throws {
        let template = try TextTemplate(source: "Beste\n  {{ lid.nam }},\n", name: "Templates/brief.txt")
        let error = #expect(throws: TemplateError.self) {
            try template.render(["lid": ["naam": "Eva", "adres": "x"]])
        }
        #expect(error?.description == "Templates/brief.txt:2:3: unknown key 'lid.nam' (did you mean 'lid.naam'?)")
        #expect(error?.kind == .unknownKey("lid.nam", suggestion: "lid.naam"))
    }

    @Test func outerNamesStayReachableAndDotIsTheItem() throws {
        let template = try TextTemplate(source: "{{#xs}}{{ t }}:{{.}}|{{/xs}}", name: "t")
        #expect(try template.render(["t": "T", "xs": ["a", "b"]]) == "T:a|T:b|")
    }

    @Test func nullIsDeclaredButFalse() throws {
        let template = try TextTemplate(source: "{{#x}}yes{{/x}}{{^x}}no{{/x}}", name: "t")
        #expect(try template.render(["x": nil]) == "no")
        #expect(throws: TemplateError.self) { try template.render([:]) }
    }

    @Test func loopOverANumberIsAnError() throws {
        let template = try TextTemplate(source: "{{#count}}x{{/count}}", name: "t.txt")
        let error = #expect(throws: TemplateError.self) { try template.render(["count": 3]) }
        #expect(error?.kind == .loopOverScalar("count"))
        #expect(error?.description.hasPrefix("t.txt:1:1: section 'count'") == true)
    }

    @Test func aStringSectionIsAConditionWithTheStringInScope() throws {
        let template = try TextTemplate(source: "{{#remark}}Remark: {{.}}.{{/remark}}{{^remark}}none{{/remark}}", name: "t")
        #expect(try template.render(["remark": "late"]) == "Remark: late.")
        #expect(try template.render(["remark": ""]) == "none")
    }

    @Test(arguments: [
        ("{{#a}}x", "t.txt:1:1: section 'a' is not closed (expected '{{/a}}')"),
        ("{{#a}}\n{{#b}}x{{/a}}", "t.txt:2:8: '{{/a}}' does not match the open section 'b' (opened at t.txt:2:1)"),
        ("x\n{{/a}}", "t.txt:2:1: '{{/a}}' closes a section that was never opened"),
        ("ab {{ a", "t.txt:1:4: '{{' is not closed by '}}' in the same paragraph or line"),
        ("{{ a b }}", "t.txt:1:1: malformed tag '{{ a b }}': expected a name such as 'a.b'"),
    ])
    func compileErrorsHaveLineAndColumn(source: String, message: String) {
        let error = #expect(throws: TemplateError.self) { try TextTemplate(source: source, name: "t.txt") }
        #expect(error?.description == message)
    }

    @Test func keysAreListedWithTheirSections() throws {
        let template = try TextTemplate(source: "{{ a }}{{#xs}}{{ b.c }}{{^d}}{{/d}}{{/xs}}{{ a }}", name: "t")
        #expect(template.keys.map(\.description) == ["a", "#xs", "xs > b.c", "xs > ^d"])
    }

    @Test func valuesFromSwiftAndNumbers() throws {
        let template = try TextTemplate(source: "{{ n }} {{ f }} {{ b }}", name: "t")
        #expect(try template.render(["n": 3, "f": 2.5, "b": true]) == "3 2.5 true")
    }

    @Test func renderingFromManyThreadsGivesTheSameResult() async throws {
        let template = try TextTemplate(source: "{{#xs}}{{.}}{{/xs}}", name: "t")
        let results = await withTaskGroup(of: String.self) { group in
            for i in 0..<32 {
                group.addTask { (try? template.render(["xs": .list((0..<i).map { .number(Double($0)) })])) ?? "error" }
            }
            var all: [String] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(Set(results).count == 32)
        #expect(!results.contains("error"))
    }
}
