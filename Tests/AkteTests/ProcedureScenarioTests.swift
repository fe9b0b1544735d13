import Akte
import AkteCase
import AkteRules
import AkteTestSupport
import Foundation
import Testing

/// Scenario case files for issue 10, findings 6 and 7 and the procedures of convening at the request of members:
/// `Tests/AkteTests/Scenarios/`. Expected values come from the seeds (002 Wommelgem, 003 Kinrooi), cited per test.
enum Scenarios {
    static let folder = TestPaths.testsFolder().appendingPathComponent("Scenarios")
    static let kinrooiSummer = "kinrooi-zomerschorsing.yaml"
    static let kinrooiRequest = "kinrooi-verzoek-derde.yaml"
    static let wommelgemRequest = "wommelgem-verzoek-derde.yaml"
    static let all = [kinrooiSummer, kinrooiRequest, wommelgemRequest]

    static func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// Loads a scenario (or an example: `examples: true`), edited, and evaluates it under its profile.
    static func evaluate(_ name: String, examples: Bool = false, _ replacements: [(String, String)] = []) throws -> (CommissionCase, CaseFacts) {
        var text = examples ? try Examples.text(name) : try self.text(name)
        for (old, new) in replacements {
            try #require(text.contains(old), "\(name) no longer contains \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        guard case let .commission(c) = try CaseLoader.load(yaml: text, file: name) else {
            throw LoadError(issues: [])
        }
        return (c, CaseEvaluator.evaluate(c, profile: try RuleProfile.load(nameOrPath: c.profile)))
    }

    static func seed(_ prefix: String) throws -> String {
        let folder = TestPaths.seeds
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix(prefix) })
        return try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// The .txt of every document a case file's stage calls for, by file name.
    static func documents(_ caseFile: URL) throws -> [String: String] {
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        let result: GenerateResult
        do {
            result = try Examples.generate(caseFile, out: out, formats: [.txt])
        } catch let error as GenerateError where error.ruleViolationLines != nil {
            return [:] // a scenario the rules reject writes no document (the agreement test checks that)
        }
        var texts: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: result.directory.path) where name.hasSuffix(".txt") {
            texts[name] = try String(contentsOf: result.directory.appendingPathComponent(name), encoding: .utf8)
        }
        return texts
    }
}

extension Diagnostic {
    var text: String { message + (article.map { " [\($0)]" } ?? "") }
}

@Suite struct ProfileTextTests {
    static let wommelgem = try! RuleProfile.load(nameOrPath: "wommelgem-2023")
    static let kinrooi = try! RuleProfile.load(nameOrPath: "kinrooi-2025")

    /// A profile's own sentences, citations, title and adoption that the other profile does not share.
    static func distinctive(_ profile: RuleProfile, other: RuleProfile) -> [String] {
        let own = Array(profile.texts.values) + Array(profile.citations.values) + [profile.codeTitle, profile.codeAdopted].compactMap { $0 }
        let theirs = Set(Array(other.texts.values) + Array(other.citations.values) + [other.codeTitle, other.codeAdopted].compactMap { $0 })
        return own.filter { !theirs.contains($0) && !$0.isEmpty }
    }

    @Test("Issue 10 finding 6: no sentence, citation or title of one profile appears in a document of the other (examples and scenarios)")
    func noLeakBetweenProfiles() throws {
        let cases = [Examples.wommelgem, Examples.kinrooi].map { Examples.folder.appendingPathComponent($0) }
            + Scenarios.all.map { Scenarios.folder.appendingPathComponent($0) }
        var scanned = 0
        for file in cases {
            guard case let .commission(c) = try CaseLoader.load(contentsOf: file) else { continue }
            let isKinrooi = c.profile == "kinrooi-2025"
            let foreign = isKinrooi ? Self.distinctive(Self.wommelgem, other: Self.kinrooi) : Self.distinctive(Self.kinrooi, other: Self.wommelgem)
            #expect(foreign.count >= 5, "the scan needs the other profile's texts")
            for (name, text) in try Scenarios.documents(file) {
                scanned += 1
                for sentence in foreign {
                    #expect(!text.contains(sentence), "\(file.lastPathComponent) → \(name) contains the other profile's \"\(sentence)\"")
                }
            }
        }
        #expect(scanned > 60)
    }

    @Test("Seed 002 never cites art. 458 Strafwetboek, so no Wommelgem document does; Kinrooi's hearing letters do (art. 18)")
    func strafwetboek458() throws {
        #expect(!(try Scenarios.seed("002")).contains("458"))
        #expect(try Scenarios.seed("003").contains("overeenkomstig artikel 458 van het Strafwetboek"))
        let wommelgem = try Scenarios.documents(Examples.folder.appendingPathComponent(Examples.wommelgem))
        for (name, text) in wommelgem { #expect(!text.contains("458"), "\(name)") }
        let kinrooi = try Scenarios.documents(Examples.folder.appendingPathComponent(Examples.kinrooi))
        let invitations = kinrooi.filter { $0.key.hasPrefix("02-uitnodiging-hoorzitting") }
        #expect(invitations.count == 2)
        for (name, text) in invitations { #expect(text.contains("artikel 458 van het Strafwetboek"), "\(name)") }
    }

    @Test("Wommelgem's code title and adoption as seed 002 writes them: \"voor de mandatarissen van het lokaal bestuur\", by the raad voor maatschappelijk welzijn on 15 June 2023")
    func wommelgemCodeTitle() throws {
        let seed = try Scenarios.seed("002")
        #expect(seed.contains("De deontologische code voor de mandatarissen van het lokaal bestuur als volgt vast te stellen"))
        #expect(seed.contains("Notulen RMW van 15 06 2023"))
        #expect(!seed.contains("deontologische code voor lokale mandatarissen"))
        let documents = try Scenarios.documents(Examples.folder.appendingPathComponent(Examples.wommelgem))
        let item = try #require(documents.first { $0.key.hasPrefix("04-agendapunt") }?.value)
        #expect(item.contains("De deontologische code voor de mandatarissen van het lokaal bestuur, vastgesteld door de raad voor maatschappelijk welzijn in zitting van 15 juni 2023"))
        for (name, text) in documents { #expect(!text.contains("voor lokale mandatarissen"), "\(name)") }
    }

    @Test("Wommelgem minutes get no remarks deadline (the code has none); Kinrooi's keep art. 7's five working days")
    func remarksOnlyWhereTheProfileSetsThem() throws {
        #expect(Self.wommelgem.remarks == nil)
        let wommelgem = try Scenarios.documents(Examples.folder.appendingPathComponent(Examples.wommelgem)).filter { $0.key.hasPrefix("06-verslag") }
        #expect(wommelgem.count == 2)
        for (name, text) in wommelgem {
            #expect(!text.contains("opmerkingen schriftelijk"), "\(name)")
            #expect(!text.contains("Opmerkingen over dit verslag"), "\(name)")
            // Kinrooi art. 7's sentences are not Wommelgem's.
            #expect(!text.contains("zonder de naam van de sprekers"), "\(name)")
            #expect(!text.contains("vertrouwelijk document dat als dusdanig"), "\(name)")
        }
        let kinrooi = try Scenarios.documents(Examples.folder.appendingPathComponent(Examples.kinrooi)).filter { $0.key.hasPrefix("06-verslag") }
        #expect(kinrooi.count == 2)
        for (name, text) in kinrooi {
            #expect(text.contains("binnen vijf werkdagen na ontvangst hun opmerkingen schriftelijk melden aan de secretaris en de voorzitter"), "\(name)")
            #expect(text.contains("zonder de naam van de sprekers te vermelden"), "\(name)")
        }
    }

    @Test("check prints only the profile's articles: a Kinrooi member respondent is replaced under art. 2, never \"art. 45 §5\"")
    func kinrooiArticlesFromItsProfile() throws {
        // Kris Dirix (N-VA) is a member; Kinrooi art. 2 replaces an absent member by the designated substitute.
        let (_, facts) = try Scenarios.evaluate(Examples.kinrooi, examples: true, [("  respondent: bram\n", "  respondent: kris\n"),
                                                                                  ("substitutes: [bram]", "substitutes: [bram, joris]")])
        let replacement = try #require(facts.composition.replacements.first)
        #expect(replacement.original == "kris")
        for d in facts.diagnostics {
            #expect(!d.text.contains("art. 45"), "\(d)")
            #expect(!d.text.contains("art. 46"), "\(d)")
            #expect(!d.text.contains("art. 52"), "\(d)")
            #expect(!d.text.contains("huishoudelijk reglement art. 24"), "\(d)")
        }
        #expect(facts.diagnostics.contains { $0.message.contains("replaced by") && $0.article == "art. 2" })
        // Wommelgem keeps its own article (art. 45 §5).
        let (_, wommelgem) = try Scenarios.evaluate(Examples.wommelgem, examples: true)
        #expect(wommelgem.diagnostics.contains { $0.message.contains("is replaced by Sofie Goossens") && $0.article == "art. 45 §5" })
    }

    @Test("A profile text no document uses is refused, naming the key")
    func unknownTextRefused() throws {
        let yaml = try String(contentsOf: TestPaths.repositoryRoot.appendingPathComponent("Sources/AkteRules/Profiles/wommelgem-2023.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "texts:\n", with: "texts:\n  hearingSecrecy: \"x\"\n")
        #expect {
            _ = try RuleProfile.load(yaml: yaml, file: "p.yaml")
        } throws: { error in
            "\(error)".contains("hearingSecrecy") && "\(error)".contains("hearingConfidentiality")
        }
    }
}

/// Kinrooi art. 16: "De termijnen zoals bepaald voor meldingen, klachten en adviezen kunnen worden geschorst tijdens
/// de maanden juli en augustus." Art. 3: convened "binnen een termijn van dertig kalenderdagen na ontvangst".
@Suite struct OptionalSuspensionTests {
    @Test("Issue 10 finding 7: a complaint of 20 June 2025 without a choice: 20 July (no suspension applied), and 20 September shown beside it")
    func notChosen() throws {
        let (_, facts) = try Scenarios.evaluate(Scenarios.kinrooiSummer)
        let convening = try #require(facts.convening)
        #expect(convening.deadline == day("2025-07-20"))
        let option = try #require(convening.optionalSuspension)
        #expect(option.withoutSuspension == day("2025-07-20"))
        #expect(option.withSuspension == day("2025-09-20"))
        #expect(option.withoutSuspension.days(to: option.withSuspension) == 62)
        #expect(convening.suspendedDays == 0)
        let warning = try #require(facts.diagnostics.first { $0.severity == .warning && $0.article == "art. 16" })
        #expect(warning.message.contains("zondag 20 juli 2025") && warning.message.contains("zaterdag 20 september 2025"))
        // Sent on 8 September: late unless the terms are suspended.
        #expect(facts.diagnostics.contains { $0.severity == .error && $0.message.contains("after the convening deadline zondag 20 juli 2025") })
    }

    @Test("summerSuspension: true — July and August do not run: 20 September 2025; the 8 September convocation is in time")
    func chosenTrue() throws {
        let (_, facts) = try Scenarios.evaluate(Scenarios.kinrooiSummer, [("collegeChair: tine", "summerSuspension: true\ncollegeChair: tine")])
        #expect(facts.convening?.deadline == day("2025-09-20"))
        #expect(facts.convening?.suspendedDays == 62)
        #expect(!facts.diagnostics.contains { $0.message.contains("convening deadline") && $0.severity == .error })
        #expect(!facts.diagnostics.contains { $0.severity == .warning && $0.article == "art. 16" })
        #expect(facts.diagnostics.contains { $0.severity == .note && $0.article == "art. 16" && $0.message.contains("zondag 20 juli 2025") })
    }

    @Test("summerSuspension: false — 30 plain calendar days: 20 July 2025; the 8 September convocation is late")
    func chosenFalse() throws {
        let (_, facts) = try Scenarios.evaluate(Scenarios.kinrooiSummer, [("collegeChair: tine", "summerSuspension: false\ncollegeChair: tine")])
        #expect(facts.convening?.deadline == day("2025-07-20"))
        #expect(facts.diagnostics.contains { $0.severity == .error && $0.message.contains("after the convening deadline zondag 20 juli 2025") })
        #expect(!facts.diagnostics.contains { $0.severity == .warning && $0.article == "art. 16" })
    }

    @Test("Wommelgem art. 52 \"wordt geschorst van 11 juli tot en met 15 augustus\" is mandatory: 1 July 2025 → 5 September, no choice")
    func wommelgemMandatory() throws {
        let (_, facts) = try Scenarios.evaluate(Examples.wommelgem, examples: true)
        #expect(facts.convening?.deadline == day("2025-09-05"))
        #expect(facts.convening?.optionalSuspension == nil)
        #expect(!facts.diagnostics.contains { $0.message.contains("summerSuspension") })
    }
}

/// Wommelgem art. 46 §1: "De voorzitter is daarenboven gehouden de commissie bijeen te roepen op vraag van minstens
/// een derde van haar leden." Kinrooi art. 3: "De voorzitter roept de commissie binnen acht kalenderdagen samen
/// wanneer een derde van de leden daarom verzoekt. Het verzoek bevat een voorstel tot agenda …"
@Suite struct RequestedConveningTests {
    func errors(_ facts: CaseFacts) -> [Diagnostic] { facts.diagnostics.filter { $0.severity == .error } }

    @Test("Kinrooi: 3 of 7 members ask on 22 September 2025 with an agenda; convene by 30 September; sent 29 September: no finding")
    func kinrooiEnough() throws {
        let (_, facts) = try Scenarios.evaluate(Scenarios.kinrooiRequest)
        let request = try #require(facts.requests.first)
        #expect(request.required == 3)   // a third of 7 is 2 1/3
        #expect(request.sittingRequesters == ["kris", "anke", "wout"])
        #expect(request.deadline == day("2025-09-30"))
        #expect(errors(facts).isEmpty, "\(errors(facts))")
    }

    @Test("Kinrooi: 2 of 7 members are not a third: error citing art. 3")
    func kinrooiTooFew() throws {
        let (_, facts) = try Scenarios.evaluate(Scenarios.kinrooiRequest, [("by: [kris, anke, wout]", "by: [kris, anke]")])
        #expect(errors(facts).contains { $0.article == "art. 3" && $0.message.contains("2 of the 7 members") && $0.message.contains("that is 3") })
    }

    @Test("Kinrooi: a request of 19 September gives 27 September; a convocation sent on 29 September is late")
    func kinrooiLate() throws {
        let (_, facts) = try Scenarios.evaluate(Scenarios.kinrooiRequest, [("      date: 2025-09-22\n", "      date: 2025-09-19\n")])
        #expect(facts.requests.first?.deadline == day("2025-09-27"))
        #expect(errors(facts).contains { $0.article == "art. 3" && $0.message.contains("after the deadline zaterdag 27 september 2025") })
    }

    @Test("Kinrooi: a request without a proposed agenda is refused (art. 3)")
    func kinrooiNoAgenda() throws {
        let (_, facts) = try Scenarios.evaluate(Scenarios.kinrooiRequest,
                                                [("      proposedAgenda: [\"Klacht DC-2025-03: ontvankelijkheid en horen van de partijen\"]\n", "")])
        #expect(errors(facts).contains { $0.message.contains("no proposed agenda") && $0.article == "art. 3" })
    }

    @Test("Kinrooi: a requester who does not sit in the commission for the case does not count")
    func kinrooiNonMember() throws {
        let (_, facts) = try Scenarios.evaluate(Scenarios.kinrooiRequest, [("by: [kris, anke, wout]", "by: [kris, anke, bram]")])
        #expect(facts.requests.first?.sittingRequesters == ["kris", "anke"])
        #expect(errors(facts).contains { $0.message.contains("Bram Geraets asks to convene") })
        #expect(errors(facts).contains { $0.message.contains("2 of the 7 members") })
    }

    @Test("Wommelgem: 3 of 7 members ask; the code sets no time limit and no agenda requirement: no deadline, no error")
    func wommelgemEnough() throws {
        let (_, facts) = try Scenarios.evaluate(Scenarios.wommelgemRequest)
        let request = try #require(facts.requests.first)
        #expect(request.required == 3)
        #expect(request.deadline == nil)
        #expect(errors(facts).isEmpty, "\(errors(facts))")
        #expect(facts.diagnostics.contains { $0.severity == .note && $0.article == "art. 46 §1" && $0.message.contains("no time limit") })
    }

    @Test("Wommelgem: 2 of 7 members do not bind the chair (art. 46 §1)")
    func wommelgemTooFew() throws {
        let (_, facts) = try Scenarios.evaluate(Scenarios.wommelgemRequest, [("by: [jan, nora, dirk]", "by: [jan, nora]")])
        #expect(errors(facts).contains { $0.article == "art. 46 §1" && $0.message.contains("2 of the 7 members") })
    }

    @Test("Wommelgem: the substitute sits for the respondent and counts; the replaced respondent does not")
    func wommelgemSubstituteCounts() throws {
        let (_, facts) = try Scenarios.evaluate(Scenarios.wommelgemRequest, [("by: [jan, nora, dirk]", "by: [sofie, pieter, jan]")])
        #expect(facts.requests.first?.sittingRequesters == ["sofie", "jan"])
        #expect(errors(facts).contains { $0.message.contains("Pieter De Smet asks to convene") })
    }

    @Test("The convocation cites the request with the profile's article: art. 3 (Kinrooi, with the proposed agenda), art. 46 §1 (Wommelgem)")
    func convocationCitesTheRequest() throws {
        let kinrooi = try Scenarios.documents(Scenarios.folder.appendingPathComponent(Scenarios.kinrooiRequest))
        // Griet Vandael chairs, convenes and signs (art. 2, 3): the members' letters cite the request; she gets none.
        #expect(kinrooi["01-oproeping-2025-10-02-griet-vandael.txt"] == nil)
        let first = try #require(kinrooi["01-oproeping-2025-10-02-hans-cuppens.txt"])
        #expect(first.contains("op vraag van Kris Dirix, Anke Schreurs en Wout Nijs, 3 van de 7 leden van de commissie, ontvangen op maandag 22 september 2025 (artikel 3 van het huishoudelijk reglement van de deontologische commissie)"))
        #expect(first.contains("Het verzoek stelt de volgende agenda voor:\n- Klacht DC-2025-03: ontvankelijkheid en horen van de partijen"))
        #expect(!(try #require(kinrooi["01-oproeping-2025-10-16-hans-cuppens.txt"])).contains("op vraag van"))
        let wommelgem = try Scenarios.documents(Scenarios.folder.appendingPathComponent(Scenarios.wommelgemRequest))
        // Ann Verstraeten chairs and convenes (art. 46 §1): a member's letter, hers is not written.
        #expect(wommelgem["01-oproeping-2025-09-04-ann-verstraeten.txt"] == nil)
        let letter = try #require(wommelgem["01-oproeping-2025-09-04-koen-mertens.txt"])
        #expect(letter.contains("op vraag van Jan Van Dyck, Nora El Amrani en Dirk Hermans, 3 van de 7 leden van de commissie, ontvangen op maandag 11 augustus 2025 (artikel 46, § 1 van de deontologische code)"))
        #expect(!letter.contains("acht kalenderdagen"))
    }
}

/// The advice procedure. Kinrooi art. 13: "Binnen de dertig kalenderdagen wordt de commissie samengeroepen" (art. 3:
/// "na ontvangst van het verzoek tot advies"); art. 14: "binnen de dertig dagen nadat de adviesvraag geagendeerd werd
/// … De termijn kan desgevallend verlengd worden"; art. 15: to the council chair and the college chair; art. 16: the
/// terms "voor … adviezen" may be suspended in July and August. Wommelgem art. 47, 54: no time limits.
@Suite struct AdviceProcedureTests {
    static let wommelgem = try! RuleProfile.load(nameOrPath: "wommelgem-2023")
    static let kinrooi = try! RuleProfile.load(nameOrPath: "kinrooi-2025")

    @Test("Kinrooi, asked by the council on 15 September 2025, on the agenda 2 October: convene by 15 October, advice by 1 November")
    func kinrooiCouncil() throws {
        let d = try #require(AdviceProcedure.deadlines(profile: Self.kinrooi, initiative: .council, requested: day("2025-09-15"), onAgenda: day("2025-10-02")))
        #expect(d.convening?.deadline == day("2025-10-15"))
        #expect(d.convening?.period.article == "art. 13")
        #expect(d.advice?.deadline == day("2025-11-01"))
        #expect(d.advice?.period.article == "art. 14")
        #expect(d.extendable)
        #expect(d.recipients == ["de voorzitter van de gemeenteraad/raad voor maatschappelijk welzijn",
                                 "de voorzitter van het college van burgemeester en schepenen/vast bureau"])
        // Deadline met / missed.
        #expect(d.advice?.isMet(by: day("2025-11-01")) == true)
        #expect(d.advice?.isMet(by: day("2025-11-03")) == false)
        #expect(d.convening?.withOptionalSuspension == nil)   // outside July and August the choice does not matter
    }

    @Test("Kinrooi, on the commission's own initiative: no request, so no convening term; the advice term still runs (art. 14)")
    func kinrooiOwnInitiative() throws {
        let d = try #require(AdviceProcedure.deadlines(profile: Self.kinrooi, initiative: .ownInitiative, requested: day("2025-09-15"), onAgenda: day("2025-10-02")))
        #expect(d.convening == nil)
        #expect(d.advice?.deadline == day("2025-11-01"))
    }

    @Test("Kinrooi art. 16 for advice terms: a request of 20 June 2025 gives 20 July, or 20 September with the optional suspension")
    func kinrooiSummer() throws {
        let d = try #require(AdviceProcedure.deadlines(profile: Self.kinrooi, initiative: .council, requested: day("2025-06-20"), onAgenda: nil))
        #expect(d.convening?.deadline == day("2025-07-20"))
        #expect(d.convening?.withOptionalSuspension == day("2025-09-20"))
        #expect(d.advice == nil)
        let chosen = try #require(AdviceProcedure.deadlines(profile: Self.kinrooi, initiative: .council, requested: day("2025-06-20"), onAgenda: nil,
                                                            optionalSuspension: true))
        #expect(chosen.convening?.deadline == day("2025-09-20"))
    }

    @Test("Wommelgem art. 47, 54: asked by the council or on own initiative, no term is set or invented; the advice goes to the council")
    func wommelgem() throws {
        for initiative in [AdviceInitiative.council, .ownInitiative] {
            let d = try #require(AdviceProcedure.deadlines(profile: Self.wommelgem, initiative: initiative, requested: day("2025-06-20"), onAgenda: day("2025-07-10")))
            #expect(d.convening == nil)
            #expect(d.advice == nil)
            #expect(!d.extendable)
            #expect(d.recipients == ["de raad"])
        }
    }
}
