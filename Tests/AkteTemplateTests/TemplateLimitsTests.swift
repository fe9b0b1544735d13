import Foundation
import Testing
@testable import AkteODF
@testable import AkteTemplate

/// Issue 11, classes 13-15: every depth and count a template or its data declares is bounded, with an input
/// error naming the place, and the compiler's work grows linearly with the tags of a paragraph.
@Suite struct TemplateLimitsTests {
    static func nested(_ depth: Int) -> String {
        (0..<depth).map { "{{#s\($0)}}" }.joined() + "x" + (0..<depth).reversed().map { "{{/s\($0)}}" }.joined()
    }

    static func context(_ depth: Int) -> TemplateValue {
        .map(Dictionary(uniqueKeysWithValues: (0..<depth).map { ("s\($0)", TemplateValue.bool(true)) }))
    }

    @Test func textSectionsNestedToTheLimitRender() throws {
        let depth = TemplateLimits.maximumSectionDepth
        let template = try TextTemplate(source: Self.nested(depth), name: "diep.txt")
        #expect(try template.render(Self.context(depth)) == "x")
        #expect(template.keys.count == depth)
    }

    @Test func textSectionsNestedTenThousandDeepAreAnInputError() {
        // Before: rendering and `keys` recursed 10,000 levels and overflowed the stack (a signal, no message).
        let error = #expect(throws: TemplateError.self) { try TextTemplate(source: Self.nested(10_000), name: "diep.txt") }
        #expect(error?.kind == .tooDeep)
        // s0-s9 take 7 characters each, s10-s99 8: the 101st tag starts at column 10 * 7 + 90 * 8 + 1.
        #expect(error?.description == "diep.txt:1:791: section 's100' is nested more than 100 sections deep")
    }

    @Test func odfSectionsNestedTenThousandDeepAreAnInputError() {
        let error = #expect(throws: TemplateError.self) { try SmallFodt.compile("<text:p>\(Self.nested(10_000))</text:p>") }
        #expect(error?.kind == .tooDeep)
        #expect(error?.message == "section 's100' is nested more than 100 sections deep")
    }

    @Test func odfSectionsNestedOverParagraphsAreAnInputError() {
        let body = (0..<150).map { "<text:p>{{#s\($0)}}</text:p>" }.joined() + "<text:p>x</text:p>"
            + (0..<150).reversed().map { "<text:p>{{/s\($0)}}</text:p>" }.joined()
        let error = #expect(throws: TemplateError.self) { try SmallFodt.compile(body) }
        #expect(error?.description.hasPrefix("Templates/oproeping.fodt: paragraph 101 (\"{{#s100}}\"): section 's100' is nested") == true)
    }

    @Test func elementsNestedBeyondTheLimitAreAnInputError() throws {
        let within = String(repeating: "<text:span>", count: 150) + "{{ v }}" + String(repeating: "</text:span>", count: 150)
        #expect(try SmallFodt.renderBody("<text:p>\(within)</text:p>", ["v": "ok"]).contains("ok"))
        let deep = String(repeating: "<text:span>", count: 220) + "x" + String(repeating: "</text:span>", count: 220)
        let error = #expect(throws: TemplateError.self) { try SmallFodt.compile("<text:p>\(deep)</text:p>") }
        #expect(error?.kind == .tooDeep)
        #expect(error?.message.contains("element 'text:span' is nested more than 200 elements deep") == true)
    }

    @Test(arguments: ["2000000000", "10001", "99999999999999999999999"])
    func aSpaceCountBeyondTheLimitIsRefusedBeforeExpanding(count: String) {
        // Before: text:c="2000000000" (393 bytes) was expanded into two billion characters.
        let error = #expect(throws: TemplateError.self) { try SmallFodt.compile("<text:p>Beste<text:s text:c=\"\(count)\"/>{{ v }}</text:p>") }
        #expect(error?.kind == .tooLarge)
        #expect(error?.message.contains("text:c=\"\(count)\" declares more than 10000") == true)
    }

    @Test func aSpaceCountAtTheLimitIsKept() throws {
        let body = try SmallFodt.renderBody("<text:p>A<text:s text:c=\"10000\"/>{{ v }}</text:p>", ["v": "B"])
        #expect(body == "<text:p>A <text:s text:c=\"9999\"/>B</text:p>")
    }

    @Test(arguments: ["table:number-columns-repeated", "table:number-rows-repeated"])
    func tableRepeatCountsBeyondTheLimitAreRefused(attribute: String) {
        let element = attribute.contains("columns") ? "<table:table-column \(attribute)=\"1000000000\"/><table:table-row><table:table-cell><text:p>{{ v }}</text:p></table:table-cell></table:table-row>"
            : "<table:table-column/><table:table-row \(attribute)=\"1000000000\"><table:table-cell><text:p>{{ v }}</text:p></table:table-cell></table:table-row>"
        let error = #expect(throws: TemplateError.self) { try SmallFodt.compile("<table:table table:name=\"t\">\(element)</table:table>") }
        #expect(error?.kind == .tooLarge)
        #expect(error?.message.contains("\(attribute)=\"1000000000\" declares more than 10000") == true)
    }

    /// Compiling a paragraph of `tags` value tags, best of three (seconds).
    static func compileTime(tags: Int) throws -> Double {
        let body = "<text:p>" + String(repeating: "{{ v }}{{#s}}x{{/s}}", count: tags / 3) + "</text:p>"
        var best = Double.infinity
        for _ in 0..<3 {
            let start = ContinuousClock.now
            _ = try SmallFodt.compile(body)
            let elapsed = ContinuousClock.now - start
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        return best
    }

    @Test func compilingAParagraphGrowsLinearlyWithItsTags() throws {
        // Before: 5,000 tags in one paragraph took half a minute (each tag walked the whole paragraph). Ten
        // times the tags must take far less than a hundred times as long; the bound is generous (a busy
        // machine), the figures come from scripts/bench-compile.
        let small = try Self.compileTime(tags: 2_000)
        let large = try Self.compileTime(tags: 20_000)
        #expect(large < max(small, 0.01) * 40, "2,000 tags: \(small) s, 20,000 tags: \(large) s")
    }

    @Test(arguments: ["\u{0}", "\u{1B}", "\u{7}", "\u{7F}", "\u{9B}", "\u{202E}", "\u{202A}", "\u{2066}", "\u{2069}"])
    func controlCharactersInDataAreRefusedInText(character: String) {
        let template = try! TextTemplate(source: "Beste {{ lid.naam }}\n", name: "brief.txt")
        let error = #expect(throws: TemplateError.self) { try template.render(["lid": ["naam": .string("Ev\(character)a")]]) }
        #expect(error?.kind == .forbiddenCharacter(field: "lid.naam"))
        let code = String(character.unicodeScalars.first!.value, radix: 16, uppercase: true)
        #expect(error?.description == "brief.txt:1:7: data field 'lid.naam' contains the control character U+\(code.leftPadded(to: 4)), which a document must not hold (remove it from the data)")
    }

    @Test func ordinaryPunctuationAndRightToLeftMarksPass() throws {
        // The byte test must not take typographic quotes, dashes, the euro sign or the plain marks for controls.
        let text = "’ “x” – … € « » ° § \u{200F}مرحبا\u{200E} \u{061C} Zoë"
        let template = try TextTemplate(source: "{{ v }}", name: "brief.txt")
        #expect(try template.render(["v": .string(text)]) == text)
        #expect(try SmallFodt.renderBody("<text:p>{{ v }}</text:p>", ["v": .string(text)]) == "<text:p>\(text)</text:p>")
    }

    @Test func duplicateJSONKeysAreRefusedWithLineAndColumn() {
        // RFC 8259 §4 leaves duplicate names to the reader; the last one used to win without a word.
        let error = #expect(throws: TemplateError.self) { try TemplateValue.fromJSON(Data("{\"naam\": \"Eva\",\n  \"naam\": \"An\"}".utf8)) }
        #expect(error?.message == "invalid JSON at line 2, column 3: duplicate key \"naam\" in this object")
    }

    @Test func dataNestedBeyondTheLimitIsRefused() {
        let deep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        let error = #expect(throws: TemplateError.self) { try TemplateValue.fromJSON(Data(deep.utf8)) }
        #expect(error?.message == "invalid JSON at line 1, column 513: nested more than 512 levels deep")
        let within = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect((try? TemplateValue.fromJSON(Data(within.utf8))) != nil)
    }
}
