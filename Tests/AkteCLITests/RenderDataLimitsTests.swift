import AkteTestSupport
import Foundation
import Testing

/// Issue 11, classes 14-16 for `akte render`'s data: YAML keeps what the user typed, aliases and nesting are
/// bounded like a case file's, messages stay short, and --jobs has a ceiling.
@Suite struct RenderDataLimitsTests {
    func folder() throws -> URL { try TemporaryFolder.make("render-limits") }

    func render(template: String, data: String, dataName: String = "data.yaml", extra: [String] = []) throws -> (AkteBinary.Result, String?) {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try template.write(to: dir.appendingPathComponent("brief.txt"), atomically: true, encoding: .utf8)
        try data.write(to: dir.appendingPathComponent(dataName), atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out.txt")
        let result = try AkteBinary.run(["render", dir.appendingPathComponent("brief.txt").path, "--data", dir.appendingPathComponent(dataName).path,
                                         "--out", out.path] + extra)
        return (result, try? String(contentsOf: out, encoding: .utf8))
    }

    @Test func yamlScalarsKeepWhatTheUserTyped() throws {
        // Before, YAML 1.1 rules turned these into false, 1230, 475123456 and 1.1.
        let (result, text) = try render(
            template: "{{ antwoord }}|{{ uur }}|{{ telefoon }}|{{ versie }}|{{ ja }}|{{ getal }}|{{#dringend}}D{{/dringend}}{{^stil}}S{{/stil}}|{{ aan }}\n",
            data: "antwoord: NO\nuur: 20:30\ntelefoon: 0475123456\nversie: 1.10\nja: yes\ngetal: 12\ndringend: true\nstil: False\naan: on\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(text == "NO|20:30|0475123456|1.10|yes|12|DS|on\n")
    }

    @Test func yamlNullIsNullAndQuotedTextIsText() throws {
        let (result, text) = try render(template: "{{^leeg}}geen{{/leeg}}|{{ waar }}|{{ niets }}\n", data: "leeg: ~\nwaar: \"true\"\nniets: 'null'\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(text == "geen|true|null\n")
    }

    @Test func anAliasBombIsRefusedLikeInACaseFile() throws {
        // 9 levels of 9 aliases: 387 million strings from 580 bytes. Before, render grew until killed.
        let bomb = (0..<9).map { i -> String in
            let name = String(UnicodeScalar(UInt8(97 + i)))
            let item = i == 0 ? "\"lol\"" : "*" + String(UnicodeScalar(UInt8(96 + i)))
            return "\(name): &\(name) [" + Array(repeating: item, count: 9).joined(separator: ",") + "]"
        }.joined(separator: "\n") + "\n"
        let (result, text) = try render(template: "{{ a }}\n", data: bomb)
        #expect(result.status == 2)
        #expect(result.stderr.contains("the data expands to more than 100000 values (aliases?); refused"))
        #expect(text == nil)
    }

    @Test func deeplyNestedYAMLGivesAShortMessage() throws {
        // Before: a 200 KB message quoting the whole line.
        let (result, _) = try render(template: "{{ a }}\n", data: String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n")
        #expect(result.status == 2)
        #expect(result.stderr.utf8.count < 400, "\(result.stderr.utf8.count) bytes")
        #expect(result.stderr.contains("data.yaml:1:"))
        let (within, _) = try render(template: "{{ a }}\n", data: String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "\n")
        #expect(within.stderr.contains("data.yaml:1:513: 0.0.0.0.….0.0.0: lists and mappings nested more than 512 deep"))
    }

    @Test func duplicateKeysAreRefusedInJSONData() throws {
        let (result, text) = try render(template: "{{ naam }}\n", data: "{\"naam\": \"Eva\",\n \"naam\": \"An\"}\n", dataName: "data.json")
        #expect(result.status == 2)
        #expect(result.stderr.contains("data.json: cannot read the data: invalid JSON at line 2, column 2: duplicate key \"naam\" in this object"))
        #expect(text == nil)
    }

    @Test func escapeSequencesInJSONDataNeverReachTheText() throws {
        let (result, text) = try render(template: "Beste {{ naam }}\n", data: "{\"naam\": \"Eva\\u001b]0;x\\u0007\"}\n", dataName: "data.json")
        #expect(result.status == 2)
        #expect(result.stderr.contains("brief.txt:1:7: data field 'naam' contains the control character U+001B"))
        #expect(text == nil)
    }

    @Test(arguments: ["9223372036854775807", "257", "0"])
    func jobsOutsideTheRangeAreAUsageError(jobs: String) throws {
        // Before: --jobs 9223372036854775807 never finished.
        let (result, _) = try render(template: "x\n", data: "{}\n", dataName: "data.json", extra: ["--jobs", jobs])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--jobs must be between 1 and 256"))
    }
}
