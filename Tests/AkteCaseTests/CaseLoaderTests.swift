import AkteCase
import AkteTestSupport
import Foundation
import Testing

/// Line and column (1-based) of the first occurrence of `needle` in `text`.
func position(of needle: String, in text: String) -> (line: Int, column: Int) {
    let range = text.range(of: needle)!
    let prefix = text[..<range.lowerBound]
    let line = prefix.filter { $0 == "\n" }.count + 1
    let lineStart = prefix.lastIndex(of: "\n").map { prefix.index(after: $0) } ?? prefix.startIndex
    return (line, prefix[lineStart...].unicodeScalars.count + 1)
}

func loadError(_ yaml: String, file: String = "case.yaml") -> LoadError? {
    do {
        _ = try CaseLoader.load(yaml: yaml, file: file)
        return nil
    } catch {
        return error
    }
}

func edited(_ old: String, _ new: String, in text: String = StarterFiles.commission) -> String {
    precondition(text.contains(old), "starter no longer contains \(old)")
    return text.replacingOccurrences(of: old, with: new)
}

@Suite struct CaseLoaderTests {
    @Test("An impossible date names file, line, column and field path")
    func impossibleDate() throws {
        let yaml = edited("    date: 2025-03-27", "    date: \"2025-02-30\"")
        let error = try #require(loadError(yaml))
        let (line, column) = position(of: "\"2025-02-30\"", in: yaml)
        #expect(error.description == "case.yaml:\(line):\(column): meetings[0].date: \"2025-02-30\" is not a date (YYYY-MM-DD)")
    }

    @Test("The issue's example: case.yaml:14:7: meeting.date")
    func literalPosition() throws {
        let yaml = """
        kind: reflectiekamer
        number: RK-1
        date: 2025-02-30
        caseBringer: {name: A}
        question: Q
        participants: []
        notes: []
        """
        let error = try #require(loadError(yaml))
        #expect(error.description == "case.yaml:3:7: date: \"2025-02-30\" is not a date (YYYY-MM-DD)")
    }

    @Test("Dates outside 1900–2999 are refused (deadline arithmetic stays in range)")
    func yearRange() throws {
        let yaml = edited("reportReceived: 2025-03-03", "reportReceived: 9999-12-31")
        let error = try #require(loadError(yaml))
        #expect(error.issues.map(\.message) == ["\"9999-12-31\": the year must be between 1900 and 2999"])
    }

    @Test("An unknown key is an error with a \"did you mean\"")
    func unknownKey() throws {
        let yaml = edited("    plannedSending: 2025-03-14", "    plannedSendng: 2025-03-14")
        let error = try #require(loadError(yaml))
        let (line, column) = position(of: "plannedSendng", in: yaml)
        #expect(error.description == "case.yaml:\(line):\(column): meetings[0].plannedSendng: unknown key \"plannedSendng\"; did you mean \"plannedSending\"?")
    }

    @Test("All missing required fields are reported at once, in every record")
    func allMissingAtOnce() throws {
        var yaml = edited("  number: DC-2025-01\n  subject: Korte omschrijving van de melding\n", "")
        yaml = edited("    time: \"19:30\"\n", "", in: yaml)
        let error = try #require(loadError(yaml))
        #expect(error.issues.count == 2)
        #expect(error.issues.contains { $0.path == "case" && $0.message == "missing required fields \"number\", \"subject\"" })
        #expect(error.issues.contains { $0.path == "meetings[0]" && $0.message == "missing required field \"time\"" })
    }

    @Test("Several different problems in one file all come out in one run")
    func severalProblems() throws {
        var yaml = edited("reportReceived: 2025-03-03", "reportReceived: 3 maart", in: StarterFiles.commission)
        yaml = edited("respondent: c1 ", "respondent: c11 ", in: yaml)
        yaml = edited("body: gemeenteraad ", "body: gemeenteraat ", in: yaml)
        let error = try #require(loadError(yaml))
        let messages = error.issues.map(\.description)
        #expect(messages.count == 3, "\(messages)")
        #expect(messages.contains { $0.hasSuffix("case.reportReceived: \"3 maart\" is not a date (YYYY-MM-DD)") })
        #expect(messages.contains { $0.hasSuffix("case.respondent: no person with id \"c11\"; did you mean \"c1\"?") })
        #expect(messages.contains { $0.hasSuffix("body: \"gemeenteraat\" is not allowed here; did you mean \"gemeenteraad\"?") })
    }

    @Test("A value of the wrong type names what was expected")
    func wrongType() throws {
        let yaml = edited("independents: []", "independents: 5")
        let error = try #require(loadError(yaml))
        let (line, column) = position(of: "independents: 5", in: yaml)
        #expect(error.issues.first?.position == SourcePosition(file: "case.yaml", line: line, column: column + 14))
        #expect(error.issues.count == 1)
        #expect(error.issues[0].path == "independents")
        #expect(error.issues[0].message == "expected a list, found \"5\"")
    }

    @Test("Invalid UTF-8 is rejected with its position")
    func invalidUTF8() throws {
        var bytes = Array("kind: reflectiekamer\nnumber: RK-1\nquestion: caf".utf8)
        bytes.append(0xFF)
        bytes += Array("\n".utf8)
        #expect {
            _ = try YAMLSource(data: Data(bytes), file: "bad.yaml")
        } throws: { error in
            "\(error)" == "bad.yaml:3:14: invalid UTF-8 (byte 0xFF)"
        }
    }

    @Test("A byte-order mark and CRLF line ends are accepted")
    func bomAndCRLF() throws {
        let plain = try CaseLoader.load(yaml: StarterFiles.reflection, file: "r.yaml")
        let windows = Data([0xEF, 0xBB, 0xBF]) + Data(StarterFiles.reflection.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("akte-bom-\(UUID().uuidString).yaml")
        try windows.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let loaded = try CaseLoader.load(contentsOf: url, displayName: "r.yaml")
        #expect(loaded == plain)
    }

    @Test("Aliases that multiply the tree (a billion laughs) are refused, not expanded")
    func aliasBomb() throws {
        var yaml = "kind: reflectiekamer\nnumber: RK-1\ndate: 2025-01-01\nquestion: Q\ncaseBringer: {name: A}\nnotes: []\n"
        yaml += "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...8 { yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        yaml += "participants: *a8\n"
        // The decoder descends only where the schema does, so the bomb is never expanded:
        // the first level fails as "not a mapping", once per element, and loading ends at once.
        let error = try #require(loadError(yaml))
        #expect(error.issues.count < 20)
        #expect(error.issues.contains { $0.path == "participants[0]" && $0.message == "expected a mapping (key: value), found a list" })
        #expect(error.issues.contains { $0.path == "a0" && $0.message.hasPrefix("unknown key") })
    }

    @Test("The decoder's node budget stops a tree that is too large")
    func nodeBudget() throws {
        let source = try YAMLSource(data: Data("[a, b, c, d, e, f, g, h]".utf8), file: "l.yaml")
        let decoder = NodeDecoder(file: "l.yaml", nodeBudget: 5)
        let result = decoder.list(source.root!, "list") { decoder.text($0, $1) }
        #expect(result == nil)
        #expect(decoder.issues.map(\.description) == ["l.yaml:1:14: list[4]: the file expands to too many values (aliases?); refused"])
    }

    @Test("Files over 5 MB are refused")
    func sizeCap() {
        let big = Data(repeating: 0x20, count: YAMLSource.maximumSize + 1)
        #expect {
            _ = try YAMLSource(data: big, file: "big.yaml")
        } throws: { error in
            "\(error)".hasPrefix("big.yaml:1:1: file is 5242881 bytes")
        }
    }

    @Test("JSON is accepted (it is YAML)")
    func json() throws {
        let text = """
        {"kind": "reflectiekamer", "number": "RK-9", "date": "2025-05-14",
         "caseBringer": {"name": "A B", "function": "schepen"},
         "question": "Wat nu?",
         "participants": [{"name": "C D", "role": "deskundige"}],
         "notes": [{"heading": "De casus", "text": "Tekst"}]}
        """
        guard case let .reflection(session) = try CaseLoader.load(yaml: text, file: "r.json") else {
            Issue.record("expected a reflection session")
            return
        }
        #expect(session.number == "RK-9")
        #expect(session.notes.first?.text == ["Tekst"])
        #expect(session.caseBringer.role == .casusinbrenger)
    }

    @Test("A YAML syntax error keeps its position")
    func syntaxError() throws {
        let error = try #require(loadError("kind: commissie\nprofile: [unclosed\nbody: x\n"))
        #expect(error.issues.count == 1)
        #expect(error.description.hasPrefix("case.yaml:"))
        #expect(error.description.contains("YAML syntax"))
    }

    @Test("A duplicate key is an error")
    func duplicateKey() throws {
        let error = try #require(loadError("kind: reflectiekamer\nnumber: A\nnumber: B\n"))
        #expect(error.description.contains("duplicate"))
    }

    @Test("The kind must be given and known")
    func kind() throws {
        let missing = try #require(loadError("number: RK-1\n"))
        #expect(missing.issues.contains { $0.position.line == 1 && $0.path == "" && $0.message == "missing required field \"kind\"" })
        let wrong = try #require(loadError("kind: comissie\n"))
        #expect(wrong.issues.first?.message == "\"comissie\" is not allowed here; did you mean \"commissie\"?")
    }

    @Test("A duplicate id is an error at the second occurrence")
    func duplicateID() throws {
        let yaml = edited("  - {id: a3, name: Carla Bosmans", "  - {id: a2, name: Carla Bosmans")
        let error = try #require(loadError(yaml))
        #expect(error.issues.contains { $0.path == "people[2].id" && $0.message == "duplicate id \"a2\"" })
    }

    @Test("Reglement art. 28: a secret vote has counts, no names")
    func secretVoteWithNames() throws {
        let yaml = edited("votes: []", "votes:\n  - {id: v, body: raad, subject: S, date: 2025-04-01, secret: true, for: [a2]}")
        let error = try #require(loadError(yaml))
        #expect(error.issues.contains { $0.path == "votes[0]" && $0.message.hasPrefix("a secret vote has counts only") })
    }

    @Test("Examples and starter files load", arguments: ["commissie-voorbeeld.yaml", "commissie-kinrooi.yaml", "reflectiekamer-voorbeeld.yaml"])
    func examples(name: String) throws {
        let url = TestPaths.repositoryRoot.appendingPathComponent("Examples/\(name)")
        let loaded = try CaseLoader.load(contentsOf: url, displayName: name)
        switch loaded {
        case let .commission(c):
            #expect(!c.meetings.isEmpty)
            #expect(c.person(c.details.respondent)?.address != nil)
            #expect(c.person(c.details.reporter)?.salutation.hasPrefix("Geachte ") == true)
            if let decision = c.decision {
                #expect(!decision.articles.isEmpty && !decision.present.isEmpty)
            }
            // The Heidebeek decision spells out the agenda-item parts; the Kinrooi one (kennisname) derives them.
            if let decision = c.decision, name == "commissie-voorbeeld.yaml" {
                #expect(!decision.facts.isEmpty && !decision.legalGrounds.isEmpty)
                #expect(decision.financialImpact == "Geen")
                #expect(c.municipality.letterhead == "Gemeente en OCMW Heidebeek")
            }
        case let .reflection(s):
            #expect(!s.anonymise.isEmpty)
        }
    }

    @Test func starterFiles() throws {
        guard case let .commission(c) = try CaseLoader.load(yaml: StarterFiles.commission, file: "c.yaml") else {
            Issue.record("starter is not a commission case")
            return
        }
        #expect(c.effectiveCouncilSize == 19)
        guard case .reflection = try CaseLoader.load(yaml: StarterFiles.reflection, file: "r.yaml") else {
            Issue.record("starter is not a reflection session")
            return
        }
    }

    @Test func salutations() throws {
        guard case let .commission(c) = try CaseLoader.load(yaml: StarterFiles.commission, file: "c.yaml") else { return }
        #expect(c.person("voorzitter")?.salutation == "Geachte mevrouw Voorbeeld")
        #expect(c.person("a2")?.salutation == "Geachte heer Aerts")
    }

    @Test("Times: 19:30, 9:05 and the Flemish 20u / 20u30", arguments: [("19:30", "19:30"), ("9:05", "09:05"), ("20u", "20:00"), ("20u30", "20:30")])
    func times(text: String, expected: String) {
        #expect(TimeOfDay(text: text)?.description == expected)
    }

    @Test(arguments: ["25:00", "19:60", "19.30", "abc", "19:3"])
    func badTimes(text: String) {
        #expect(TimeOfDay(text: text) == nil)
    }
}
