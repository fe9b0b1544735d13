import Akte
import AkteCase
import AkteODF
import AkteRules
import AkteTestSupport
import Foundation
import Testing

/// The scenario matrix (issue 10): one case file per branch of the procedure, each with what the seeds say
/// must happen, and the promise that `check` and `generate` obey one set of findings.
@Suite struct ScenarioMatrixTests {
    static let scenarios = TestPaths.testsFolder().appendingPathComponent("Scenarios")

    static func url(_ file: String) -> URL {
        file.hasPrefix("Examples/") ? TestPaths.repositoryRoot.appendingPathComponent(file) : scenarios.appendingPathComponent(file)
    }

    static func evaluate(_ file: String) throws -> (CommissionCase, CaseFacts) {
        let url = url(file)
        guard case let .commission(c) = try CaseLoader.load(contentsOf: url, displayName: file) else { throw LoadError(issues: []) }
        let profile = try RuleProfile.load(nameOrPath: c.profile, relativeTo: url.deletingLastPathComponent())
        return (c, CaseEvaluator.evaluate(c, profile: profile))
    }

    /// What `akte check` decides its exit status on (CheckCommand: exit 1 when there is an error).
    static func checkFails(_ url: URL) throws -> Bool {
        switch try CaseLoader.load(contentsOf: url, displayName: url.lastPathComponent) {
        case .commission(let c):
            let profile = try RuleProfile.load(nameOrPath: c.profile, relativeTo: url.deletingLastPathComponent())
            return CaseEvaluator.evaluate(c, profile: profile).hasErrors
        case .reflection(let s):
            return ReflectionEvaluator.evaluate(s).contains { $0.severity == .error }
        }
    }

    @Test("Every scenario file has a row in the expectations table, and every row a file")
    func tableCoversFolder() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.scenarios.path).filter { $0.hasSuffix(".yaml") }
        #expect(Set(files) == Set(ScenarioMatrix.rows.map(\.file).filter { !$0.hasPrefix("Examples/") }))
    }

    @Test("check: the findings, articles and composition the seeds call for", arguments: ScenarioMatrix.rows)
    func findings(_ row: ScenarioExpectation) throws {
        let (_, facts) = try Self.evaluate(row.file)
        let errors = Set(facts.diagnostics.filter { $0.severity == .error }.map(\.code))
        #expect(errors == row.errors, "\(facts.diagnostics.map(\.description).joined(separator: "\n"))")
        let codes = Set(facts.diagnostics.map(\.code))
        #expect(row.alsoReports.isSubset(of: codes), "missing \(row.alsoReports.subtracting(codes))")
        for (code, article) in row.articles {
            let cited = facts.diagnostics.filter { $0.code == code }.map(\.article)
            #expect(!cited.isEmpty && cited.allSatisfy { $0 == article }, "\(code): \(cited)")
        }
        if let chair = row.chair { #expect(facts.composition.chair == chair) }
        if let informed = row.informed {
            #expect(Set(facts.notifications?.recipients.map(\.person) ?? []) == informed)
        }
        for (voteID, result) in row.voteResults {
            #expect(facts.vote(voteID)?.outcome.result == result, "vote \(voteID)")
        }
        // Seven distinct people, never the respondent (Wommelgem art. 45 §1, §4–5; Kinrooi art. 2).
        #expect(Set(facts.composition.members).count == facts.composition.members.count)
        if row.errors.isEmpty {
            #expect(facts.composition.members.count == facts.profile.committeeSize)
        }
    }

    @Test("generate: who is convened, who signs, who is notified; nothing when check finds an error", arguments: ScenarioMatrix.rows)
    func documents(_ row: ScenarioExpectation) throws {
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        let (c, facts) = try Self.evaluate(row.file)
        guard row.errors.isEmpty else {
            #expect(throws: GenerateError.self) { try Examples.generate(Self.url(row.file), out: out, formats: [.txt]) }
            #expect(try Examples.snapshot(out).isEmpty)
            return
        }
        let result = try Examples.generate(Self.url(row.file), out: out, formats: [.txt])
        var texts: [String: String] = [:]
        for document in result.written {
            texts[document.url.deletingPathExtension().lastPathComponent] = try String(contentsOf: document.url, encoding: .utf8)
        }
        if let convened = row.convened {
            // `convened` names who sits (Wommelgem art. 45; Kinrooi art. 2): the composition must be those seven.
            // (Empty: nobody is convened, as for an inadmissible Wommelgem report, art. 52.)
            var chairSlug = ""
            if !convened.isEmpty {
                #expect(Set(facts.composition.members.map { FileName.slug(c.name($0)) }) == convened, "composition")
                // The chair for the case convenes and signs (Wommelgem art. 46 §1; Kinrooi art. 3, 4): every other
                // sitting member gets a convocation, the chair none (issue 10 finding 4: no letter to its own signatory).
                let chair = try #require(facts.composition.chair, "a case with convocations has a chair")
                chairSlug = FileName.slug(c.name(chair))
                #expect(convened.contains(chairSlug), "the chair \(chair) sits")
            }
            for meeting in c.meetings {
                let prefix = "01-oproeping-\(meeting.date)-"
                let people = Set(texts.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) })
                #expect(people == convened.subtracting([chairSlug]), "meeting \(meeting.id)")
                for person in people {
                    let letter = texts[prefix + person] ?? ""
                    #expect(letter.contains("plaatsvervanger") == row.substitutes.contains(person), "\(person) at \(meeting.id)")
                }
            }
            if c.meetings.isEmpty { #expect(!texts.keys.contains { $0.hasPrefix("01-oproeping") }) }
        }
        if let signature = row.councilSignature {
            let decision = try #require(texts.first { $0.key.hasPrefix("05-besluit") }?.value)
            #expect(decision.contains(signature))
        }
        if let notified = row.notified {
            let prefix = "04-kennisgeving-"
            #expect(Set(texts.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }) == notified)
        }
        if let motivated = row.withMotivation {
            // Kinrooi art. 8: the motivation goes to the parties, and to the chairs only for a founded decision.
            let motivation = try #require(c.assessment?.motivation.first)
            for (name, text) in texts where name.hasPrefix("04-kennisgeving-") {
                let person = String(name.dropFirst("04-kennisgeving-".count))
                #expect(text.contains(motivation) == motivated.contains(person), "\(person): motivation")
            }
        }
        for prefix in row.writes {
            #expect(texts.keys.contains { $0.hasPrefix(prefix) }, "\(prefix) is not written")
        }
        for prefix in row.omits {
            #expect(!texts.keys.contains { $0.hasPrefix(prefix) }, "\(prefix) is written")
        }
        for (prefix, sentence) in row.contains {
            let matching = texts.filter { $0.key.hasPrefix(prefix) }
            #expect(!matching.isEmpty && matching.allSatisfy { $0.value.contains(sentence) }, "\(prefix): \(sentence)")
        }
        for (prefix, expected) in row.signatures {
            let matching = texts.filter { $0.key.hasPrefix(prefix) }
            #expect(!matching.isEmpty, "\(prefix) is not written")
            for (name, text) in matching {
                let lines = text.components(separatedBy: "\n")
                for signature in expected {
                    let signed = zip(lines, lines.dropFirst()).contains { $0.hasSuffix("\(signature.role),") && $1 == signature.name }
                    #expect(signed, "\(name) is not signed by \(signature.name) as \(signature.role)")
                }
            }
        }
        // The respondent never signs (Wommelgem art. 45 §4, code art. 3): no signature line names her.
        let respondent = c.name(c.details.respondent)
        for (name, text) in texts {
            let lines = text.components(separatedBy: "\n")
            for (index, line) in lines.enumerated().dropLast() where line.hasSuffix("voorzitter,") {
                #expect(lines[index + 1] != respondent, "\(name) is signed by the respondent")
            }
        }
    }

    @Test("every document of every clean scenario is conforming ODF 1.3",
          arguments: ScenarioMatrix.rows.filter { $0.errors.isEmpty && !$0.file.hasPrefix("Examples/") })
    func conforming(_ row: ScenarioExpectation) throws {
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try Examples.generate(Self.url(row.file), out: out, formats: [.odt])
        let validator = try PackageValidator()
        for document in result.written {
            let report = try validator.validate(contentsOf: document.url)
            #expect(report.conformance == .conforming, "\(document.url.lastPathComponent): \(report.problems.prefix(3))")
        }
    }

    static var everyCaseFile: [String] {
        let examples = (try? FileManager.default.contentsOfDirectory(atPath: Examples.folder.path)) ?? []
        let scenarios = (try? FileManager.default.contentsOfDirectory(atPath: Self.scenarios.path)) ?? []
        return examples.filter { $0.hasSuffix(".yaml") }.map { "Examples/\($0)" }.sorted() + scenarios.filter { $0.hasSuffix(".yaml") }.sorted()
    }

    @Test("check and generate agree on every scenario and example: when check fails, generate fails and writes nothing",
          arguments: everyCaseFile)
    func checkAndGenerateAgree(_ file: String) throws {
        let url = Self.url(file)
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        let fails = try Self.checkFails(url)
        do {
            _ = try Examples.generate(url, out: out, formats: [.txt])
            #expect(!fails, "check finds an error but generate wrote the documents")
        } catch {
            guard (error as? GenerateError)?.ruleViolationLines != nil else { Issue.record("generate: \(error)"); return }
            #expect(fails, "generate refuses what check accepts: \(error)")
            #expect(try Examples.snapshot(out).isEmpty)
        }
    }
}
