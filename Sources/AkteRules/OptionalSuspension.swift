import AkteCase

/// The convening deadline with and without an optional suspension window (Kinrooi art. 16: "De termijnen
/// zoals bepaald voor meldingen, klachten en adviezen kunnen worden geschorst tijdens de maanden juli en
/// augustus"). "Kunnen" leaves the suspension to a choice; the case makes it with `summerSuspension`, and
/// until it does, akte applies none and shows both deadlines. Mandatory windows (Wommelgem art. 52: "wordt
/// geschorst van 11 juli tot en met 15 augustus") always apply.
public struct OptionalSuspensionFacts: Sendable, Hashable {
    /// The optional windows of the profile.
    public let windows: [SuspensionWindow]
    /// The case's choice; nil when it has not chosen.
    public let chosen: Bool?
    /// The deadline with only the mandatory windows.
    public let withoutSuspension: CivilDate
    /// The deadline with the optional windows as well.
    public let withSuspension: CivilDate

    /// Whether the choice changes the deadline at all (a report in March is not affected).
    public var matters: Bool { withoutSuspension != withSuspension }
    public var applied: Bool { chosen ?? false }
    public var article: String? { windows.compactMap(\.article).first }

    /// "tijdens de maanden juli en augustus (art. 16)".
    public var windowText: String {
        windows.map { $0.description + ($0.article.map { " (\($0))" } ?? "") }.joined(separator: ", ")
    }
}

extension Deadlines {
    /// The convening deadline with the mandatory windows, and the optional ones when `optionalSuspension` is true.
    public static func conveningDeadline(reportReceived: CivilDate, profile: RuleProfile, optionalSuspension: Bool) -> CivilDate {
        deadline(after: reportReceived, period: profile.convening.period,
                 suspensions: appliedSuspensions(profile, optionalSuspension: optionalSuspension), calendar: profile.calendar)
    }

    /// The windows that count: the mandatory ones, plus the optional ones when chosen.
    public static func appliedSuspensions(_ profile: RuleProfile, optionalSuspension: Bool) -> [SuspensionWindow] {
        profile.convening.mandatorySuspensions + (optionalSuspension ? profile.convening.optionalSuspensions : [])
    }

    /// Both deadlines, when the profile has an optional window; nil otherwise.
    public static func optionalSuspension(reportReceived: CivilDate, profile: RuleProfile, chosen: Bool?) -> OptionalSuspensionFacts? {
        let windows = profile.convening.optionalSuspensions
        guard !windows.isEmpty else { return nil }
        return OptionalSuspensionFacts(
            windows: windows, chosen: chosen,
            withoutSuspension: conveningDeadline(reportReceived: reportReceived, profile: profile, optionalSuspension: false),
            withSuspension: conveningDeadline(reportReceived: reportReceived, profile: profile, optionalSuspension: true))
    }
}

/// The findings about the optional suspension: the choice is the case's, and is always shown.
public enum OptionalSuspensionCheck {
    public static func diagnostics(_ facts: OptionalSuspensionFacts?, summerSuspensionPosition position: SourcePosition?) -> [Diagnostic] {
        guard let facts else { return [] }
        let without = DutchFormat.longDate(facts.withoutSuspension)
        let with = DutchFormat.longDate(facts.withSuspension)
        switch facts.chosen {
        case nil where facts.matters:
            return [Diagnostic(.warning, "suspension.notChosen", "the time limits may be suspended \(facts.windowText), a choice the rules leave open; the case does not make it (summerSuspension: true or false). Convening deadline without suspension: \(without); with suspension: \(with). Until chosen, no suspension is applied", article: facts.article, at: position)]
        case nil:
            return []
        case let chosen?:
            let other = chosen ? "without suspension it would be \(without)" : "with suspension it would be \(with)"
            return [Diagnostic(.note, "suspension.chosen", "summerSuspension: \(chosen): the time limits are \(chosen ? "" : "not ")suspended \(facts.windowText); convening deadline \(chosen ? with : without) (\(other))", article: facts.article, at: position)]
        }
    }
}
