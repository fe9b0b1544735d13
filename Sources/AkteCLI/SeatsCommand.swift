import AkteCase
import AkteRules
import ArgumentParser

extension AkteCommand {
    /// `akte seats --members 7 --fraction "N-VA=11" … --coalition "N-VA" [--independents N] [--json]`, or `akte seats CASE`.
    struct Seats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Allocate the commission's seats over the fractions (art. 45 §2), with the calculation.")

        @Argument(help: "A case file; or give --members and --fraction.")
        var caseFile: String?

        @Option(help: "Committee size.")
        var members: Int?

        @Option(help: "A fraction and its council seats: \"NAME=SEATS\" (repeat, in the decision's order).")
        var fraction: [String] = []

        @Option(help: "A fraction that sits in the college (repeat).")
        var coalition: [String] = []

        @Option(help: "Independent councillors (no fraction, no seat; they count in the council size).")
        var independents: Int = 0

        @Option(name: .customLong("tie-break"), help: "Explicit order for a tie in remainders (repeat, every tied fraction), as decided by the council.")
        var tieBreak: [String] = []

        @Flag(help: "Print JSON.")
        var json = false

        static let maxSeats = SeatAllocation.maxCouncilSize

        /// Every argument check (ArgumentParser calls it before `run()`, and not for `--help`); a usage error exits 2
        /// (README; `AkteCommand.main` maps ArgumentParser's code).
        func validate() throws {
            if caseFile == nil {
                guard let members, members > 0 else { throw usageError("--members must be a positive number") }
                guard members <= Self.maxSeats else { throw usageError("--members \(members) is more than akte accepts (at most \(Self.maxSeats); Flemish councils have at most 55 members)") }
                guard !fraction.isEmpty else { throw usageError("give at least one --fraction NAME=SEATS") }
                guard independents >= 0 else { throw usageError("--independents must be 0 or more") }
                guard independents <= Self.maxSeats else { throw usageError("--independents \(independents) is more than akte accepts (at most \(Self.maxSeats))") }
                let claims = try parsedClaims()
                let size = claims.reduce(0) { $0 + $1.councilSeats } + independents
                guard size <= Self.maxSeats else {
                    throw usageError("the fractions and independents make a council of \(size) seats, more than akte accepts (at most \(Self.maxSeats))")
                }
                // Art. 45 §2 divides by the number of council members: the committee cannot be larger than the council.
                guard members <= size else {
                    throw usageError("--members \(members) is more than the council's \(size) seats (the fractions' seats plus --independents): art. 45 §2 divides the fractions' seats by the council size and multiplies by the committee size, so a committee larger than the council hands out more seats than there are councillors")
                }
                for name in tieBreak where !claims.contains(where: { $0.fraction == name }) {
                    throw usageError("--tie-break \"\(name)\" is not one of the fractions")
                }
                if Set(tieBreak).count != tieBreak.count { throw usageError("--tie-break names a fraction twice") }
            } else if members != nil || !fraction.isEmpty || !coalition.isEmpty || !tieBreak.isEmpty {
                throw usageError("--members, --fraction, --coalition and --tie-break are for use without a case file")
            }
        }

        func parsedClaims() throws -> [SeatClaim] {
            var claims: [SeatClaim] = []
            for spec in fraction {
                guard let eq = spec.lastIndex(of: "=") else { throw usageError("--fraction \"\(spec)\": expected NAME=SEATS") }
                let name = String(spec[..<eq]).trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty else { throw usageError("--fraction \"\(spec)\": the name is empty") }
                let value = spec[spec.index(after: eq)...]
                guard !value.isEmpty, value.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "+") }), let seats = Int(value) else {
                    // Digits too long for Int are still a number, only too large.
                    if !value.isEmpty, value.allSatisfy({ $0.isASCII && $0.isNumber }) {
                        throw usageError("--fraction \"\(spec)\": \(value) seats is more than akte accepts (at most \(Self.maxSeats))")
                    }
                    throw usageError("--fraction \"\(spec)\": expected NAME=SEATS")
                }
                guard seats > 0 else {
                    throw usageError("--fraction \"\(spec)\": a fraction holds at least 1 council seat (\(seats) given); leave out a fraction without seats")
                }
                guard seats <= Self.maxSeats else {
                    throw usageError("--fraction \"\(spec)\": \(seats) seats is more than akte accepts (at most \(Self.maxSeats); Flemish councils have at most 55 members)")
                }
                guard !claims.contains(where: { $0.fraction == name }) else {
                    throw usageError("--fraction \"\(name)\" is given twice")
                }
                claims.append(SeatClaim(fraction: name, councilSeats: seats, coalition: coalition.contains(name)))
            }
            for name in coalition where !claims.contains(where: { $0.fraction == name }) {
                throw usageError("--coalition \"\(name)\" is not one of the fractions")
            }
            return claims
        }

        func run() throws {
            let result: SeatAllocationResult
            var profileNote: String?
            if let caseFile {
                guard case let .commission(c) = try CaseSupport.loadCase(caseFile) else {
                    printError("\(caseFile): seats apply to a commission case (kind: commissie)")
                    throw AkteExit.inputError
                }
                let profile = try CaseSupport.profile(for: c)
                let (seats, findings) = SeatFindings.evaluate(c, profile: profile)
                guard let seats else {
                    for finding in findings where finding.severity == .error { printError(finding.position == nil ? "\(caseFile): \(finding)" : "\(finding)") }
                    throw AkteExit.inputError
                }
                if !seats.tieBreakMissing.isEmpty {
                    for finding in findings where finding.severity == .error { printError(finding.position == nil ? "\(caseFile): \(finding)" : "\(finding)") }
                    throw AkteExit.inputError
                }
                if profile.seatArticle == nil {
                    profileNote = "Het profiel \(profile.id) zegt niet hoe de mandaten over de fracties worden verdeeld; deze verdeling is de berekening van akte met de grootste overschotten (zoals art. 45 §2 van de code van Wommelgem), niet de regel van dit profiel.\n"
                }
                result = seats
            } else {
                let claims = try parsedClaims()
                let size = claims.reduce(0) { $0 + $1.councilSeats } + independents
                do {
                    result = try SeatAllocation.allocate(claims: claims, councilSize: size, committeeSize: members!, tieBreak: tieBreak)
                } catch {
                    throw usageError(error.message)
                }
                if !result.tieBreakMissing.isEmpty, let tie = result.tie {
                    throw usageError("--tie-break does not name \(DutchFormat.list(result.tieBreakMissing)), which tie with equal remainders (\(DutchFormat.list(tie.fractions))) for \(tie.seatsAvailable == 1 ? "1 seat" : "\(tie.seatsAvailable) seats"); give every tied fraction in the council's order")
                }
            }
            if json {
                print(Self.json(result).text)
            } else {
                print(Self.text(result, profileNote: profileNote), terminator: "")
            }
            if result.isProposal { throw AkteExit.findings }
        }

        static func basisName(_ basis: SeatAllocationBasis) -> String {
            switch basis {
            case .code: return "code"
            case .collegeMajority: return "college-majority"
            case .councilTieBreak: return "council-tie-break"
            case .proposal: return "proposal"
            }
        }

        static func json(_ r: SeatAllocationResult) -> JSON {
            func allocation(_ seats: [Int]) -> JSON {
                .array(zip(r.rows, seats).map { .object([("fraction", .string($0.fraction)), ("seats", .int($1))]) })
            }
            func moves(_ list: [SeatMove]) -> JSON { .array(list.map { .object([("from", .string($0.from)), ("to", .string($0.to))]) }) }
            return .object([
                ("councilSize", .int(r.councilSize)),
                ("members", .int(r.committeeSize)),
                ("allocation", .array(r.rows.map { row in
                    .object([
                        ("fraction", .string(row.fraction)),
                        ("councilSeats", .int(row.councilSeats)),
                        ("quota", .number(row.quota, places: 4)),
                        ("seats", .int(row.seats)),
                        ("coalition", .bool(row.coalition)),
                    ])
                })),
                ("basis", .string(basisName(r.basis))),
                ("proposal", .bool(r.isProposal)),
                ("ties", .array(r.ties.map { tie in
                    let decided: JSON
                    switch tie.resolution {
                    case .collegeMajority: decided = .string("college-majority")
                    case .councilTieBreak: decided = .string("council-tie-break")
                    case .open: decided = .null
                    }
                    var fields: [(String, JSON)] = [
                        ("fractions", .array(tie.fractions.map(JSON.string))),
                        ("seatsAvailable", .int(tie.seatsAvailable)),
                        ("winners", .array(tie.winners.map(JSON.string))),
                        ("decidedBy", decided),
                    ]
                    if case .councilTieBreak(let order) = tie.resolution { fields.append(("order", .array(order.map(JSON.string)))) }
                    return .object(fields)
                })),
                ("correction", r.correction.map { c in
                    .object([
                        ("rule", .string(c.rule)),
                        ("moves", moves(c.moves)),
                        ("raw", allocation(r.rows.map(\.rawSeats))),
                    ])
                } ?? .null),
                ("alternatives", .array(r.alternatives.map { a in
                    .object([
                        ("tieWinners", .array(a.tieWinners.map(JSON.string))),
                        ("moves", moves(a.moves)),
                        ("allocation", allocation(a.seats)),
                    ])
                })),
                ("alternativesComplete", .bool(r.alternativesComplete)),
                ("zeroSeats", .array(r.zeroSeatFractions.map(JSON.string))),
            ])
        }

        /// The decision's lines; ties, proposals and fractions without a seat are reported around them.
        static func text(_ r: SeatAllocationResult, profileNote: String? = nil) -> String {
            var out = r.isProposal ? SeatReport.dutchProposalHeader(r) : ""
            out += r.dutchLines.joined(separator: "\n") + "\n"
            out += SeatReport.dutch(r)
            if let profileNote { out += "\n" + profileNote }
            return out
        }
    }
}
