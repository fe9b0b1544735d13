import AkteCase
import AkteTestSupport
import Foundation
import Testing
@testable import AkteRules

@Suite struct FindingTests {
    @Test("An error blocks what it names (every document by default); notes and warnings block nothing")
    func blocking() {
        let late = Finding(.error, "notice.late", "late", blocks: [.convocations(meeting: "a")])
        #expect(late.blocks(.convocations(meeting: "a")))
        #expect(!late.blocks(.convocations(meeting: "b")))
        #expect(!late.blocks(.councilDecision))
        let broad = Finding(.error, "seats.tieUnresolved", "tie")
        #expect(broad.blocks(.minutes(meeting: "a")) && broad.blocks(.commissionOutcome) && broad.blocks(.everything))
        let every = Finding(.error, "x.y", "any meeting", blocks: [.minutes(meeting: nil)])
        #expect(every.blocks(.minutes(meeting: "z")))
        #expect(Finding(.warning, "recusal.reporterSits", "warn", blocks: [.everything]).blocks.isEmpty)
    }

    @Test("The printed line ends with the article and the stable code")
    func line() {
        let f = Finding(.error, "vote.tie", "tie", article: "art. 6", at: SourcePosition(file: "c.yaml", line: 3, column: 5))
        #expect(f.description == "c.yaml:3:5: error: tie [art. 6] (vote.tie)")
    }

    @Test("Every finding of the examples has a code of the form family.name")
    func codesAreStable() throws {
        for name in ["commissie-voorbeeld.yaml", "commissie-kinrooi.yaml"] {
            let (_, facts) = try evaluateExample(name)
            for finding in facts.diagnostics {
                #expect(finding.code.rawValue.range(of: #"^[a-z]+\.[a-zA-Z]+$"#, options: .regularExpression) != nil, "\(finding)")
            }
        }
    }
}

@Suite struct HearingReplyTests {
    let calendar = BelgianCalendar()
    func day(_ s: String) -> CivilDate { CivilDate(iso: s)! }

    @Test("Ordinary notice: the last working day at least three days before the hearing")
    func ordinary() {
        // Hearing Thursday 4 September 2025, letter 22 August: Monday 1 September.
        #expect(HearingReply.date(hearing: day("2025-09-04"), letter: day("2025-08-22"), calendar: calendar) == day("2025-09-01"))
    }

    @Test("Short notice: never on or before the letter's own date; nil when no working day is left")
    func short() {
        // Letter Monday 29 September, hearing Thursday 2 October 2025: three days before is the letter's date.
        let reply = HearingReply.date(hearing: day("2025-10-02"), letter: day("2025-09-29"), calendar: calendar)
        #expect(reply.map { $0 > day("2025-09-29") && $0 < day("2025-10-02") } == true)
        // Letter Friday 31 October, hearing Monday 3 November 2025: Saturday, Sunday (and no working day) between.
        #expect(HearingReply.date(hearing: day("2025-11-03"), letter: day("2025-10-31"), calendar: calendar) == nil)
    }
}

@Suite struct CompositionTests {
    @Test("Art. 45 §4: a deputy chair who is not a sitting member chairs; the code leaves open how: a warning")
    func deputyOutsideTheCommission() throws {
        let (_, facts) = try evaluateExample("commissie-voorbeeld.yaml", edit: { text in
            replacing("respondent: pieter", "respondent: ann")(replacing("deputyChair: koen", "deputyChair: hilde")(text))
        })
        #expect(facts.composition.chair == "hilde")
        #expect(facts.composition.members.count == 7)
        #expect(facts.diagnostics.contains { $0.code == "recusal.deputyNotSitting" && $0.severity == .warning })
    }

    @Test("Art. 45 §4: a respondent chair without a deputy named is an error that blocks every document")
    func noDeputy() throws {
        let (_, facts) = try evaluateExample("commissie-voorbeeld.yaml", edit: { text in
            replacing("respondent: pieter", "respondent: ann")(replacing("deputyChair: koen                  # replaces the chair if the report concerns her (art. 45 §4)\n", "")(text))
        })
        #expect(facts.composition.chair == nil)
        #expect(facts.diagnostics.contains { $0.code == "recusal.noDeputyChair" && $0.blocks(.convocations(meeting: "hoorzitting")) })
    }

    @Test("Art. 46 §6: a witness who sits is a warning; the code leaves the replacement open")
    func witnessSits() throws {
        let (_, facts) = try evaluateExample("commissie-voorbeeld.yaml", edit: replacing("witnesses: [inge]", "witnesses: [inge, koen]"))
        #expect(facts.diagnostics.contains { $0.code == "recusal.witnessSits" && $0.severity == .warning && $0.article == "art. 46 §6" })
        #expect(!facts.hasErrors)
    }

    @Test("Only sitting members present at the meeting vote in the commission")
    func absentVoter() throws {
        let (_, facts) = try evaluateExample("commissie-voorbeeld.yaml", edit: replacing(
            "advies aan de raad\"\n    present: [ann, koen, lotte, sofie, jan, nora, dirk]",
            "advies aan de raad\"\n    present: [ann, koen, lotte, sofie, jan, nora]"))
        #expect(facts.diagnostics.contains { $0.code == "vote.absentVoter" && $0.message.contains("Dirk Hermans") && $0.blocks(.commissionOutcome) })
    }

    @Test("The acting chair of the council is a council member, never the respondent (code art. 3; DLB art. 7 §5)")
    func actingChair() throws {
        let edit = replacing("  vote: raadsbesluit\n  publicationDate", "  vote: raadsbesluit\n  actingChair: katrien\n  publicationDate")
        let (c, facts) = try evaluateExample("commissie-voorbeeld.yaml", edit: edit)
        #expect(facts.diagnostics.contains { $0.code == "recusal.actingChairNotCouncillor" && $0.blocks(.councilDecision) })
        #expect(c.councilChairIsActing)
        let (_, own) = try evaluateExample("commissie-voorbeeld.yaml", edit: replacing("  vote: raadsbesluit\n  publicationDate", "  vote: raadsbesluit\n  actingChair: pieter\n  publicationDate"))
        #expect(own.diagnostics.contains { $0.code == "recusal.respondentSigns" })
    }
}

@Suite struct FindingCatalogueTests {
    @Test("Every finding code the rules use is listed in docs/case-file.md (codes are an interface: documented and stable)")
    func documented() throws {
        // Every module may raise findings (the rules, and Akte for the documents' file names).
        let sources = TestPaths.repositoryRoot.appendingPathComponent("Sources")
        let docs = try String(contentsOf: TestPaths.repositoryRoot.appendingPathComponent("docs/case-file.md"), encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #"(?:Finding|Diagnostic|finding)\([^,]+, "([a-z]+\.[a-zA-Z]+)""#)
        var codes = Set<String>()
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                codes.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        #expect(codes.count > 50)
        let missing = codes.filter { !docs.contains("`\($0)`") }.sorted()
        #expect(missing.isEmpty, "add to the codes table in docs/case-file.md: \(missing)")
    }
}
