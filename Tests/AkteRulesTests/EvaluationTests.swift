import AkteCase
import AkteTestSupport
import Foundation
import Testing
@testable import AkteRules

/// Loads an example, optionally edited, and evaluates it under its profile.
func evaluateExample(_ name: String, edit: (String) -> String = { $0 }) throws -> (CommissionCase, CaseFacts) {
    let url = TestPaths.repositoryRoot.appendingPathComponent("Examples/\(name)")
    let text = edit(try String(contentsOf: url, encoding: .utf8))
    guard case let .commission(c) = try CaseLoader.load(yaml: text, file: name) else {
        throw LoadError(issues: [])
    }
    let profile = try RuleProfile.load(nameOrPath: c.profile)
    return (c, CaseEvaluator.evaluate(c, profile: profile))
}

func replacing(_ old: String, _ new: String) -> (String) -> String {
    { text in
        precondition(text.contains(old), "the example no longer contains \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }
}

@Suite struct EvaluationTests {
    @Test("The Wommelgem example checks clean; the respondent member is replaced by the first substitute (art. 45 §5)")
    func wommelgemExample() throws {
        let (c, facts) = try evaluateExample("commissie-voorbeeld.yaml")
        #expect(!facts.hasErrors, "\(facts.diagnostics)")
        #expect(facts.diagnostics.filter { $0.severity == .warning }.isEmpty, "\(facts.diagnostics)")
        #expect(facts.convening?.deadline == day("2025-09-05"))
        #expect(facts.composition.replacements.map { "\($0.original)→\($0.substitute ?? "-")" } == ["pieter→sofie"])
        #expect(facts.composition.members.count == 7)
        #expect(!facts.composition.members.contains(c.details.respondent))
        #expect(facts.vote("advies")?.outcome.result == .adopted)
        #expect(facts.seats?.dutchLines.first == "N-VA (11 : 23 X 7 = 3,35) of 3 mandaten")
    }

    @Test("The Kinrooi example: urgent first meeting, second convocation, tie decided by the chair (art. 3, 5, 6)")
    func kinrooiExample() throws {
        let (_, facts) = try evaluateExample("commissie-kinrooi.yaml")
        #expect(!facts.hasErrors, "\(facts.diagnostics)")
        #expect(facts.meeting("eerste")?.notice.urgent == true)
        #expect(facts.meeting("eerste")?.notice.satisfied == true)
        #expect(facts.vote("beslissing")?.outcome.decidedByChair == true)
        #expect(facts.notificationDeadline == day("2025-10-30"))
        #expect(facts.meeting("tweede")?.minutesDeadline == day("2025-10-30"))
    }

    @Test("Kinrooi art. 8: a founded decision goes with motivation to the parties and both chairs; it is put on the council agenda")
    func kinrooiFoundedNotification() throws {
        let (_, facts) = try evaluateExample("commissie-kinrooi.yaml")
        let plan = try #require(facts.notifications)
        #expect(plan.recipients.map { "\($0.person):\($0.role.rawValue):\($0.withMotivation)" }
            == ["sanne:reporter:true", "bram:respondent:true", "tine:collegeChair:true", "griet:councilChair:true"])
        #expect(plan.deadline == day("2025-10-30"))
        #expect(plan.councilAcknowledgement)
    }

    @Test("Kinrooi art. 8: an unfounded decision goes with motivation only to the parties; the chairs learn the outcome only")
    func kinrooiUnfoundedNotification() throws {
        let (_, facts) = try evaluateExample("commissie-kinrooi.yaml", edit: replacing("conclusion: gegrond", "conclusion: ongegrond"))
        let plan = try #require(facts.notifications)
        #expect(plan.recipients.filter(\.withMotivation).map(\.person) == ["sanne", "bram"])
        #expect(plan.recipients.filter { !$0.withMotivation }.map(\.role) == [.collegeChair, .councilChair])
        #expect(!plan.councilAcknowledgement)
    }

    @Test("Wommelgem art. 52: an inadmissible report ends the procedure; only the members are informed")
    func wommelgemInadmissible() throws {
        let (_, facts) = try evaluateExample("commissie-voorbeeld.yaml", edit: replacing("    admissible: true\n", "    admissible: false\n"))
        let plan = try #require(facts.notifications)
        #expect(plan.recipients.count == 7)
        #expect(plan.recipients.allSatisfy { $0.role == .commissionMember && !$0.withMotivation })
        #expect(facts.convening == nil)
        #expect(facts.diagnostics.contains { $0.severity == .warning && $0.message.contains("declared inadmissible") })
    }

    @Test("Wommelgem art. 46 §1: a late convocation is an error that states days counted and the latest date")
    func lateConvocation() throws {
        let (_, facts) = try evaluateExample("commissie-voorbeeld.yaml", edit: replacing("""
            date: 2025-09-18
            time: "19:30"
            place: {name: de raadzaal, address: "Gemeenteplein 1, 2999 Heidebeek"}
            plannedSending: 2025-09-08
        """, """
            date: 2025-06-19
            time: "19:30"
            place: {name: de raadzaal, address: "Gemeenteplein 1, 2999 Heidebeek"}
            plannedSending: 2025-06-14
        """))
        let error = try #require(facts.diagnostics.first { $0.message.contains("planned sending 2025-06-14") })
        #expect(error.severity == .error)
        #expect(error.message.contains("planned sending 2025-06-14, meeting donderdag 19 juni 2025: 4 clear days, 8 required; latest sending date: dinsdag 10 juni 2025"))
        #expect(error.article == "art. 46 §1")
        let text = try String(contentsOf: TestPaths.repositoryRoot.appendingPathComponent("Examples/commissie-voorbeeld.yaml"), encoding: .utf8)
        let line = text.components(separatedBy: "\n").firstIndex(of: "  - id: beraadslaging")! + 1
        #expect(error.position == SourcePosition(file: "commissie-voorbeeld.yaml", line: line, column: 5))
    }

    @Test("Wommelgem art. 46 §1: an urgent convocation needs a motivation")
    func urgentWithoutMotivation() throws {
        let (_, facts) = try evaluateExample("commissie-voorbeeld.yaml", edit: replacing("    plannedSending: 2025-09-08\n", "    plannedSending: 2025-09-14\n    urgent: true\n"))
        #expect(facts.diagnostics.contains { $0.severity == .error && $0.message.contains("urgently without a motivation") })
        #expect(facts.meeting("beraadslaging")?.notice.satisfied == true)   // 3 clear days: 15, 16, 17 September
    }

    @Test("Wommelgem art. 52: convening after the 30-day deadline is an error")
    func conveningTooLate() throws {
        let (_, facts) = try evaluateExample("commissie-voorbeeld.yaml", edit: replacing("plannedSending: 2025-08-22", "plannedSending: 2025-09-06"))
        #expect(facts.diagnostics.contains { $0.severity == .error && $0.message.contains("after the convening deadline vrijdag 5 september 2025") })
    }

    @Test("Art. 45 §5: the first substitute is skipped when unavailable (a witness); the next one sits")
    func skipUnavailableSubstitute() throws {
        let (_, facts) = try evaluateExample("commissie-voorbeeld.yaml", edit: replacing("witnesses: [inge]", "witnesses: [inge, sofie]"))
        #expect(facts.composition.replacements.first?.substitute == "marc")
        // Sofie now votes in the commission without sitting in it.
        #expect(facts.diagnostics.contains { $0.severity == .error && $0.message.contains("Sofie Goossens is not a sitting member") })
    }

    @Test("Art. 45 §5: a respondent member without an available substitute is an error")
    func noSubstitute() throws {
        let (_, facts) = try evaluateExample("commissie-voorbeeld.yaml", edit: replacing("members: [pieter], substitutes: [sofie, marc]", "members: [pieter], substitutes: []"))
        #expect(facts.diagnostics.contains { $0.severity == .error && $0.article == "art. 45 §5" && $0.message.contains("no available substitute") })
    }

    @Test("Art. 45 §4–5: a report about the chair puts the deputy chair in the chair and the chair's seat to the fraction's substitute")
    func chairReplaced() throws {
        let (_, facts) = try evaluateExample("commissie-voorbeeld.yaml", edit: replacing("respondent: pieter", "respondent: ann"))
        #expect(facts.composition.chair == "koen")
        #expect(facts.composition.chairReplacement == ChairReplacement(original: "ann", deputy: "koen", article: "art. 45 §4"))
        // Art. 45 §5: the N-VA's first substitute (bart) takes the seat; the deputy keeps his own, counted once.
        #expect(facts.composition.replacements.map { "\($0.original)→\($0.substitute ?? "-")" } == ["ann→bart"])
        #expect(facts.composition.members == ["bart", "koen", "lotte", "pieter", "jan", "nora", "dirk"])
    }

    @Test("Art. 45 §2: a seatTieBreak naming only some of the tied fractions is an error naming the missing ones, at its line")
    func partialTieBreak() throws {
        // Fractions A 12 (college), B 5, C 5 of a council of 22: B and C tie for the last seat (SeatTests.openTieIsAProposal).
        let (_, facts) = try evaluateExample("commissie-voorbeeld.yaml", edit: { text in
            replacing("councilSize: 23", "councilSize: 22\nseatTieBreak: [Groen]")(text)
                .replacingOccurrences(of: "{name: N-VA, seats: 11,", with: "{name: N-VA, seats: 12,")
                .replacingOccurrences(of: "{name: Open VLD, seats: 4, coalition: true,", with: "{name: Open VLD, seats: 0, coalition: false,")
                .replacingOccurrences(of: "{name: Gemeentebelangen, seats: 3,", with: "{name: Gemeentebelangen, seats: 5,")
                .replacingOccurrences(of: "{name: Groen, seats: 3,", with: "{name: Groen, seats: 5,")
                .replacingOccurrences(of: "{name: Vlaams Belang, seats: 2,", with: "{name: Vlaams Belang, seats: 0,")
        })
        let error = try #require(facts.diagnostics.first { $0.message.hasPrefix("seatTieBreak names Groen but not Gemeentebelangen") })
        #expect(error.severity == .error)
        #expect(error.position?.line == 15)
        #expect(facts.seats?.isProposal == true)
    }

    @Test("Art. 45 §2–3: when the code leaves a tie open, members that follow one of the alternatives are accepted, with a note")
    func membersFollowAnAlternative() throws {
        // N-VA 12 (college) of 22 with Gemeentebelangen 5 and Groen 5: the two tie (13/22) for the last seat; alternative 2
        // gives it to Groen: N-VA 4, Open VLD 0, Gemeentebelangen 1, Groen 2, Vlaams Belang 0.
        let (_, facts) = try evaluateExample("commissie-voorbeeld.yaml", edit: { text in
            replacing("councilSize: 23", "councilSize: 22")(text)
                .replacingOccurrences(of: "{name: N-VA, seats: 11, coalition: true, members: [ann, koen, lotte], substitutes: [bart, els]}",
                                      with: "{name: N-VA, seats: 12, coalition: true, members: [ann, koen, lotte, bart], substitutes: [els]}")
                .replacingOccurrences(of: "{name: Open VLD, seats: 4, coalition: true, members: [pieter], substitutes: [sofie, marc]}",
                                      with: "{name: Open VLD, seats: 0, coalition: false, members: [], substitutes: []}")
                .replacingOccurrences(of: "{name: Gemeentebelangen, seats: 3,", with: "{name: Gemeentebelangen, seats: 5,")
                .replacingOccurrences(of: "{name: Groen, seats: 3, coalition: false, members: [nora], substitutes: [tom]}",
                                      with: "{name: Groen, seats: 5, coalition: false, members: [nora, tom], substitutes: []}")
                .replacingOccurrences(of: "{name: Vlaams Belang, seats: 2, coalition: false, members: [dirk], substitutes: [greet]}",
                                      with: "{name: Vlaams Belang, seats: 0, coalition: false, members: [], substitutes: []}")
        })
        #expect(facts.seats?.isProposal == true)
        #expect(facts.diagnostics.contains { $0.severity == .note && $0.message.hasPrefix("the fractions' members follow alternative 2 of the proposal: the remainder seat to Groen") })
        #expect(facts.diagnostics.contains { $0.severity == .warning && $0.message.hasPrefix("PROPOSAL, not the code's allocation") })
        #expect(!facts.diagnostics.contains { $0.message.contains("is entitled to") || $0.message.contains("none of the allocations") })
    }

    @Test("Kinrooi art. 2 does not divide the seats: check says the allocation is not the profile's rule")
    func kinrooiSeatsNotTheProfilesRule() throws {
        let (_, facts) = try evaluateExample("commissie-kinrooi.yaml")
        let note = try #require(facts.diagnostics.first { $0.message.hasPrefix("the profile kinrooi-2025 does not say how the seats are divided") })
        #expect(note.article == nil)
        #expect(!facts.diagnostics.contains { $0.article == "art. 45 §2" })
    }

    @Test("Art. 45 §2–3: a fraction proposing more members than its seats is an error")
    func tooManyMembers() throws {
        let (_, facts) = try evaluateExample("commissie-voorbeeld.yaml", edit: replacing("members: [jan], substitutes: [hilde]", "members: [jan, hilde], substitutes: []"))
        #expect(facts.diagnostics.contains { $0.severity == .error && $0.message.contains("Gemeentebelangen proposes 2 member(s) but is entitled to 1") })
    }

    @Test("Art. 53: departing from the advice without hearing the respondent is an error")
    func departureWithoutHearing() throws {
        let (_, facts) = try evaluateExample("commissie-voorbeeld.yaml", edit: replacing("  followsAdvice: true\n", "  followsAdvice: false\n"))
        #expect(facts.diagnostics.contains { $0.severity == .error && $0.article == "art. 53" && $0.message.contains("without first hearing") })
    }

    @Test("Reglement art. 24 §2: a council decision resting on a tied vote is an error (a tie rejects)")
    func councilTieRejects() throws {
        let (_, facts) = try evaluateExample("commissie-voorbeeld.yaml", edit: replacing(
            "for: [ann, koen, lotte, bart, els, rik, liesbeth, geert, sara, frank, veerle, jan, hilde, luc, nora, tom, wim]\n    against: [dirk, greet]",
            "for: [ann, koen, lotte, bart, els, rik, liesbeth, geert, sara, frank]\n    against: [veerle, jan, hilde, luc, nora, tom, wim, dirk, greet, pieter]"))
        #expect(facts.vote("raadsbesluit")?.outcome.tie == true)
        #expect(facts.vote("raadsbesluit")?.outcome.result == .rejected)
        #expect(facts.diagnostics.contains { $0.severity == .error && $0.message.contains("decision rests on vote raadsbesluit, which is rejected") })
    }

    @Test("Kinrooi art. 5: a second convocation must follow a meeting recorded without quorum")
    func secondConvocationNeedsFailedQuorum() throws {
        let (_, facts) = try evaluateExample("commissie-kinrooi.yaml", edit: replacing("    quorumReached: false\n", ""))
        #expect(facts.diagnostics.contains { $0.severity == .error && $0.message.contains("not recorded without quorum") })
        #expect(facts.diagnostics.contains { $0.severity == .error && $0.message.contains("3 of 7 members present, no majority") })
    }

    @Test("Kinrooi art. 3: 8 working days; sending on Monday 6 October for Thursday 16 October is too late")
    func kinrooiLate() throws {
        let (_, facts) = try evaluateExample("commissie-kinrooi.yaml", edit: replacing("plannedSending: 2025-10-03", "plannedSending: 2025-10-06"))
        #expect(facts.diagnostics.contains { $0.severity == .error && $0.message.contains("7 clear working days, 8 required; latest sending date: zondag 5 oktober 2025") })
    }

    @Test("VVSG reflection chamber: the example is complete; a missing facilitator and an undeclared name are errors")
    func reflection() throws {
        let url = TestPaths.repositoryRoot.appendingPathComponent("Examples/reflectiekamer-voorbeeld.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        guard case let .reflection(session) = try CaseLoader.load(yaml: text, file: "r.yaml") else { Issue.record("not a reflection session"); return }
        #expect(ReflectionEvaluator.evaluate(session).isEmpty)
        let broken = text.replacingOccurrences(of: "  - {name: Ruth Devos, role: procesbegeleider}\n", with: "")
            .replacingOccurrences(of: "  - {kind: persoon, name: Marijke Peeters, replacement: de casusinbrenger, variants: [Marijke]}\n", with: "")
        guard case let .reflection(bad) = try CaseLoader.load(yaml: broken, file: "r.yaml") else { return }
        let messages = ReflectionEvaluator.evaluate(bad).map(\.message)
        #expect(messages.contains { $0.contains("no process facilitator") })
        #expect(messages.contains { $0.contains("case bringer's name \"Marijke Peeters\" is not in anonymise") })
        #expect(messages.contains { $0.contains("the notes under \"De casus\" name Marijke Peeters") })
    }
}
