import AkteCase
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
        let result = SeatAllocation.allocate(claims: Self.seedClaims, councilSize: 23, committeeSize: 7)
        #expect(result.rows.map(\.seats) == [3, 1, 1, 1, 1])
        #expect(result.rows.map(\.baseSeats) == [3, 1, 0, 0, 0])
        #expect(result.ties.isEmpty)
        #expect(result.correction == nil)
        #expect(result.coalitionHasMajority)
        // The lines as the seed prints them (RMW 15 June 2023, art. 45 §2).
        let seed = try String(contentsOf: TestPaths.shared.appendingPathComponent("domain/seeds/002_a9052d97408ac095.txt"), encoding: .utf8)
        let lines = seed.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "N-VA (11 : 23 X 7 = 3,35) of 3 mandaten"))
        let seedLines = lines[start...].filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty && $0 != "\u{00A0}" }.prefix(5)
        #expect(result.dutchLines == Array(seedLines))
        #expect(result.dutchLines[4] == "Vlaams Belang (2 : 23 X 7 = 0,61) of 1 mandaat")
    }

    @Test("Art. 45 §2: a result that breaks the coalition rule is corrected, with the raw result and the rule reported")
    func coalitionCorrection() throws {
        let claims = [
            SeatClaim(fraction: "A", councilSeats: 6, coalition: true),
            SeatClaim(fraction: "B", councilSeats: 3, coalition: true),
            SeatClaim(fraction: "C", councilSeats: 8, coalition: false),
            SeatClaim(fraction: "D", councilSeats: 4, coalition: false),
        ]
        let result = SeatAllocation.allocate(claims: claims, councilSize: 21, committeeSize: 7)
        #expect(result.rows.map(\.rawSeats) == [2, 1, 3, 1])
        #expect(result.rows.map(\.seats) == [3, 1, 2, 1])
        #expect(result.rawCoalitionSeats == 3)
        #expect(result.coalitionSeats == 4)
        let correction = try #require(result.correction)
        #expect(correction.moves == [SeatMove(from: "C", to: "A")])
        #expect(correction.rule.contains("art. 45 §2"))
    }

    @Test("Art. 45 §2: a tie in remainders at the boundary is reported, not settled silently")
    func remainderTie() throws {
        let claims = [
            SeatClaim(fraction: "A", councilSeats: 10, coalition: true),
            SeatClaim(fraction: "B", councilSeats: 4, coalition: false),
            SeatClaim(fraction: "C", councilSeats: 4, coalition: false),
            SeatClaim(fraction: "D", councilSeats: 3, coalition: false),
        ]
        let result = SeatAllocation.allocate(claims: claims, councilSize: 21, committeeSize: 7)
        let tie = try #require(result.ties.first)
        #expect(tie.fractions == ["A", "B", "C"])
        #expect(tie.seatsAvailable == 1)
        #expect(tie.resolvedBy == nil)
        #expect(result.unassignedSeats == 1)
        #expect(result.unresolvedTie)
        #expect(result.rows.map(\.seats) == [3, 1, 1, 1])

        let decided = SeatAllocation.allocate(claims: claims, councilSize: 21, committeeSize: 7, tieBreak: ["A", "B", "C"])
        #expect(decided.ties.first?.resolvedBy == ["A", "B", "C"])
        #expect(decided.rows.map(\.seats) == [4, 1, 1, 1])
        #expect(decided.correction == nil)
        #expect(decided.unassignedSeats == 0)

        // A tie-break for C leaves the coalition without a majority: the correction follows, and is reported.
        let forC = SeatAllocation.allocate(claims: claims, councilSize: 21, committeeSize: 7, tieBreak: ["C", "A", "B"])
        #expect(forC.rows.map(\.rawSeats) == [3, 1, 2, 1])
        #expect(forC.rows.map(\.seats) == [4, 1, 1, 1])
        #expect(forC.correction?.moves == [SeatMove(from: "C", to: "A")])
    }

    @Test("Equal remainders that all get a seat are not a tie (Gemeentebelangen and Groen, 0,91 each)")
    func equalRemaindersAboveBoundary() {
        let result = SeatAllocation.allocate(claims: Self.seedClaims, councilSize: 23, committeeSize: 7)
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
        return (claims, claims.reduce(0) { $0 + $1.councilSeats } + independents, committee)
    }

    @Test("Property: seats sum to the committee size and the coalition ends with a majority", arguments: 0..<300)
    func sumsAndMajority(seed: Int) {
        let (claims, size, committee) = Self.randomClaims(seed: UInt64(seed))
        let result = SeatAllocation.allocate(claims: claims, councilSize: size, committeeSize: committee)
        if result.unresolvedTie {
            #expect(result.rows.reduce(0) { $0 + $1.seats } + result.unassignedSeats == committee)
        } else {
            #expect(result.rows.reduce(0) { $0 + $1.seats } == committee)
            #expect(result.coalitionHasMajority)
        }
        #expect(result.rows.allSatisfy { $0.seats >= 0 })
    }

    @Test("Property: no fraction loses a seat when its council seats grow", arguments: 0..<300)
    func monotone(seed: Int) {
        let (claims, size, committee) = Self.randomClaims(seed: UInt64(seed) &+ 10_000)
        let before = SeatAllocation.allocate(claims: claims, councilSize: size, committeeSize: committee)
        var grown = claims
        let index = seed % claims.count
        grown[index].councilSeats += 1
        let after = SeatAllocation.allocate(claims: grown, councilSize: size + 1, committeeSize: committee)
        guard !before.unresolvedTie, !after.unresolvedTie, before.correction == nil, after.correction == nil else { return }
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
    func independents() {
        let claims = SeatTests.seedClaims
        let result = SeatAllocation.allocate(claims: claims, councilSize: 24, committeeSize: 7)
        #expect(result.rows.reduce(0) { $0 + $1.seats } == 7)
        #expect(result.dutchLines[0] == "N-VA (11 : 24 X 7 = 3,21) of 3 mandaten")
        #expect(result.rows.map(\.seats) == [3, 1, 1, 1, 1])
    }
}
