import AkteCase
import AkteTestSupport
import Foundation
import Testing
@testable import AkteRules

@Suite struct SeatTests {
    static let seedClaims = [
        SeatClaim(fraction: "N-VA", councilSeats: 11, coalition: true),
        SeatClaim(fraction: "Open VLD", councilSeats: 4, coalition: true),
        SeatClaim(fraction: "Gemeentebelangen", councilSeats: 3, coalition: false),
        SeatClaim(fraction: "Groen", councilSeats: 3, coalition: false),
        SeatClaim(fraction: "Vlaams Belang", councilSeats: 2, coalition: false),
    ]

    @Test("Wommelgem art. 45 §2: the seed's table (23 seats, committee of 7) reproduced byte for byte")
    func seedTable() throws {
        let result = try SeatAllocation.allocate(claims: Self.seedClaims, councilSize: 23, committeeSize: 7)
        #expect(result.rows.map(\.seats) == [3, 1, 1, 1, 1])
        #expect(result.rows.map(\.baseSeats) == [3, 1, 0, 0, 0])
        #expect(result.ties.isEmpty)
        #expect(result.correction == nil)
        #expect(result.coalitionHasMajority)
        // The lines as the seed prints them (RMW 15 June 2023, art. 45 §2).
        let seed = try String(contentsOf: TestPaths.seeds.appendingPathComponent("002_a9052d97408ac095.txt"), encoding: .utf8)
        let lines = seed.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "N-VA (11 : 23 X 7 = 3,35) of 3 mandaten"))
        let seedLines = lines[start...].filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty && $0 != "\u{00A0}" }.prefix(5)
        #expect(result.dutchLines == Array(seedLines))
        #expect(result.dutchLines[4] == "Vlaams Belang (2 : 23 X 7 = 0,61) of 1 mandaat")
    }

    static func allocate(_ claims: [SeatClaim], _ council: Int, _ committee: Int, tieBreak: [String] = []) throws -> SeatAllocationResult {
        try SeatAllocation.allocate(claims: claims, councilSize: council, committeeSize: committee, tieBreak: tieBreak)
    }

    static func claim(_ name: String, _ seats: Int, college: Bool = false) -> SeatClaim {
        SeatClaim(fraction: name, councilSeats: seats, coalition: college)
    }

    @Test("Art. 45 §2: the seed's table is the code's own result (no tie, the college holds 4 of 7)")
    func seedBasis() throws {
        let result = try Self.allocate(Self.seedClaims, 23, 7)
        #expect(result.basis == .code)
        #expect(!result.isProposal)
        #expect(result.alternatives.isEmpty)
        #expect(result.zeroSeatFractions.isEmpty)
        #expect(SeatReport.dutch(result).isEmpty)
    }

    // A 10 (college), B 4, C 4, D 3; council 21, committee 7.
    // Quotas: A 70/21 = 3 r 7 (3,33); B 28/21 = 1 r 7; C 28/21 = 1 r 7; D 21/21 = 1 r 0. Whole units 3+1+1+1 = 6,
    // 1 seat left; A, B and C tie with remainder 7/21. A → college 4 of 7 (> 3); B or C → college 3 (not > 4).
    // Only one way keeps the college above the others: the last sentence of §2 gives the seat to A.
    @Test("Art. 45 §2, last sentence: a tie only one way of breaking keeps the college's majority is decided by that rule")
    func tieDecidedByCollegeMajority() throws {
        let claims = [Self.claim("A", 10, college: true), Self.claim("B", 4), Self.claim("C", 4), Self.claim("D", 3)]
        let result = try Self.allocate(claims, 21, 7)
        #expect(result.basis == .collegeMajority)
        let tie = try #require(result.tie)
        #expect(tie.fractions == ["A", "B", "C"])
        #expect(tie.seatsAvailable == 1)
        #expect(tie.winners == ["A"])
        #expect(tie.resolution == .collegeMajority)
        #expect(result.rows.map(\.seats) == [4, 1, 1, 1])
        #expect(result.correction == nil)
        #expect(!result.isProposal)
        #expect(result.dutchLines[0] == "A (10 : 21 X 7 = 3,33) of 4 mandaten")
        #expect(SeatReport.dutch(result) == "\nGelijke overschotten: A, B en C voor 1 mandaat. Alleen als A het krijgt, hebben de fracties van het college meer mandaten dan de andere fracties: de laatste zin van art. 45 §2 beslist het zo.\n")
        // A council order that would give the seat to C is set aside: the code decides.
        let against = try Self.allocate(claims, 21, 7, tieBreak: ["C", "A", "B"])
        #expect(against.basis == .collegeMajority)
        #expect(against.tieBreakSetAside)
        #expect(against.rows.map(\.seats) == [4, 1, 1, 1])
        let findings = SeatFindings.findings(against, article: "art. 45 §2")
        #expect(findings.map(\.severity) == [.note, .warning])
    }

    // A 12 (college), B 5, C 5; council 22, committee 7.
    // Quotas: A 84/22 = 3 r 18 (3,82); B 35/22 = 1 r 13 (1,59); C the same. Whole units 5, 2 seats left: A (18) gets
    // one; B and C tie (13) for the last. B → A 4, B 2, C 1; C → A 4, B 1, C 2: the college has 4 of 7 either way,
    // so the code does not decide: a proposal with both alternatives.
    @Test("Art. 45 §2: a tie the college rule does not decide is a PROPOSAL with every alternative")
    func openTieIsAProposal() throws {
        let claims = [Self.claim("A", 12, college: true), Self.claim("B", 5), Self.claim("C", 5)]
        let result = try Self.allocate(claims, 22, 7)
        #expect(result.basis == .proposal)
        #expect(result.tie?.resolution == .open)
        #expect(result.rows.map(\.seats) == [4, 2, 1])
        #expect(result.alternatives.map(\.seats) == [[4, 2, 1], [4, 1, 2]])
        #expect(result.alternatives.map(\.tieWinners) == [["B"], ["C"]])
        #expect(result.alternativesComplete)
        #expect(result.dutchLines == ["A (12 : 22 X 7 = 3,82) of 4 mandaten", "B (5 : 22 X 7 = 1,59) of 2 mandaten", "C (5 : 22 X 7 = 1,59) of 1 mandaat"])
        #expect(SeatReport.dutchProposalHeader(result) == "VOORSTEL — geen verdeling van de code: bij gelijke overschotten van B en C voor 1 mandaat zegt de code niet wie het krijgt. De raad kiest een van de mogelijkheden hieronder.\n\n")
        #expect(SeatReport.dutch(result) == """

        Gelijke overschotten: B en C voor 1 mandaat; de code zegt niet wie het krijgt.

        Mogelijkheden die de code toelaat (2):
          1. het restmandaat naar B → A 4, B 2, C 1 — coalitie 4, andere fracties 3 (voorstel van akte)
          2. het restmandaat naar C → A 4, B 1, C 2 — coalitie 4, andere fracties 3
        Keuze van akte: voorstel van akte, geen regel van de code: de eerste mogelijkheid in de volgorde waarin de fracties zijn opgegeven.
        Geef de beslissing van de raad op met --tie-break (in een dossier: seatTieBreak).

        """)
        let warning = try #require(SeatFindings.findings(result, article: "art. 45 §2").first { $0.severity == .warning })
        #expect(warning.message.hasPrefix("PROPOSAL, not the code's allocation: equal remainders for B en C with 1 seat left, and the code does not say who gets it. The code allows 2 allocations: (1) the remainder seat to B → A 4, B 2, C 1 (college 4, others 3); (2) the remainder seat to C → A 4, B 1, C 2 (college 4, others 3). akte shows (1), its own choice"))

        // The council's order decides it.
        let decided = try Self.allocate(claims, 22, 7, tieBreak: ["C", "B"])
        #expect(decided.basis == .councilTieBreak)
        #expect(decided.rows.map(\.seats) == [4, 1, 2])
        #expect(decided.tie?.resolution == .councilTieBreak(order: ["C", "B"]))
        // An order naming only C: B is missing; the tie-break is not used and the error names B.
        let partial = try Self.allocate(claims, 22, 7, tieBreak: ["C"])
        #expect(partial.tieBreakMissing == ["B"])
        #expect(partial.basis == .proposal)
        let error = try #require(SeatFindings.findings(partial, article: "art. 45 §2").first { $0.severity == .error })
        #expect(error.message.contains("seatTieBreak names C but not B"))
    }

    // A 6, B 3 (college), C 8, D 4; council 21, committee 7.
    // Quotas: A 42/21 = 2 r 0; B 21/21 = 1 r 0; C 56/21 = 2 r 14 (2,67); D 28/21 = 1 r 7 (1,33). Whole units 6,
    // the last seat to C (14): A 2, B 1, C 3, D 1, college 3 of 7. One seat must move (3 + 1 > 4 − 1); the code
    // does not say which: C or D gives, A or B receives — four alternatives.
    @Test("Art. 45 §2: when the college lacks a majority, the correction is a PROPOSAL with every move")
    func correctionIsAProposal() throws {
        let claims = [Self.claim("A", 6, college: true), Self.claim("B", 3, college: true), Self.claim("C", 8), Self.claim("D", 4)]
        let result = try Self.allocate(claims, 21, 7)
        #expect(result.basis == .proposal)
        #expect(result.rows.map(\.rawSeats) == [2, 1, 3, 1])
        #expect(result.rows.map(\.seats) == [3, 1, 2, 1])
        #expect(result.correction?.moves == [SeatMove(from: "C", to: "A")])
        #expect(result.correction?.rule.hasPrefix("voorstel van akte, geen regel van de code") == true)
        #expect(Set(result.alternatives.map(\.seats)) == [[3, 1, 2, 1], [2, 2, 2, 1], [3, 1, 3, 0], [2, 2, 3, 0]])
        #expect(result.alternatives.first?.seats == [3, 1, 2, 1])
        #expect(result.alternatives.allSatisfy { $0.moves.count == 1 })
        let text = SeatReport.dutch(result)
        #expect(text.contains("Ruwe verdeling (grootste overschotten): A 2, B 1, C 3, D 1 — coalitie 3, andere fracties 4.\n"))
        #expect(text.contains("  1. C geeft 1 mandaat aan A → A 3, B 1, C 2, D 1 — coalitie 4, andere fracties 3 (voorstel van akte)\n"))
        #expect(text.contains("  4. D geeft 1 mandaat aan B → A 2, B 2, C 3, D 0 — coalitie 4, andere fracties 3\n"))
        #expect(!text.contains("mandaat/mandaten"))
    }

    // A 7 (college), B 4, C 10; council 21, committee 7.
    // Quotas: A 49/21 = 2 r 7; B 28/21 = 1 r 7; C 70/21 = 3 r 7. Whole units 6, 1 seat left, A, B and C tie. Even
    // A's way gives the college only 3 of 7: no way keeps a majority, so a seat must move after A's way (the
    // fewest moves: one). B or C gives it to A: A 4, B 0, C 3 or A 4, B 1, C 2.
    @Test("Art. 45 §2: a tie no way of breaking gives the college its majority → proposal of the fewest moves")
    func tieAndCorrection() throws {
        let claims = [Self.claim("A", 7, college: true), Self.claim("B", 4), Self.claim("C", 10)]
        let result = try Self.allocate(claims, 21, 7)
        #expect(result.basis == .proposal)
        #expect(result.tie?.winners == ["A"])
        #expect(Set(result.alternatives.map(\.seats)) == [[4, 0, 3], [4, 1, 2]])
        #expect(result.alternatives.allSatisfy { $0.tieWinners == ["A"] })
        #expect(result.rows.map(\.seats) == [4, 0, 3])
        #expect(result.zeroSeatFractions == ["B"])
        #expect(SeatReport.dutch(result).contains("Waarschuwing: in dit voorstel houdt B geen mandaat over (de grootste overschotten gaven 1 mandaat); de fractie is dan niet vertegenwoordigd in de commissie."))
    }

    // N-VA 12, Open VLD 4 (college), Gemeentebelangen 3, Groen 3, Vlaams Belang 1; council 23, committee 7.
    // Quotas: 84/23 = 3 r 15; 28/23 = 1 r 5; 21/23 = 0 r 21 (twice); 7/23 = 0 r 7 (0,30). Whole units 4, 3 left:
    // Gemeentebelangen 21, Groen 21, N-VA 15. Vlaams Belang (7) ends with 0 seats.
    @Test("Art. 45 §2: a fraction that ends with 0 seats is warned about, with the article")
    func zeroSeatWarning() throws {
        let claims = [Self.claim("N-VA", 12, college: true), Self.claim("Open VLD", 4, college: true), Self.claim("Gemeentebelangen", 3),
                      Self.claim("Groen", 3), Self.claim("Vlaams Belang", 1)]
        let result = try Self.allocate(claims, 23, 7)
        #expect(result.basis == .code)
        #expect(result.rows.map(\.seats) == [4, 1, 1, 1, 0])
        #expect(result.zeroSeatFractions == ["Vlaams Belang"])
        #expect(result.dutchLines[4] == "Vlaams Belang (1 : 23 X 7 = 0,30) of 0 mandaten")
        #expect(SeatReport.dutch(result) == "\nWaarschuwing: Vlaams Belang krijgt geen mandaat: art. 45 §2 geeft mandaten voor de eenheden van het quotiënt (0,30) en aan de grootste overschotten, en dit overschot hoort daar niet bij. De fractie is niet vertegenwoordigd in de commissie.\n")
        let warning = try #require(SeatFindings.findings(result, article: "art. 45 §2").first)
        #expect(warning.severity == .warning)
        #expect(warning.article == "art. 45 §2")
        #expect(warning.message == "fraction Vlaams Belang (1 council seat) gets no seat in the commission: its quota 0,30 has no whole unit and its remainder is not among the largest; the fraction is not represented")
    }

    @Test("Dutch grammar: 1 mandaat, 2 mandaten, 0 mandaten")
    func mandates() {
        #expect(SeatAllocation.mandates(1) == "1 mandaat")
        #expect(SeatAllocation.mandates(2) == "2 mandaten")
        #expect(SeatAllocation.mandates(0) == "0 mandaten")
    }

    @Test("Issue 11 class 13/15: sizes out of bounds, duplicates and overflow are input errors, never a crash",
          arguments: [
              ([claim("A", Int.max), claim("B", 1)], 1_000, 7, "holds 9223372036854775807 seats, more than the council's 1000"),
              ([claim("A", 3)], 1_400_000_000_000_000_000, 7, "above akte's limit of 1000 seats"),
              ([claim("A", 3)], 3, 7, "the commission has 7 members but the council only 3 seats"),
              ([claim("A", 3), claim("A", 4)], 7, 7, "fraction \"A\" is given twice"),
              ([claim("A", -3)], 7, 7, "must be 0 or more"),
              ([claim("A", 0)], 7, 7, "no fraction holds a council seat"),
              ([claim("A", 3)], 7, 0, "at least one member"),
              ([claim("A", 5), claim("B", 5)], 7, 7, "hold 10 seats together, more than the council's 7"),
              ([claim("A", 1), claim("B", 1)], 10, 7, "only 2 fractions can take a remainder seat"),
          ] as [([SeatClaim], Int, Int, String)])
    func inputErrors(claims: [SeatClaim], council: Int, committee: Int, message: String) {
        do {
            _ = try SeatAllocation.allocate(claims: claims, councilSize: council, committeeSize: committee)
            Issue.record("expected an input error containing \(message)")
        } catch {
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test("Equal remainders that all get a seat are not a tie (Gemeentebelangen and Groen, 0,91 each)")
    func equalRemaindersAboveBoundary() throws {
        let result = try Self.allocate(Self.seedClaims, 23, 7)
        #expect(result.ties.isEmpty)
    }

    // MARK: properties (seeded generator, so a failure reproduces)

    static func randomClaims(seed: UInt64) -> (claims: [SeatClaim], councilSize: Int, committee: Int) {
        var rng = SplitMix64(seed: seed)
        let count = Int(rng.next() % 6) + 2
        var claims: [SeatClaim] = []
        for index in 0..<count {
            claims.append(SeatClaim(fraction: "F\(index)", councilSeats: Int(rng.next() % 15) + 1, coalition: rng.next() % 2 == 0))
        }
        if !claims.contains(where: \.coalition) { claims[0].coalition = true }
        let independents = Int(rng.next() % 3)
        let committee = [5, 7, 9, 11][Int(rng.next() % 4)]
        // A committee is never larger than the council (SeatAllocation.validate refuses it).
        let seats = claims.reduce(0) { $0 + $1.councilSeats }
        if seats + independents < committee { claims[0].councilSeats += committee - seats - independents }
        return (claims, claims.reduce(0) { $0 + $1.councilSeats } + independents, committee)
    }

    /// An oracle written from the article's words, independent of the allocator: whole units, largest
    /// remainders, and — for the tie at the boundary — every subset of the tied fractions, counted by whether
    /// the college ends with more seats than the others.
    static func oracle(_ claims: [SeatClaim], _ council: Int, _ committee: Int) -> (determinate: [Int], tied: [Int], seats: Int, majorityWays: [[Int]]) {
        let numerators = claims.map { $0.councilSeats * committee }
        var seats = numerators.map { $0 / council }
        let remainders = numerators.map { $0 % council }
        let left = committee - seats.reduce(0, +)
        func collegeMajority(_ s: [Int]) -> Bool { claims.indices.filter { claims[$0].coalition }.reduce(0) { $0 + s[$1] } * 2 > committee }
        guard left > 0 else { return (seats, [], 0, collegeMajority(seats) ? [seats] : []) }
        let sortedRemainders = remainders.sorted(by: >)
        let boundary = sortedRemainders[left - 1]
        for i in claims.indices where remainders[i] > boundary { seats[i] += 1 }
        let tied = claims.indices.filter { remainders[$0] == boundary }
        let available = left - claims.indices.filter { remainders[$0] > boundary }.count
        var ways: [[Int]] = []
        for mask in 0..<(1 << tied.count) where mask.nonzeroBitCount == available {
            var s = seats
            for (bit, i) in tied.enumerated() where mask & (1 << bit) != 0 { s[i] += 1 }
            if collegeMajority(s) { ways.append(s) }
        }
        if tied.count == available { return (seats.indices.map { i in seats[i] + (tied.contains(i) ? 1 : 0) }, [], 0, ways) }
        return (seats, tied, available, ways)
    }

    @Test("Property: every allocation sums to the committee size, the college holds more whenever achievable, and the basis is the article's", arguments: 0..<400)
    func sumsAndMajority(seed: Int) throws {
        let (claims, size, committee) = Self.randomClaims(seed: UInt64(seed))
        let result: SeatAllocationResult
        do {
            result = try SeatAllocation.allocate(claims: claims, councilSize: size, committeeSize: committee)
        } catch {
            // Refused only when independents leave more seats after the whole units than there are fractions.
            let left = committee - claims.reduce(0) { $0 + $1.councilSeats * committee / size }
            #expect(left > claims.count, "\(error.message)")
            return
        }
        #expect(result.rows.reduce(0) { $0 + $1.seats } == committee)
        #expect(result.rows.allSatisfy { $0.seats >= 0 })
        // Achievable whenever a college fraction exists (seats can always move from the others): always a majority.
        #expect(result.coalitionHasMajority)
        for alternative in result.alternatives {
            #expect(alternative.seats.reduce(0, +) == committee)
            let college = claims.indices.filter { claims[$0].coalition }.reduce(0) { $0 + alternative.seats[$1] }
            #expect(college * 2 > committee)
        }
        let oracle = Self.oracle(claims, size, committee)
        if oracle.tied.isEmpty {
            // No tie: the code decides when the largest remainders give the college its majority, else a proposal.
            #expect(result.basis == (oracle.majorityWays.isEmpty ? .proposal : .code))
            if !oracle.majorityWays.isEmpty { #expect(result.rows.map(\.seats) == oracle.majorityWays[0]) }
        } else {
            switch oracle.majorityWays.count {
            case 1:
                #expect(result.basis == .collegeMajority)
                #expect(result.rows.map(\.seats) == oracle.majorityWays[0])
            case 0:
                #expect(result.basis == .proposal)
                #expect(result.correction != nil)
            default:
                #expect(result.basis == .proposal)
                #expect(Set(result.alternatives.map(\.seats)) == Set(oracle.majorityWays))
            }
        }
        if result.isProposal { #expect(result.alternatives.first?.seats == result.rows.map(\.seats)) }
    }

    @Test("Property: no fraction loses a seat when its council seats grow (code-decided results)", arguments: 0..<300)
    func monotone(seed: Int) throws {
        let (claims, size, committee) = Self.randomClaims(seed: UInt64(seed) &+ 10_000)
        guard let before = try? Self.allocate(claims, size, committee) else { return }
        var grown = claims
        let index = seed % claims.count
        grown[index].councilSeats += 1
        guard let after = try? Self.allocate(grown, size + 1, committee) else { return }
        guard before.basis == .code, after.basis == .code else { return }
        #expect(after.rows[index].seats >= before.rows[index].seats)
    }
}

/// A small deterministic generator for the property tests (seat allocation, anonymisation): a failing case replays from its seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct IndependentsTests {
    @Test("Art. 45 §1: independents count in the council size but get no seat")
    func independents() throws {
        let claims = SeatTests.seedClaims
        let result = try SeatAllocation.allocate(claims: claims, councilSize: 24, committeeSize: 7)
        #expect(result.rows.reduce(0) { $0 + $1.seats } == 7)
        #expect(result.dutchLines[0] == "N-VA (11 : 24 X 7 = 3,21) of 3 mandaten")
        #expect(result.rows.map(\.seats) == [3, 1, 1, 1, 1])
    }
}
