import Akte
import AkteCase
import AkteODF
import AkteRules
import AkteTestSupport
import Foundation
import Testing

/// The advice procedure on the code and its application (`kind: advies`; issue 10): the case model, its findings
/// in both profiles, and its documents. Expected dates are counted by hand from the articles, never recorded.
///
/// Kinrooi art. 13: "Binnen de dertig kalenderdagen wordt de commissie samengeroepen" (from receiving the request,
/// art. 3); art. 14: "binnen de dertig dagen nadat de adviesvraag geagendeerd werd … verlengd … op vraag van de
/// commissie"; art. 15: communicated to the council chair and the college chair; art. 16: July and August may be
/// suspended. Wommelgem art. 47, 54: no term; the council evaluates the code once per term after asking the advice.
@Suite struct AdviceCaseTests {
    static let example = "advies-kinrooi.yaml"

    static func load(_ yaml: String, file: String = "advies.yaml") throws -> CommissionCase {
        guard case let .commission(c) = try CaseLoader.load(yaml: yaml, file: file) else { throw LoadError(issues: []) }
        return c
    }

    static func facts(_ c: CommissionCase) throws -> CaseFacts {
        CaseEvaluator.evaluate(c, profile: try RuleProfile.load(nameOrPath: c.profile))
    }

    static func kinrooi(_ replacements: [(String, String)] = []) throws -> CommissionCase {
        var text = try Examples.text(example)
        for (old, new) in replacements {
            try #require(text.contains(old), "the example no longer contains \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return try load(text, file: example)
    }

    static func wommelgem(_ replacements: [(String, String)] = []) throws -> CommissionCase {
        var text = StarterFiles.advice
        for (old, new) in replacements {
            try #require(text.contains(old), "the starter no longer contains \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return try load(text)
    }

    static func codes(_ f: CaseFacts, _ severity: Severity) -> Set<FindingCode> {
        Set(f.diagnostics.filter { $0.severity == severity }.map(\.code))
    }

    // MARK: - Loader

    @Test("loader: a kind: advies file reads its advice section; case, hearings, assessment are not its keys")
    func loaderReadsAdvice() throws {
        let c = try Self.kinrooi()
        let advice = try #require(c.advice)
        #expect(advice.by == .raad && advice.date == CivilDate(year: 2025, month: 9, day: 22))
        #expect(advice.receivedOrDecided == CivilDate(year: 2025, month: 9, day: 24))
        #expect(advice.advice?.meeting == "tweede" && advice.advice?.text.count == 2)
        #expect(c.details.number == "ADV-2025-01")
        let withCase = try Examples.text(Self.example).replacingOccurrences(of: "advice:\n  number", with: "case: {number: X}\nadvice:\n  number")
        #expect { try Self.load(withCase) } throws: { error in
            "\(error)".contains("advies.yaml:") && "\(error)".contains("case")
        }
    }

    @Test("loader: errors name file, line, column and field", arguments: [
        ("  by: raad\n", "  by: gemeenteraad\n", "advice.by"),
        ("  received: 2025-09-24 ", "  received: 2025-09-20 ", "advice.received"),
        ("    meeting: tweede\n    vote", "    meeting: derde\n    vote", "advice.advice.meeting"),
        ("  onAgenda: 2025-10-16\n", "  onAgenda: 2025-10-16\n  extension: {requested: 2025-11-10, until: 2025-11-01}\n", "advice.extension.until"),
        ("  question: >-\n", "  vraag: >-\n", "advice"),
    ])
    func loaderErrors(_ old: String, _ new: String, _ field: String) throws {
        let text = try Examples.text(Self.example)
        try #require(text.contains(old))
        #expect { try Self.load(text.replacingOccurrences(of: old, with: new)) } throws: { error in
            guard let error = error as? LoadError, let issue = error.issues.first else { return false }
            return issue.position.file == "advies.yaml" && issue.position.line > 1 && issue.position.column >= 1
                && error.issues.contains { $0.path.hasPrefix(field) }
        }
    }

    // MARK: - Kinrooi (art. 13–16)

    @Test("Kinrooi example: received 24 Sep + 30 calendar days = convene by 24 Oct (art. 13); on the agenda 16 Oct + 30 = advice by 15 Nov (art. 14); no error")
    func kinrooiExample() throws {
        let f = try Self.facts(try Self.kinrooi())
        // 24 September + 6 days = 30 September, + 24 days = 24 October.
        #expect(f.advice?.convening?.deadline == CivilDate(year: 2025, month: 10, day: 24))
        // 16 October + 15 days = 31 October, + 15 days = 15 November.
        #expect(f.advice?.advice?.deadline == CivilDate(year: 2025, month: 11, day: 15))
        #expect(Self.codes(f, .error).isEmpty, "\(f.diagnostics)")
        #expect(Self.codes(f, .note).contains("advice.subjectNotChecked"))
        // No report findings: there is no report, reporter or respondent.
        #expect(!f.diagnostics.contains { $0.code.rawValue.hasPrefix("hearing.") || $0.code.rawValue.hasPrefix("convening.") })
        #expect(f.diagnostics.first { $0.code == "advice.subjectNotChecked" }?.article == "art. 14")
    }

    @Test("Kinrooi art. 13: the convocation sent 27 October, after 24 October, is late; blocks that meeting's convocations")
    func kinrooiConveningLate() throws {
        let c = try Self.kinrooi([("date: 2025-10-16\n    time", "date: 2025-11-06\n    time"), ("plannedSending: 2025-10-03", "plannedSending: 2025-10-27"),
                                  ("onAgenda: 2025-10-16", "onAgenda: 2025-11-06")])
        let f = try Self.facts(c)
        let late = try #require(f.diagnostics.first { $0.code == "advice.conveningLate" })
        #expect(late.severity == .error && late.article == "art. 13")
        #expect(late.blocks == [.convocations(meeting: "eerste")])
    }

    @Test("Kinrooi art. 13: without a sending date, a first meeting after 24 October is a warning")
    func kinrooiConveningLateMeeting() throws {
        let c = try Self.kinrooi([("date: 2025-10-16\n    time", "date: 2025-10-30\n    time"), ("    plannedSending: 2025-10-03\n", ""),
                                  ("onAgenda: 2025-10-16", "onAgenda: 2025-10-30")])
        let f = try Self.facts(c)
        #expect(Self.codes(f, .warning).contains("advice.conveningLateMeeting"))
        #expect(!Self.codes(f, .error).contains("advice.conveningLate"))
    }

    @Test("Kinrooi art. 14: on the agenda 10 October + 30 days = 9 November; the advice of 13 November is late without an extension")
    func kinrooiAdviceLate() throws {
        let f = try Self.facts(try Self.kinrooi([("onAgenda: 2025-10-16", "onAgenda: 2025-10-10")]))
        // 10 October + 21 days = 31 October, + 9 days = 9 November.
        #expect(f.advice?.advice?.deadline == CivilDate(year: 2025, month: 11, day: 9))
        let late = try #require(f.diagnostics.first { $0.code == "advice.late" })
        #expect(late.severity == .error && late.article == "art. 14" && late.blocks == [.commissionOutcome])
    }

    @Test("Kinrooi art. 14: an extension asked on 5 November (before 9 November) until 10 December covers the advice of 13 November")
    func kinrooiExtended() throws {
        let f = try Self.facts(try Self.kinrooi([("onAgenda: 2025-10-16\n", "onAgenda: 2025-10-10\n  extension: {requested: 2025-11-05, until: 2025-12-10}\n")]))
        #expect(Self.codes(f, .error).isEmpty, "\(f.diagnostics)")
        #expect(Self.codes(f, .note).contains("advice.extended"))
    }

    @Test("Kinrooi art. 14: an extension asked on 10 November, after the term ended on 9 November, does not save the advice")
    func kinrooiExtensionLate() throws {
        let f = try Self.facts(try Self.kinrooi([("onAgenda: 2025-10-16\n", "onAgenda: 2025-10-10\n  extension: {requested: 2025-11-10}\n")]))
        #expect(Self.codes(f, .error) == ["advice.extensionLate"])
    }

    @Test("Kinrooi art. 14: an advice after the extended date is late")
    func kinrooiLateExtended() throws {
        let f = try Self.facts(try Self.kinrooi([("onAgenda: 2025-10-16\n", "onAgenda: 2025-10-10\n  extension: {requested: 2025-11-05, until: 2025-11-12}\n")]))
        #expect(Self.codes(f, .error) == ["advice.lateExtended"])
    }

    @Test("Kinrooi: an advice adopted before the question is on the agenda, and a meeting before the request, are errors")
    func kinrooiOrder() throws {
        let f = try Self.facts(try Self.kinrooi([("onAgenda: 2025-10-16", "onAgenda: 2025-11-14")]))
        #expect(Self.codes(f, .error).contains("advice.beforeAgenda"))
        let g = try Self.facts(try Self.kinrooi([("date: 2025-09-22 ", "date: 2025-09-20 "), ("received: 2025-09-24", "received: 2025-10-20"),
                                                 ("date: 2025-10-16\n    time", "date: 2025-10-16\n    time")]))
        // The first meeting (16 October) is after the decision (20 September): no meetingBeforeRequest.
        #expect(!Self.codes(g, .error).contains("advice.meetingBeforeRequest"))
        let h = try Self.facts(try Self.kinrooi([("date: 2025-09-22 ", "date: 2025-10-20 "), ("received: 2025-09-24", "received: 2025-10-20"),
                                                 ("onAgenda: 2025-10-16", "onAgenda: 2025-10-23")]))
        #expect(Self.codes(h, .error).contains("advice.meetingBeforeRequest"))
    }

    @Test("Kinrooi art. 6: three for, three against: the chair's vote decides (adopted); Wommelgem-style rejection is an error only when rejected")
    func adviceVote() throws {
        // Kinrooi art. 6: "Bij staking van stemmen is de stem van de voorzitter doorslaggevend"; Griet (the chair) votes for.
        let tie = try Self.facts(try Self.kinrooi([("for: [griet, hans, mieke, ilse, kris]\n    against: [wout]", "for: [griet, hans, mieke]\n    against: [ilse, kris, wout]")]))
        #expect(!Self.codes(tie, .error).contains("advice.voteRejected"), "\(tie.diagnostics)")
        // Two for, four against: no majority, the advice is not adopted.
        let rejected = try Self.facts(try Self.kinrooi([("for: [griet, hans, mieke, ilse, kris]\n    against: [wout]", "for: [griet, hans]\n    against: [mieke, ilse, kris, wout]")]))
        let finding = try #require(rejected.diagnostics.first { $0.code == "advice.voteRejected" })
        #expect(finding.severity == .error && finding.blocks == [.commissionOutcome])
    }

    @Test("Kinrooi art. 15: the advice goes to the college chair too; without collegeChair the outcome is refused")
    func kinrooiCollegeChairMissing() throws {
        let f = try Self.facts(try Self.kinrooi([("collegeChair: tine                 # receives the advice (art. 15)\n", "")]))
        let missing = try #require(f.diagnostics.first { $0.code == "advice.collegeChairMissing" })
        #expect(missing.severity == .error && missing.article == "art. 15")
    }

    @Test("Kinrooi art. 16: asked on 20 June 2025: convene by 20 July, or by 20 September with July–August suspended; not chosen: a warning")
    func kinrooiSummer() throws {
        func facts(_ choice: String) throws -> CaseFacts {
            try Self.facts(try Self.kinrooi([("summerSuspension: false ", choice), ("date: 2025-09-22 ", "date: 2025-06-18 "),
                                              ("received: 2025-09-24", "received: 2025-06-20")]))
        }
        // 20 June + 10 days = 30 June, + 20 days = 20 July. Suspended: 30 June, then 1–20 September.
        let off = try facts("summerSuspension: false ")
        #expect(off.advice?.convening?.deadline == CivilDate(year: 2025, month: 7, day: 20))
        #expect(off.advice?.convening?.withOptionalSuspension == CivilDate(year: 2025, month: 9, day: 20))
        let on = try facts("summerSuspension: true ")
        #expect(on.advice?.convening?.deadline == CivilDate(year: 2025, month: 9, day: 20))
        let unchosen = try facts("# summerSuspension ")
        #expect(Self.codes(unchosen, .warning).contains("advice.suspensionNotChosen"))
        #expect(!Self.codes(off, .warning).contains("advice.suspensionNotChosen"))
    }

    @Test("Kinrooi art. 13: on the commission's own initiative no convening term runs")
    func kinrooiOwnInitiative() throws {
        let f = try Self.facts(try Self.kinrooi([("  by: raad\n", "  by: eigen-initiatief\n")]))
        #expect(f.advice?.convening == nil)
        #expect(!f.diagnostics.contains { $0.code == "advice.noConveningTerm" || $0.code == "advice.councilEvaluation" })
        #expect(f.advice?.advice?.deadline == CivilDate(year: 2025, month: 11, day: 15))
    }

    // MARK: - Wommelgem (art. 47, 54)

    @Test("Wommelgem art. 47, 54: no convening or advice term is set, and none is invented; a council request notes art. 54")
    func wommelgemNoTerms() throws {
        let f = try Self.facts(try Self.wommelgem())
        #expect(f.advice?.convening == nil && f.advice?.advice == nil)
        #expect(Self.codes(f, .error).isEmpty, "\(f.diagnostics)")
        #expect(Self.codes(f, .note).isSuperset(of: ["advice.noConveningTerm", "advice.noAdviceTerm", "advice.councilEvaluation", "advice.subjectNotChecked"]))
        #expect(f.diagnostics.first { $0.code == "advice.councilEvaluation" }?.article == "art. 54")
        #expect(f.diagnostics.first { $0.code == "advice.subjectNotChecked" }?.article == "art. 47")
    }

    @Test("Wommelgem: on own initiative there is no art. 54 note; an extension has no term to extend (warning)")
    func wommelgemOwnInitiativeAndExtension() throws {
        let own = try Self.facts(try Self.wommelgem([("  by: raad ", "  by: eigen-initiatief ")]))
        #expect(!own.diagnostics.contains { $0.code == "advice.councilEvaluation" })
        let ext = try Self.facts(try Self.wommelgem([("  # extension: {requested: 2025-04-20, until: 2025-05-27, motivation: \"…\"}",
                                                     "  extension: {requested: 2025-04-20, until: 2025-05-27}")]))
        #expect(Self.codes(ext, .warning).contains("advice.extensionWithoutTerm"))
    }

    // MARK: - Documents

    @Test("generate, Kinrooi: convocations to the seven members per meeting, the advice, letters to both chairs (art. 15); conforming ODF 1.3")
    func kinrooiDocuments() throws {
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try Examples.generate(Examples.folder.appendingPathComponent(Self.example), out: out)
        let names = Set(result.written.map { $0.url.deletingPathExtension().lastPathComponent })
        let members = ["griet-vandael", "hans-cuppens", "mieke-janssen", "ilse-bongaerts", "kris-dirix", "anke-schreurs", "wout-nijs"]
        let expected = Set(["2025-10-16", "2025-11-13"].flatMap { d in members.map { "01-oproeping-advies-\(d)-\($0)" } }
            + ["03-advies-code-2025-11-13", "04-mededeling-advies-griet-vandael", "04-mededeling-advies-tine-bouwens"])
        #expect(names == expected)
        let validator = try PackageValidator()
        for document in result.written where document.url.pathExtension == "odt" {
            #expect(try validator.validate(contentsOf: document.url).conformance == .conforming, "\(document.url.lastPathComponent)")
        }
        func text(_ name: String) throws -> String {
            try String(contentsOf: out.appendingPathComponent("ADV-2025-01/\(name).txt"), encoding: .utf8)
        }
        let advice = try text("03-advies-code-2025-11-13")
        #expect(advice.contains("ADVIES VAN DE DEONTOLOGISCHE COMMISSIE"))
        #expect(advice.contains("richtinggevend en niet bindend"))   // art. 14
        #expect(advice.contains("De secretaris,\nDries Timmermans") && advice.contains("De voorzitter,\nGriet Vandael"))
        #expect(advice.contains("5 stemmen voor"))
        #expect(!advice.contains("artikel 54"))   // a Wommelgem sentence never in a Kinrooi document
        let toCouncil = try text("04-mededeling-advies-griet-vandael"), toCollege = try text("04-mededeling-advies-tine-bouwens")
        #expect(toCouncil.contains("als voorzitter van de gemeenteraad") && toCollege.contains("als voorzitter van het college van burgemeester en schepenen"))
        #expect(toCouncil.contains("debat") && !toCollege.contains("debat"))   // art. 15, second paragraph: the council chair
        #expect(toCollege.contains("artikel 15 van het huishoudelijk reglement"))
        let convocation = try text("01-oproeping-advies-2025-10-16-wout-nijs")
        #expect(convocation.contains("De gemeenteraad vroeg bij besluit van maandag 22 september 2025 het advies van de commissie (artikel 13"))
        #expect(convocation.contains("uiterlijk op zaterdag 15 november 2025 (artikel 14"))
    }

    @Test("generate, Wommelgem: one letter, to the council through its chair (art. 47); no Kinrooi sentence, no invented term")
    func wommelgemDocuments() throws {
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        let file = out.appendingPathComponent("advies.yaml")
        try StarterFiles.advice.write(to: file, atomically: true, encoding: .utf8)
        let result = try Examples.generate(file, out: out.appendingPathComponent("out"), formats: [.txt])
        let names = result.written.map { $0.url.deletingPathExtension().lastPathComponent }
        #expect(names.filter { $0.hasPrefix("04-mededeling-advies") } == ["04-mededeling-advies-an-voorbeeld"])
        for document in result.written {
            let text = try String(contentsOf: document.url, encoding: .utf8)
            #expect(!text.contains("niet bindend") && !text.contains("huishoudelijk reglement") && !text.contains("uiterlijk op"), "\(document.url.lastPathComponent)")
        }
        let advice = try String(contentsOf: try #require(result.written.first { $0.kind == .adviesCode }).url, encoding: .utf8)
        #expect(advice.contains("artikel 54 van de deontologische code"))
    }

    @Test("generate obeys check: an advice after the Kinrooi art. 14 term is refused and nothing is written")
    func generateRefusesLateAdvice() throws {
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        let file = try Examples.edited(Self.example, in: out, [("onAgenda: 2025-10-16", "onAgenda: 2025-10-10")])
        let target = out.appendingPathComponent("out")
        #expect { try Examples.generate(file, out: target) } throws: { error in
            guard let lines = (error as? GenerateError)?.ruleViolationLines else { return false }
            return lines.contains { $0.contains("(advice.late)") }
        }
        #expect(!FileManager.default.fileExists(atPath: target.path))
        // With --only the convocations, which the late advice does not make illegal, are written.
        let only = try Examples.generate(file, out: target, formats: [.txt], only: [.oproepingAdvies])
        #expect(only.written.count == 14)
    }
}
