import AkteCase

/// The findings about the seat allocation of a case (Wommelgem art. 45 §2–3; Kinrooi art. 2), in one place so
/// the findings model of `Evaluation.swift` only calls it.
public enum SeatFindings {
    /// Builds one finding. The stable codes (`seats.…`) are passed so the findings model can carry them.
    static func finding(_ severity: Severity, _ code: String, _ message: String, article: String?,
                        at position: SourcePosition? = nil) -> Diagnostic {
        Diagnostic(severity, FindingCode(rawValue: code), message, article: article, at: position)
    }

    /// The allocation for a case under its profile (nil when the input cannot be allocated) and its findings.
    public static func evaluate(_ c: CommissionCase, profile: RuleProfile) -> (SeatAllocationResult?, [Diagnostic]) {
        var d: [Diagnostic] = []
        let article = profile.seatArticle
        let claims = c.fractions.map { SeatClaim(fraction: $0.name, councilSeats: $0.councilSeats, coalition: $0.coalition) }
        let seatSum = c.fractions.reduce(0) { $0 + $1.councilSeats } + c.independents.count
        if let size = c.councilSize, size != seatSum {
            d.append(finding(.warning, "seats.councilSizeMismatch", "councilSize is \(size), but the fractions' seats plus independents make \(seatSum)", article: article))
        }
        let seats: SeatAllocationResult
        do {
            seats = try SeatAllocation.allocate(claims: claims, councilSize: c.effectiveCouncilSize,
                                                committeeSize: profile.committeeSize, tieBreak: c.seatTieBreak)
        } catch {
            d.append(finding(.error, "seats.input", error.message, article: article))
            return (nil, d)
        }
        if article == nil {
            d.append(finding(.note, "seats.noProfileRule", "the profile \(profile.id) does not say how the seats are divided over the fractions; the allocation shown is akte's largest-remainder calculation, not this profile's rule: check it against the code", article: nil))
        }
        d += findings(seats, article: article, tieBreakPosition: c.seatTieBreakPosition ?? c.details.position, tieBreakGiven: !c.seatTieBreak.isEmpty)

        // The members each fraction proposes (art. 45 §3): the code's number, or one of the alternatives of a proposal.
        let proposed = c.fractions.map(\.members.count)
        let entitled = seats.isProposal ? seats.alternatives.map(\.seats) : [seats.rows.map(\.seats)]
        if let match = entitled.firstIndex(of: proposed) {
            if seats.isProposal {
                d.append(finding(.note, "seats.membersFollowAlternative", "the fractions' members follow alternative \(match + 1) of the proposal: \(SeatReport.englishAlternative(seats.alternatives[match], seats))", article: article))
            }
        } else if !seats.isProposal {
            for (fraction, row) in zip(c.fractions, seats.rows) where fraction.members.count != row.seats {
                d.append(finding(article == nil ? .warning : .error, "seats.fractionMembers", "fraction \(fraction.name) proposes \(fraction.members.count) member(s) but is entitled to \(row.seats)", article: article.map { _ in "art. 45 §2–3" }, at: fraction.position))
            }
        } else {
            let counts = zip(c.fractions, proposed).map { "\($0.name) \($1)" }.joined(separator: ", ")
            d.append(finding(article == nil ? .warning : .error, "seats.fractionMembers", "the fractions propose \(counts) members, which is none of the allocations the code allows (see the proposal)", article: article, at: c.fractions.first?.position))
        }
        return (seats, d)
    }

    /// The findings of an allocation: how a tie was decided, a proposal with its alternatives, a fraction without a seat.
    public static func findings(_ seats: SeatAllocationResult, article: String?, tieBreakPosition: SourcePosition? = nil,
                                tieBreakGiven: Bool = false) -> [Diagnostic] {
        var d: [Diagnostic] = []
        if !seats.hasCoalition {
            d.append(finding(.warning, "seats.noCollege", "no fraction is marked coalition: the rule that the college's fractions hold more seats than the others (last sentence) is not checked", article: article))
        }
        if !seats.tieBreakMissing.isEmpty, let tie = seats.tie {
            let named = tie.fractions.filter { !seats.tieBreakMissing.contains($0) }
            d.append(finding(.error, "seats.tieBreakIncomplete", "seatTieBreak names \(named.isEmpty ? "none" : DutchFormat.list(named)) but not \(DutchFormat.list(seats.tieBreakMissing)), which tie with equal remainders (\(DutchFormat.list(tie.fractions))) for \(english(tie.seatsAvailable)); name every tied fraction in the council's order", article: article, at: tieBreakPosition))
        }
        if let tie = seats.tie {
            switch tie.resolution {
            case .collegeMajority:
                d.append(finding(.note, "seats.tieCollegeMajority", "equal remainders for \(DutchFormat.list(tie.fractions)) with \(english(tie.seatsAvailable)) left: only giving it to \(DutchFormat.list(tie.winners)) keeps the college's fractions above the others, so the last sentence decides the tie", article: article))
            case .councilTieBreak(let order):
                d.append(finding(.note, "seats.tieCouncilOrder", "equal remainders for \(DutchFormat.list(tie.fractions)) with \(english(tie.seatsAvailable)) left, which the code does not decide; settled by the council's order \(order.joined(separator: " > ")) from the case file", article: article))
            case .open:
                break
            }
        } else if tieBreakGiven {
            d.append(finding(.note, "seats.tieBreakUnused", "seatTieBreak is not used: no remainders tie", article: article, at: tieBreakPosition))
        }
        if seats.tieBreakSetAside {
            d.append(finding(.warning, "seats.tieBreakSetAside", "seatTieBreak would leave the college's fractions without more seats than the others, which another way of breaking the tie keeps; it is not followed", article: article, at: tieBreakPosition))
        }
        if seats.isProposal {
            d.append(finding(.warning, "seats.proposal", SeatReport.englishProposal(seats), article: article))
        }
        for name in seats.zeroSeatFractions {
            let row = seats.rows.first { $0.fraction == name }!
            let quota = DutchFormat.decimal(numerator: row.quotaNumerator, denominator: row.quotaDenominator)
            let why = row.rawSeats > 0
                ? "akte's proposed correction moves away the \(SeatFindings.english(row.rawSeats)) the largest remainders gave it"
                : "its quota \(quota) has no whole unit and its remainder is not among the largest"
            d.append(finding(.warning, "seats.zeroSeats", "fraction \(name) (\(row.councilSeats) council seat\(row.councilSeats == 1 ? "" : "s")) gets no seat in the commission: \(why); the fraction is not represented", article: article))
        }
        return d
    }

    static func english(_ n: Int) -> String { n == 1 ? "1 seat" : "\(n) seats" }
}

/// The sentences that describe a seat allocation's open choices: Dutch for `akte seats` (the secretary's own
/// report beside the decision's lines), English for the findings of `akte check`.
public enum SeatReport {
    static func allocation(_ seats: [Int], _ r: SeatAllocationResult) -> String {
        zip(r.rows, seats).map { "\($0.fraction) \($1)" }.joined(separator: ", ")
    }

    static func coalition(_ seats: [Int], _ r: SeatAllocationResult) -> Int {
        zip(r.rows, seats).filter { $0.0.coalition }.reduce(0) { $0 + $1.1 }
    }

    public static func englishAlternative(_ a: SeatAlternative, _ r: SeatAllocationResult) -> String {
        var parts: [String] = []
        if !a.tieWinners.isEmpty { parts.append("the remainder \(r.tie?.seatsAvailable == 1 ? "seat" : "seats") to \(DutchFormat.list(a.tieWinners))") }
        for move in grouped(a.moves) { parts.append("\(move.from) gives \(SeatFindings.english(move.count)) to \(move.to)") }
        let c = coalition(a.seats, r)
        return parts.joined(separator: "; ") + " → \(allocation(a.seats, r)) (college \(c), others \(r.committeeSize - c))"
    }

    public static func dutchAlternative(_ a: SeatAlternative, _ r: SeatAllocationResult) -> String {
        var parts: [String] = []
        if !a.tieWinners.isEmpty {
            parts.append((r.tie?.seatsAvailable == 1 ? "het restmandaat naar " : "de restmandaten naar ") + DutchFormat.list(a.tieWinners))
        }
        for move in grouped(a.moves) { parts.append("\(move.from) geeft \(SeatAllocation.mandates(move.count)) aan \(move.to)") }
        let c = coalition(a.seats, r)
        return parts.joined(separator: "; ") + " → \(allocation(a.seats, r)) — coalitie \(c), andere fracties \(r.committeeSize - c)"
    }

    /// Moves folded per (from, to): "C geeft 2 mandaten aan A".
    static func grouped(_ moves: [SeatMove]) -> [(from: String, to: String, count: Int)] {
        var result: [(from: String, to: String, count: Int)] = []
        for move in moves {
            if let i = result.firstIndex(where: { $0.from == move.from && $0.to == move.to }) { result[i].count += 1 } else { result.append((move.from, move.to, 1)) }
        }
        return result
    }

    /// Why the allocation is a proposal, in English.
    static func englishReason(_ r: SeatAllocationResult) -> String {
        if r.correction != nil {
            return "the largest remainders give the college's fractions \(r.rawCoalitionSeats) of \(r.committeeSize) seats, not more than the others, and the code does not say which seat moves"
        }
        let tie = r.tie!
        return "equal remainders for \(DutchFormat.list(tie.fractions)) with \(SeatFindings.english(tie.seatsAvailable)) left, and the code does not say who gets \(tie.seatsAvailable == 1 ? "it" : "them")"
    }

    static func dutchReason(_ r: SeatAllocationResult) -> String {
        if r.correction != nil {
            return "de grootste overschotten geven de fracties van het college \(r.rawCoalitionSeats) van de \(r.committeeSize) mandaten, niet meer dan de andere fracties, en de code zegt niet welk mandaat dan verschuift"
        }
        let tie = r.tie!
        return "bij gelijke overschotten van \(DutchFormat.list(tie.fractions)) voor \(SeatAllocation.mandates(tie.seatsAvailable)) zegt de code niet wie \(tie.seatsAvailable == 1 ? "het krijgt" : "ze krijgt")"
    }

    /// `check`'s warning for a proposal: the reason, every alternative, and akte's pick labelled as akte's.
    public static func englishProposal(_ r: SeatAllocationResult) -> String {
        var text = "PROPOSAL, not the code's allocation: \(englishReason(r)). The code allows \(r.alternativesComplete ? "" : "more than ")\(r.alternatives.count) allocation\(r.alternatives.count == 1 ? "" : "s"): "
        text += r.alternatives.enumerated().map { "(\($0.offset + 1)) \(englishAlternative($0.element, r))" }.joined(separator: "; ")
        text += ". akte shows (1), its own choice (\(r.correction != nil ? "the outside fraction with the smallest remainder gives to the college fraction with the largest" : "the first in the order the fractions are given")), not a rule of the code; the council decides"
        if r.correction == nil { text += " (record its decision in seatTieBreak)" }
        return text
    }

    /// The Dutch block `akte seats` prints after the decision's lines.
    public static func dutch(_ r: SeatAllocationResult) -> String {
        var out = ""
        if let tie = r.tie {
            let head = "Gelijke overschotten: \(DutchFormat.list(tie.fractions)) voor \(SeatAllocation.mandates(tie.seatsAvailable))"
            switch tie.resolution {
            case .collegeMajority:
                out += "\n\(head). Alleen als \(DutchFormat.list(tie.winners)) \(tie.seatsAvailable == 1 ? "het krijgt" : "ze krijgen"), hebben de fracties van het college meer mandaten dan de andere fracties: de laatste zin van art. 45 §2 beslist het zo.\n"
            case .councilTieBreak(let order):
                out += "\n\(head); de code beslist dit niet; beslecht door de opgegeven volgorde van de raad: \(order.joined(separator: " > ")).\n"
            case .open:
                out += "\n\(head); de code zegt niet wie \(tie.seatsAvailable == 1 ? "het krijgt" : "ze krijgt").\n"
            }
        }
        if r.tieBreakSetAside {
            out += "De opgegeven volgorde wordt niet gevolgd: zij zou de fracties van het college niet meer mandaten geven dan de andere fracties, wat een andere keuze wel doet.\n"
        }
        if r.correction != nil {
            out += "\nRuwe verdeling (grootste overschotten): \(allocation(r.rows.map(\.rawSeats), r)) — coalitie \(r.rawCoalitionSeats), andere fracties \(r.rawOtherSeats).\n"
            out += "Art. 45 §2 eist dat de fracties van het college meer mandaten hebben dan de andere fracties, maar zegt niet welk mandaat daarvoor verschuift.\n"
        }
        if r.isProposal {
            out += "\nMogelijkheden die de code toelaat (\(r.alternativesComplete ? "" : "meer dan ")\(r.alternatives.count)):\n"
            for (i, a) in r.alternatives.enumerated() {
                out += "  \(i + 1). \(dutchAlternative(a, r))\(i == 0 ? " (voorstel van akte)" : "")\n"
            }
            if !r.alternativesComplete { out += "  … niet alle mogelijkheden zijn opgesomd.\n" }
            out += "Keuze van akte: \(r.correction != nil ? SeatAllocation.correctionRule : SeatAllocation.tieProposalRule)\n"
            if r.correction == nil { out += "Geef de beslissing van de raad op met --tie-break (in een dossier: seatTieBreak).\n" }
        }
        if !r.hasCoalition {
            out += "\nGeen fractie van het college opgegeven: de laatste zin van art. 45 §2 (de fracties van het college hebben meer mandaten dan de andere) is niet getoetst.\n"
        }
        for name in r.zeroSeatFractions {
            let row = r.rows.first { $0.fraction == name }!
            let quota = DutchFormat.decimal(numerator: row.quotaNumerator, denominator: row.quotaDenominator)
            out += row.rawSeats > 0
                ? "\nWaarschuwing: in dit voorstel houdt \(name) geen mandaat over (de grootste overschotten gaven \(SeatAllocation.mandates(row.rawSeats))); de fractie is dan niet vertegenwoordigd in de commissie.\n"
                : "\nWaarschuwing: \(name) krijgt geen mandaat: art. 45 §2 geeft mandaten voor de eenheden van het quotiënt (\(quota)) en aan de grootste overschotten, en dit overschot hoort daar niet bij. De fractie is niet vertegenwoordigd in de commissie.\n"
        }
        return out
    }

    /// The first lines `akte seats` prints for a proposal, before the decision's lines.
    public static func dutchProposalHeader(_ r: SeatAllocationResult) -> String {
        "VOORSTEL — geen verdeling van de code: \(dutchReason(r)). De raad kiest een van de mogelijkheden hieronder.\n\n"
    }
}
