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
    /// Seats after the correction (equal to rawSeats when none was needed).
    public let seats: Int

    public var quota: Double { Double(quotaNumerator) / Double(quotaDenominator) }
    /// The remainder's numerator over the council size (exact comparison of remainders).
    public var remainderNumerator: Int { quotaNumerator % quotaDenominator }
}

/// Fractions whose equal remainders straddle the last remainder seat.
public struct RemainderTie: Sendable, Hashable {
    public let fractions: [String]
    /// Seats left for the tied fractions together.
    public let seatsAvailable: Int
    /// How it was settled: the explicit tie-break from the input, or nil when unresolved.
    public let resolvedBy: [String]?
}

/// A correction applied so the coalition holds more seats than the others (art. 45 §2, last sentence).
public struct SeatCorrection: Sendable, Hashable {
    /// (from, to) seat moves.
    public let moves: [SeatMove]
    public let rule: String
}

public struct SeatMove: Sendable, Hashable {
    public let from: String
    public let to: String
}

public struct SeatAllocationResult: Sendable, Hashable {
    public let councilSize: Int
    public let committeeSize: Int
    public let rows: [SeatRow]
    public let ties: [RemainderTie]
    public let correction: SeatCorrection?
    /// Seats not assigned because a tie is unresolved.
    public let unassignedSeats: Int

    public var coalitionSeats: Int { rows.filter(\.coalition).reduce(0) { $0 + $1.seats } }
    public var otherSeats: Int { rows.filter { !$0.coalition }.reduce(0) { $0 + $1.seats } }
    public var rawCoalitionSeats: Int { rows.filter(\.coalition).reduce(0) { $0 + $1.rawSeats } }
    public var rawOtherSeats: Int { rows.filter { !$0.coalition }.reduce(0) { $0 + $1.rawSeats } }
    public var coalitionHasMajority: Bool { coalitionSeats > otherSeats }
    public var unresolvedTie: Bool { ties.contains { $0.resolvedBy == nil } }

    /// The lines of the decision text: `N-VA (11 : 23 X 7 = 3,35) of 3 mandaten` (art. 45 §2).
    public var dutchLines: [String] {
        rows.map { row in
            let quota = DutchFormat.decimal(numerator: row.quotaNumerator, denominator: row.quotaDenominator)
            return "\(row.fraction) (\(row.councilSeats) : \(councilSize) X \(committeeSize) = \(quota)) of \(row.seats) \(row.seats == 1 ? "mandaat" : "mandaten")"
        }
    }
}

/// Seat allocation of the commission (Wommelgem code art. 45 §2): quota = fraction seats ÷ council
/// size × committee size; integer parts first; the seats left go to the largest remainders; the
/// coalition must end with more seats than the other fractions.
public enum SeatAllocation {
    /// The rule used when the coalition has no majority after the largest remainders (the seed is silent;
    /// this is akte's documented correction, always reported).
    public static let correctionRule =
        "art. 45 §2, laatste zin: de coalitie moet meer mandaten hebben dan de andere fracties. Correctie door akte: " +
        "zolang dat niet zo is, gaat één mandaat van de niet-coalitiefractie met het kleinste overschot onder wie een restzetel kreeg " +
        "(anders: met het kleinste quotiënt; bij gelijkheid de fractie met de minste zetels) naar de coalitiefractie met het grootste " +
        "overschot die nog geen extra mandaat kreeg (bij gelijkheid de fractie met de meeste zetels)."

    /// - Parameters:
    ///   - tieBreak: an explicit order of fraction names, decided by the council, used only for a tie in remainders.
    public static func allocate(claims: [SeatClaim], councilSize: Int, committeeSize: Int,
                                tieBreak: [String] = []) -> SeatAllocationResult {
        let denominator = max(councilSize, 1)
        let numerators = claims.map { $0.councilSeats * committeeSize }
        let base = numerators.map { $0 / denominator }
        let remainders = numerators.map { $0 % denominator }
        var raw = base
        var left = max(0, committeeSize - base.reduce(0, +))
        // Order by remainder, largest first; equal remainders keep input order but are flagged below.
        let order = claims.indices.filter { claims[$0].councilSeats > 0 }.sorted { remainders[$0] > remainders[$1] }
        var ties: [RemainderTie] = []
        var unassigned = 0
        // Only with a very small council (independents' share above one seat) can more seats be left
        // than fractions: then every fraction gets one per full round first.
        while !order.isEmpty, left > order.count {
            for index in order { raw[index] += 1 }
            left -= order.count
        }
        if order.isEmpty { unassigned = left }
        if left > 0, !order.isEmpty {
            let boundary = remainders[order[left - 1]]
            let tied = order.filter { remainders[$0] == boundary }
            let above = order.filter { remainders[$0] > boundary }
            for index in above { raw[index] += 1 }
            let seatsForTied = left - above.count
            if tied.count > seatsForTied {
                let names = tied.map { claims[$0].fraction }
                let explicit = tieBreak.filter { names.contains($0) }
                if explicit.count == names.count {
                    for name in explicit.prefix(seatsForTied) { raw[claims.firstIndex { $0.fraction == name }!] += 1 }
                    ties.append(RemainderTie(fractions: names, seatsAvailable: seatsForTied, resolvedBy: explicit))
                } else {
                    ties.append(RemainderTie(fractions: names, seatsAvailable: seatsForTied, resolvedBy: nil))
                    unassigned = seatsForTied
                }
            } else {
                for index in tied { raw[index] += 1 }
            }
        }
        // Coalition correction (never silent: reported in `correction`).
        var final = raw
        var moves: [SeatMove] = []
        func coalitionSeats() -> Int { claims.indices.filter { claims[$0].coalition }.reduce(0) { $0 + final[$1] } }
        let hasCoalition = claims.contains(where: \.coalition)
        var bumped = Set<Int>()
        while hasCoalition, unassigned == 0, coalitionSeats() * 2 <= committeeSize {
            let donors = claims.indices.filter { !claims[$0].coalition && final[$0] > 0 }
            let withRemainderSeat = donors.filter { final[$0] > base[$0] }
            // Donor: smallest remainder among those that got a remainder seat (else smallest quota);
            // on equality the one with fewer council seats, then the later one in the input order.
            let pool = withRemainderSeat.isEmpty ? donors : withRemainderSeat
            let key: (Int) -> Int = { withRemainderSeat.isEmpty ? numerators[$0] : remainders[$0] }
            guard let donor = pool.min(by: { (key($0), claims[$0].councilSeats, -$0) < (key($1), claims[$1].councilSeats, -$1) }) else { break }
            // Recipient: the coalition fraction with the largest remainder not yet given an extra seat;
            // on equality the one with more council seats, then the earlier one in the input order.
            var recipients = claims.indices.filter { claims[$0].coalition && !bumped.contains($0) && claims[$0].councilSeats > 0 }
            if recipients.isEmpty { recipients = claims.indices.filter { claims[$0].coalition } }
            guard let recipient = recipients.max(by: { (remainders[$0], claims[$0].councilSeats, -$0) < (remainders[$1], claims[$1].councilSeats, -$1) }) else { break }
            final[donor] -= 1
            final[recipient] += 1
            bumped.insert(recipient)
            moves.append(SeatMove(from: claims[donor].fraction, to: claims[recipient].fraction))
        }
        let rows = claims.indices.map { i in
            SeatRow(fraction: claims[i].fraction, councilSeats: claims[i].councilSeats, coalition: claims[i].coalition,
                    quotaNumerator: numerators[i], quotaDenominator: denominator, baseSeats: base[i],
                    rawSeats: raw[i], seats: final[i])
        }
        return SeatAllocationResult(councilSize: councilSize, committeeSize: committeeSize, rows: rows, ties: ties,
                                    correction: moves.isEmpty ? nil : SeatCorrection(moves: moves, rule: correctionRule),
                                    unassignedSeats: unassigned)
    }
}
