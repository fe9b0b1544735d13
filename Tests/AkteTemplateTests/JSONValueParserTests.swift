import Foundation
import Testing
@testable import AkteTemplate

@Suite struct JSONValueParserTests {
    @Test func readsEveryKindOfValue() throws {
        let value = try TemplateValue.fromJSON(Data(#" {"s": "a\"b\\c\/d\n\t\u00e9\ud83d\ude00", "n": -12.5e1, "z": 0, "t": true, "f": false, "x": null, "l": [1, [], {}], "e": ""} "#.utf8))
        #expect(value == [
            "s": "a\"b\\c/d\n\té😀", "n": -125, "z": 0, "t": true, "f": false, "x": nil, "l": [1, [], [:]], "e": "",
        ])
    }

    @Test func nonASCIITextIsKeptAsIs() throws {
        #expect(try TemplateValue.fromJSON(Data(#"["Zoë & Ñúñez € <x>"]"#.utf8)) == ["Zoë & Ñúñez € <x>"])
    }

    @Test func agreesWithFoundationOnTheBenchmarkData() throws {
        let line = #"{"name": "Zoë O'Brien-Müller #0", "agenda": [{"no": "1", "title": "budget <2025> & follow-up"}], "urgent": true, "n": 3}"#
        let ours = try TemplateValue.fromJSON(Data(line.utf8))
        let theirs = try JSONDecoder().decode(TemplateValue.self, from: Data(line.utf8))
        #expect(ours == theirs)
    }

    @Test(arguments: [
        "", "{", "[1,]", "{\"a\" 1}", "{'a': 1}", "01", "1.", "-", "1e", "tru", "\"abc", "\"a\u{01}b\"", "\"\\x\"",
        "\"\\ud800\"", "\"\\udc00x\"", "[1] 2", "{\"a\": 1,}", "nul",
    ])
    func refusesInvalidJSON(text: String) {
        let error = #expect(throws: TemplateError.self) { try TemplateValue.fromJSON(Data(text.utf8)) }
        #expect(error?.message.hasPrefix("invalid JSON at line 1, column ") == true)
    }

    @Test func refusesExcessiveNesting() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(throws: TemplateError.self) { try TemplateValue.fromJSON(Data(deep.utf8)) }
    }
}
