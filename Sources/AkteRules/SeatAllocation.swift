import AkteCase

/// A fraction as the seat allocation sees it.
public struct SeatClaim: Sendable, Hashable {
    public var fraction: String
    public var councilSeats: Int
    public var coalition: Bool

    public init(fraction: String, councilSeats: Int, coalition: Bool) {
        self.fraction = fraction
        self.councilSeats = councilSeats
        self.coalition = coalition
    }
}

/// One row of the allocation table.
public struct SeatRow: Sendable, Hashable {
    public let fraction: String
    public let councilSeats: Int
    public let coalition: Bool
    /// quota = councilSeats × committeeSize ÷ councilSize, kept exact as a numerator over councilSize.
    public let quotaNumerator: Int
    public let quotaDenominator: Int
    /// The integer part of the quota.
    public let baseSeats: Int
    /// Seats after the largest remainders (before any coalition correction).
    public let rawSeats: Int
    /// Seats of the allocation shown: the code's, or — when `SeatAllocationResult.basis` is `.proposal` — akte's proposal.
    public let seats: Int

    public var quota: Double { Double(quotaNumerator) / Double(quotaDenominator) }
    /// The remainder's numerator over the council size (exact comparison of remainders).
    public var remainderNumerator: Int { quotaNumerator % quotaDenominator }
}

/// Fractions whose equal remainders straddle the last remainder seat.
public struct RemainderTie: Sendable, Hashable {
    public enum Resolution: Sendable, Hashable {
        /// Only one way of breaking the tie keeps the college's fractions above the others (art. 45 §2, last sentence).
        case collegeMajority
        /// The council's explicit order (`seatTieBreak`, `--tie-break`), among the ways the code allows.
        case councilTieBreak(order: [String])
        /// Neither the code nor the input decides: the winners shown are akte's proposal.
        case open
    }

    public let fractions: [String]
    /// Seats left for the tied fractions together.
    public let seatsAvailable: Int
    /// The tied fractions that get those seats in the allocation shown.
    public let winners: [String]
    public let resolution: Resolution
}

/// A seat that moves from a fraction outside the college to one in it, so the college holds more seats than
/// the others (art. 45 §2, last sentence; the code does not say which seat moves).
public struct SeatMove: Sendable, Hashable {
    public let from: String
    public let to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}

/// The moves of the allocation shown and akte's rule that chose them (never the code's: the code gives none).
public struct SeatCorrection: Sendable, Hashable {
    public let moves: [SeatMove]
    public let rule: String
}

/// One allocation the code allows where it leaves a choice open: who wins a tie, which seats move.
public struct SeatAlternative: Sendable, Hashable {
    /// The tied fractions that get the remainder seats (empty when there is no tie).
    public let tieWinners: [String]
    /// Seats moved to give the college its majority (empty when none is needed).
    public let moves: [SeatMove]
    /// Seats per fraction, in the input order.
    public let seats: [Int]
}

/// What decides the allocation shown.
public enum SeatAllocationBasis: Sendable, Hashable {
    /// Art. 45 §2 decides every seat: integer parts, then the largest remainders, and the college holds more.
    case code
    /// A tie in remainders that the last sentence of art. 45 §2 decides (only one way keeps the college above the others).
    case collegeMajority
    /// A tie the code leaves open, decided by the council's explicit order.
    case councilTieBreak
    /// The code leaves a choice open and nothing in the input decides it: the rows are akte's PROPOSAL and
    /// `alternatives` lists every allocation the code allows (the proposal first).
    case proposal
}

public struct SeatAllocationResult: Sendable, Hashable {
    public let councilSize: Int
    public let committeeSize: Int
    public let rows: [SeatRow]
    /// The tie at the boundary of the remainder seats, if any (there is at most one boundary).
    public let tie: RemainderTie?
    /// The moves of the allocation shown, when the college lacked a majority after the largest remainders.
    public let correction: SeatCorrection?
    public let basis: SeatAllocationBasis
    /// For a proposal: every allocation the code allows, the one shown first. Empty otherwise.
    public let alternatives: [SeatAlternative]
    /// False when there were more alternatives than `SeatAllocation.alternativeLimit` (only the first are listed).
    public let alternativesComplete: Bool
    /// Tied fractions the explicit tie-break does not name (the tie-break is then not used).
    public let tieBreakMissing: [String]
    /// The explicit tie-break would leave the college without a majority while another way keeps it: set aside.
    public let tieBreakSetAside: Bool
    /// Whether the input names the college's fractions (without them the last sentence of §2 cannot be applied).
    public let hasCoalition: Bool

    public var ties: [RemainderTie] { tie.map { [$0] } ?? [] }
    public var isProposal: Bool { basis == .proposal }
    public var coalitionSeats: Int { rows.filter(\.coalition).reduce(0) { $0 + $1.seats } }
    public var otherSeats: Int { rows.filter { !$0.coalition }.reduce(0) { $0 + $1.seats } }
    public var rawCoalitionSeats: Int { rows.filter(\.coalition).reduce(0) { $0 + $1.rawSeats } }
    public var rawOtherSeats: Int { rows.filter { !$0.coalition }.reduce(0) { $0 + $1.rawSeats } }
    public var coalitionHasMajority: Bool { coalitionSeats > otherSeats }
    /// Fractions with council seats that end without a seat in the commission.
    public var zeroSeatFractions: [String] { rows.filter { $0.seats == 0 && $0.councilSeats > 0 }.map(\.fraction) }

    /// The lines of the decision text: `N-VA (11 : 23 X 7 = 3,35) of 3 mandaten` (art. 45 §2).
    public var dutchLines: [String] {
        rows.map { row in
            let quota = DutchFormat.decimal(numerator: row.quotaNumerator, denominator: row.quotaDenominator)
            return "\(row.fraction) (\(row.councilSeats) : \(councilSize) X \(committeeSize) = \(quota)) of \(SeatAllocation.mandates(row.seats))"
        }
    }
}

/// Seat allocation of the commission (Wommelgem code art. 45 §2): quota = fraction seats ÷ council
/// size × committee size; integer parts first; the seats left go to the largest remainders; the
/// fractions of the college must end with more seats than the other fractions.
///
/// Where the text leaves a choice open — a tie in remainders that the college rule does not decide, or
/// which seat moves when the largest remainders leave the college without a majority — the result is a
/// proposal with every alternative the code allows; akte's own pick is labelled as such.
public enum SeatAllocation {
    /// The largest council akte accepts. Flemish councils have at most 55 members (DLB art. 5 scale for
    /// the largest municipalities); 1000 leaves room for any body while keeping every product
    /// `seats × committee` far inside `Int`.
    public static let maxCouncilSize = 1000
    /// Alternatives listed at most; beyond, the result says the list is incomplete.
    public static let alternativeLimit = 50
    /// Tie combinations examined at most before the enumeration stops (keeps pathological inputs fast).
    static let combinationBudget = 20_000

    /// "1 mandaat", "2 mandaten" (never "mandaat/mandaten").
    public static func mandates(_ n: Int) -> String { n == 1 ? "1 mandaat" : "\(n) mandaten" }

    /// akte's own pick among the corrections (the code gives none); always reported as akte's.
    public static let correctionRule =
        "voorstel van akte, geen regel van de code: zolang de coalitie niet meer mandaten heeft dan de andere fracties, " +
        "gaat één mandaat van de niet-coalitiefractie met het kleinste overschot onder wie een restzetel kreeg " +
        "(anders: met het kleinste quotiënt; bij gelijkheid de fractie met de minste zetels) naar de coalitiefractie met het grootste " +
        "overschot die nog geen extra mandaat kreeg (bij gelijkheid de fractie met de meeste zetels)."
    /// akte's own pick among the winners of an open tie.
    public static let tieProposalRule =
        "voorstel van akte, geen regel van de code: de eerste mogelijkheid in de volgorde waarin de fracties zijn opgegeven."

    /// A seat input the allocation cannot be computed from.
    public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// Checks the input: sizes inside their bounds, every fraction named once, seats that fit the council.
    public static func validate(claims: [SeatClaim], councilSize: Int, committeeSize: Int) throws(InputError) {
        func fail(_ m: String) throws(InputError) { throw InputError(message: m) }
        if councilSize > maxCouncilSize { try fail("the council size \(councilSize) is above akte's limit of \(maxCouncilSize) seats") }
        if committeeSize <= 0 { try fail("the commission must have at least one member (committee size \(committeeSize))") }
        if committeeSize > councilSize { try fail("the commission has \(committeeSize) members but the council only \(councilSize) seats") }
        var seen = Set<String>()
        var total = 0
        for claim in claims {
            if claim.fraction.isEmpty { try fail("a fraction has an empty name") }
            if !seen.insert(claim.fraction).inserted { try fail("fraction \"\(claim.fraction)\" is given twice") }
            if claim.councilSeats < 0 { try fail("fraction \(claim.fraction): \(claim.councilSeats) council seats; must be 0 or more") }
            if claim.councilSeats > councilSize { try fail("fraction \(claim.fraction) holds \(claim.councilSeats) seats, more than the council's \(councilSize)") }
            total += claim.councilSeats
        }
        if total > councilSize { try fail("the fractions hold \(total) seats together, more than the council's \(councilSize)") }
        if total == 0 { try fail("no fraction holds a council seat") }
        if claims.contains(where: \.coalition), !claims.contains(where: { $0.coalition && $0.councilSeats > 0 }) {
            try fail("the fractions of the college hold no council seat")
        }
    }

    /// - Parameters:
    ///   - tieBreak: an explicit order of fraction names, decided by the council, used only for a tie in remainders
    ///     that the code leaves open; it must name every tied fraction.
    public static func allocate(claims: [SeatClaim], councilSize: Int, committeeSize: Int,
                                tieBreak: [String] = []) throws(InputError) -> SeatAllocationResult {
        try validate(claims: claims, councilSize: councilSize, committeeSize: committeeSize)
        let indices = Array(claims.indices)
        var numerators: [Int] = []
        for claim in claims {
            let (product, overflow) = claim.councilSeats.multipliedReportingOverflow(by: committeeSize)
            if overflow { throw InputError(message: "fraction \(claim.fraction): \(claim.councilSeats) × \(committeeSize) is too large") }
            numerators.append(product)
        }
        let base = numerators.map { $0 / councilSize }
        let remainders = numerators.map { $0 % councilSize }
        let left = committeeSize - base.reduce(0, +)
        let eligible = indices.filter { claims[$0].councilSeats > 0 }
        if left > eligible.count {
            throw InputError(message: "\(left) seats are left after the integer parts but only \(eligible.count) fractions can take a remainder seat: art. 45 §2 gives each left-over seat to one of the largest remainders (the council's \(councilSize) seats include \(councilSize - claims.reduce(0) { $0 + $1.councilSeats }) held by no fraction)")
        }
        // Largest remainders, largest first (stable: input order among equals).
        let order = eligible.sorted { remainders[$0] > remainders[$1] }
        var determinate = base
        var tied: [Int] = []
        var seatsForTied = 0
        if left > 0 {
            let boundary = remainders[order[left - 1]]
            for index in order where remainders[index] > boundary { determinate[index] += 1 }
            let atBoundary = order.filter { remainders[$0] == boundary }.sorted()
            seatsForTied = left - order.filter { remainders[$0] > boundary }.count
            if atBoundary.count == seatsForTied {
                for index in atBoundary { determinate[index] += 1 }
                seatsForTied = 0
            } else {
                tied = atBoundary
            }
        }
        let hasCoalition = claims.contains(where: \.coalition)
        func coalition(_ seats: [Int]) -> Int { indices.filter { claims[$0].coalition }.reduce(0) { $0 + seats[$1] } }
        func majority(_ seats: [Int]) -> Bool { !hasCoalition || coalition(seats) * 2 > committeeSize }
        func withWinners(_ winners: [Int]) -> [Int] {
            var seats = determinate
            for w in winners { seats[w] += 1 }
            return seats
        }
        func names(_ list: [Int]) -> [String] { list.map { claims[$0].fraction } }

        // The tie's ways, each the set of tied fractions that get the seats (input order).
        var ways: [[Int]] = []
        var waysComplete = true
        if !tied.isEmpty {
            var budget = combinationBudget
            combinations(of: tied, choose: seatsForTied, budget: &budget) { ways.append($0) }
            waysComplete = budget > 0
        } else {
            ways = [[]]
        }
        let allowed = ways.filter { majority(withWinners($0)) }

        // The explicit tie-break, when it names every tied fraction.
        let tiedNames = names(tied)
        let tieBreakMissing = tied.isEmpty || tieBreak.isEmpty ? [] : tiedNames.filter { !tieBreak.contains($0) }
        var councilWay: [Int]?
        if !tied.isEmpty, !tieBreak.isEmpty, tieBreakMissing.isEmpty {
            let ranked = tieBreak.compactMap { name in tied.first { claims[$0].fraction == name } }
            councilWay = Array(ranked.prefix(seatsForTied)).sorted()
        }

        var basis: SeatAllocationBasis
        var shownWinners: [Int] = []
        var resolution: RemainderTie.Resolution = .open
        var alternatives: [SeatAlternative] = []
        var alternativesComplete = true
        var tieBreakSetAside = false
        var moves: [SeatMove] = []

        if let way = councilWay, !majority(withWinners(way)), !allowed.isEmpty { tieBreakSetAside = true }
        if tied.isEmpty, allowed.count == 1 {
            basis = .code
        } else if !tied.isEmpty, hasCoalition, allowed.count == 1, waysComplete {
            basis = .collegeMajority
            shownWinners = allowed[0]
            resolution = .collegeMajority
        } else if let way = councilWay, majority(withWinners(way)) {
            basis = .councilTieBreak
            shownWinners = way
            resolution = .councilTieBreak(order: tieBreak.filter { tiedNames.contains($0) })
        } else if !allowed.isEmpty {
            // An open tie: every way that keeps the college above the others is an alternative.
            basis = .proposal
            shownWinners = allowed[0]
            alternatives = allowed.prefix(alternativeLimit).map { SeatAlternative(tieWinners: names($0), moves: [], seats: withWinners($0)) }
            alternativesComplete = waysComplete && allowed.count <= alternativeLimit
        } else {
            // No way of the largest remainders gives the college more seats: seats must move, the code does
            // not say which. Start from the ways closest to a majority (the council's way when it decided the tie).
            basis = .proposal
            let starts: [[Int]]
            if let way = councilWay {
                starts = [way]
            } else {
                let best = ways.map { coalition(withWinners($0)) }.max() ?? 0
                starts = ways.filter { coalition(withWinners($0)) == best }
            }
            shownWinners = starts.first ?? []
            let first = withWinners(shownWinners)
            let greedy = greedyCorrection(claims: claims, raw: first, base: base, numerators: numerators,
                                          remainders: remainders, committeeSize: committeeSize)
            moves = greedy.moves
            var seen = Set<[Int]>()
            alternatives.append(SeatAlternative(tieWinners: names(shownWinners), moves: greedy.moves, seats: greedy.seats))
            seen.insert(greedy.seats)
            alternativesComplete = waysComplete
            outer: for start in starts {
                let raw = withWinners(start)
                let needed = committeeSize / 2 - coalition(raw) + 1
                var complete = true
                for correction in corrections(claims: claims, raw: raw, moves: needed, complete: &complete) {
                    if seen.insert(correction.seats).inserted {
                        if alternatives.count == alternativeLimit { alternativesComplete = false; break outer }
                        alternatives.append(SeatAlternative(tieWinners: names(start), moves: correction.moves, seats: correction.seats))
                    }
                }
                if !complete { alternativesComplete = false }
            }
        }
        let raw = withWinners(shownWinners)
        var final = raw
        for move in moves {
            final[claims.firstIndex { $0.fraction == move.from }!] -= 1
            final[claims.firstIndex { $0.fraction == move.to }!] += 1
        }
        let tie = tied.isEmpty ? nil : RemainderTie(fractions: tiedNames, seatsAvailable: seatsForTied,
                                                    winners: names(shownWinners), resolution: resolution)
        let rows = indices.map { i in
            SeatRow(fraction: claims[i].fraction, councilSeats: claims[i].councilSeats, coalition: claims[i].coalition,
                    quotaNumerator: numerators[i], quotaDenominator: councilSize, baseSeats: base[i],
                    rawSeats: raw[i], seats: final[i])
        }
        return SeatAllocationResult(
            councilSize: councilSize, committeeSize: committeeSize, rows: rows, tie: tie,
            correction: moves.isEmpty ? nil : SeatCorrection(moves: moves, rule: correctionRule),
            basis: basis, alternatives: alternatives, alternativesComplete: alternativesComplete,
            tieBreakMissing: tieBreakMissing, tieBreakSetAside: tieBreakSetAside, hasCoalition: hasCoalition)
    }

    /// Every `k`-subset of `items` in lexicographic order, until `budget` runs out.
    static func combinations(of items: [Int], choose k: Int, budget: inout Int, _ body: ([Int]) -> Void) {
        var chosen: [Int] = []
        func walk(_ start: Int) -> Bool {
            if chosen.count == k {
                guard budget > 0 else { return false }
                budget -= 1
                body(chosen)
                return true
            }
            guard start < items.count, items.count - start >= k - chosen.count else { return true }
            for i in start..<items.count where items.count - i >= k - chosen.count {
                chosen.append(items[i])
                let goOn = walk(i + 1)
                chosen.removeLast()
                if !goOn { return false }
            }
            return true
        }
        _ = walk(0)
    }

    /// Every way of moving `moves` seats from fractions outside the college (at most the seats each holds) to
    /// fractions of the college with council seats; stops after `alternativeLimit` (then `complete` is false).
    static func corrections(claims: [SeatClaim], raw: [Int], moves: Int, complete: inout Bool) -> [(moves: [SeatMove], seats: [Int])] {
        let donors = claims.indices.filter { !claims[$0].coalition && raw[$0] > 0 }
        let recipients = claims.indices.filter { claims[$0].coalition && claims[$0].councilSeats > 0 }
        func distributions(_ over: [Int], _ total: Int, cap: (Int) -> Int) -> [[Int]] {
            var result: [[Int]] = []
            var current = Array(repeating: 0, count: over.count)
            func place(_ position: Int, _ rest: Int) {
                if result.count > alternativeLimit { return }
                if position == over.count { if rest == 0 { result.append(current) }; return }
                for n in stride(from: min(rest, cap(over[position])), through: 0, by: -1) {
                    current[position] = n
                    place(position + 1, rest - n)
                }
                current[position] = 0
            }
            place(0, total)
            return result
        }
        let gives = distributions(donors, moves) { raw[$0] }
        let takes = distributions(recipients, moves) { _ in moves }
        if gives.count > alternativeLimit || takes.count > alternativeLimit { complete = false }
        var result: [(moves: [SeatMove], seats: [Int])] = []
        for give in gives.prefix(alternativeLimit) {
            for take in takes.prefix(alternativeLimit) {
                var seats = raw
                var from: [String] = [], to: [String] = []
                for (k, d) in donors.enumerated() where give[k] > 0 {
                    seats[d] -= give[k]
                    from += Array(repeating: claims[d].fraction, count: give[k])
                }
                for (k, r) in recipients.enumerated() where take[k] > 0 {
                    seats[r] += take[k]
                    to += Array(repeating: claims[r].fraction, count: take[k])
                }
                result.append((zip(from, to).map { SeatMove(from: $0, to: $1) }, seats))
                if result.count >= alternativeLimit * 2 { complete = false; return result }
            }
        }
        return result
    }

    /// akte's pick (`correctionRule`): one seat at a time from the outside fraction with the smallest remainder
    /// among those that got a remainder seat (else the smallest quota) to the college fraction with the largest
    /// remainder not yet given one.
    static func greedyCorrection(claims: [SeatClaim], raw: [Int], base: [Int], numerators: [Int], remainders: [Int],
                                 committeeSize: Int) -> (moves: [SeatMove], seats: [Int]) {
        var final = raw
        var moves: [SeatMove] = []
        var bumped = Set<Int>()
        func coalitionSeats() -> Int { claims.indices.filter { claims[$0].coalition }.reduce(0) { $0 + final[$1] } }
        while coalitionSeats() * 2 <= committeeSize {
            let donors = claims.indices.filter { !claims[$0].coalition && final[$0] > 0 }
            let withRemainderSeat = donors.filter { final[$0] > base[$0] }
            let pool = withRemainderSeat.isEmpty ? donors : withRemainderSeat
            let key: (Int) -> Int = { withRemainderSeat.isEmpty ? numerators[$0] : remainders[$0] }
            guard let donor = pool.min(by: { (key($0), claims[$0].councilSeats, -$0) < (key($1), claims[$1].councilSeats, -$1) }) else { break }
            var recipients = claims.indices.filter { claims[$0].coalition && !bumped.contains($0) && claims[$0].councilSeats > 0 }
            if recipients.isEmpty { recipients = claims.indices.filter { claims[$0].coalition && claims[$0].councilSeats > 0 } }
            guard let recipient = recipients.max(by: { (remainders[$0], claims[$0].councilSeats, -$0) < (remainders[$1], claims[$1].councilSeats, -$1) }) else { break }
            final[donor] -= 1
            final[recipient] += 1
            bumped.insert(recipient)
            moves.append(SeatMove(from: claims[donor].fraction, to: claims[recipient].fraction))
        }
        return (moves, final)
    }
}
