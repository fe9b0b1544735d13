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

        @Option(name: .customLong("tie-break"), help: "Explicit order for a tie in remainders (repeat), as decided by the council.")
        var tieBreak: [String] = []

        @Flag(help: "Print JSON.")
        var json = false

        /// Checked at the start of `run()`, not in `validate()`: a usage error here exits 2 (README),
        /// and `akte help` (which calls `validate()`) must not print it.
        func checkArguments() throws {
            if caseFile == nil {
                guard let members, members > 0 else { throw usageError("--members must be a positive number") }
                guard !fraction.isEmpty else { throw usageError("give at least one --fraction NAME=SEATS") }
                _ = try parsedClaims()
                guard independents >= 0 else { throw usageError("--independents must be 0 or more") }
            } else if members != nil || !fraction.isEmpty || !coalition.isEmpty {
                throw usageError("--members, --fraction and --coalition are for use without a case file")
            }
        }

        func parsedClaims() throws -> [SeatClaim] {
            let claims = try fraction.map { spec -> SeatClaim in
                guard let eq = spec.lastIndex(of: "="), let seats = Int(spec[spec.index(after: eq)...]), seats >= 0 else {
                    throw usageError("--fraction \"\(spec)\": expected NAME=SEATS")
                }
                let name = String(spec[..<eq]).trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty else { throw usageError("--fraction \"\(spec)\": the name is empty") }
                return SeatClaim(fraction: name, councilSeats: seats, coalition: coalition.contains(name))
            }
            for name in coalition where !claims.contains(where: { $0.fraction == name }) {
                throw usageError("--coalition \"\(name)\" is not one of the fractions")
            }
            return claims
        }

        func run() throws {
            try checkArguments()
            let result: SeatAllocationResult
            if let caseFile {
                guard case let .commission(c) = try CaseSupport.loadCase(caseFile) else {
                    printError("\(caseFile): seats apply to a commission case (kind: commissie)")
                    throw AkteExit.inputError
                }
                let profile = try CaseSupport.profile(for: c)
                result = SeatAllocation.allocate(
                    claims: c.fractions.map { SeatClaim(fraction: $0.name, councilSeats: $0.councilSeats, coalition: $0.coalition) },
                    councilSize: c.effectiveCouncilSize, committeeSize: profile.committeeSize, tieBreak: c.seatTieBreak)
            } else {
                let claims = try parsedClaims()
                let size = claims.reduce(0) { $0 + $1.councilSeats } + independents
                guard size > 0 else { throw usageError("the council has no seats") }
                result = SeatAllocation.allocate(claims: claims, councilSize: size, committeeSize: members!, tieBreak: tieBreak)
            }
            if json {
                print(Self.json(result).text)
            } else {
                print(Self.text(result), terminator: "")
            }
            if result.unresolvedTie || !result.coalitionHasMajority && result.rows.contains(where: \.coalition) {
                throw AkteExit.findings
            }
        }

        static func json(_ r: SeatAllocationResult) -> JSON {
            .object([
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
                ("ties", .array(r.ties.map { tie in
                    .object([
                        ("fractions", .array(tie.fractions.map(JSON.string))),
                        ("seatsAvailable", .int(tie.seatsAvailable)),
                        ("resolvedBy", tie.resolvedBy.map { .array($0.map(JSON.string)) } ?? .null),
                    ])
                })),
                ("correction", r.correction.map { c in
                    .object([
                        ("rule", .string(c.rule)),
                        ("moves", .array(c.moves.map { .object([("from", .string($0.from)), ("to", .string($0.to))]) })),
                        ("raw", .array(r.rows.map { .object([("fraction", .string($0.fraction)), ("seats", .int($0.rawSeats))]) })),
                    ])
                } ?? .null),
            ])
        }

        /// The decision's lines; ties and corrections are reported after them, never silently applied.
        static func text(_ r: SeatAllocationResult) -> String {
            var out = r.dutchLines.joined(separator: "\n") + "\n"
            for tie in r.ties {
                if let order = tie.resolvedBy {
                    out += "\nGelijke overschotten: \(DutchFormat.list(tie.fractions)) voor \(tie.seatsAvailable) mandaat/mandaten; beslecht door de opgegeven volgorde \(order.joined(separator: " > ")).\n"
                } else {
                    out += "\nGelijke overschotten: \(DutchFormat.list(tie.fractions)) voor \(tie.seatsAvailable) mandaat/mandaten. De code regelt dit niet: \(r.unassignedSeats) mandaat/mandaten niet toegewezen; geef de beslissing van de raad op met --tie-break.\n"
                }
            }
            if let correction = r.correction {
                out += "\nRuwe verdeling (grootste overschotten): " + r.rows.map { "\($0.fraction) \($0.rawSeats)" }.joined(separator: ", ")
                out += " — coalitie \(r.rawCoalitionSeats), andere fracties \(r.rawOtherSeats).\n"
                out += "Gecorrigeerde verdeling: " + r.rows.map { "\($0.fraction) \($0.seats)" }.joined(separator: ", ")
                out += " — coalitie \(r.coalitionSeats), andere fracties \(r.otherSeats).\n"
                out += "Regel: \(correction.rule)\n"
            } else if r.rows.contains(where: \.coalition), !r.coalitionHasMajority, !r.unresolvedTie {
                out += "\nDe coalitie heeft \(r.coalitionSeats) van \(r.committeeSize) mandaten, niet meer dan de andere fracties (art. 45 §2).\n"
            }
            return out
        }
    }
}
