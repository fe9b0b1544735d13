import AkteCase

/// A seat filled by a substitute for the whole procedure.
public struct Replacement: Sendable, Hashable {
    public let original: String
    public let substitute: String?
    public let fraction: String?
    /// As the profile cites it (Wommelgem "art. 45 §5"; Kinrooi "art. 2"); nil when the profile cites none.
    public let article: String?
    public let reason: String
    /// The profile's reference purpose ("substitute", "chairReplacement"): `check` prints
    /// `RuleProfile.reference(purpose)`, never the Wommelgem article above for another profile.
    public var purpose: String = "substitute"
    /// Substitutes passed over, in order, before `substitute` (or before giving up): who and why.
    public var skipped: [SkippedSubstitute] = []
}

/// A substitute the order of art. 45 §5 reaches but who does not take the seat.
public struct SkippedSubstitute: Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        /// Listed in the fraction's `unavailable`: a fact of the case.
        case unavailable
        /// Already sitting (a member, or a substitute for another seat): one person, one seat.
        case alreadySitting
        /// The reporter or a witness of this case: passed over for impartiality (art. 46 §6), a reading
        /// the code does not prescribe (art. 45 §5 only gives the order).
        case reporter, witness
    }
    public let person: String
    public let reason: Reason
}

/// The chair replaced for the whole procedure (Wommelgem art. 45 §4; Kinrooi art. 2: as DLB art. 7 §5,
/// third paragraph, provides). Only the chair's function moves: the deputy keeps his own seat.
public struct ChairReplacement: Sendable, Hashable {
    public let original: String
    /// The person who chairs instead (the case's deputyChair); nil when the case names nobody.
    public let deputy: String?
    public let article: String?
}

/// The effective composition of the commission for a case.
public struct Composition: Sendable, Hashable {
    /// Person ids of the sitting members, in fraction order: always distinct people.
    public let members: [String]
    /// The person id chairing the commission for this case.
    public let chair: String?
    /// The seats filled by a substitute (never the chair's function: `chairReplacement`).
    public let replacements: [Replacement]
    /// Set when the report concerns the chair.
    public let chairReplacement: ChairReplacement?

    public init(members: [String], chair: String?, replacements: [Replacement], chairReplacement: ChairReplacement? = nil) {
        self.members = members
        self.chair = chair
        self.replacements = replacements
        self.chairReplacement = chairReplacement
    }

    /// Whether `person` sits in the commission for this case.
    public func sits(_ person: String) -> Bool { members.contains(person) }
}

/// Substitutes (Wommelgem code art. 45 §4, §5; Kinrooi art. 2).
public enum Substitutes {
    /// The commission for a case. The respondent never sits: a respondent member's seat goes to the
    /// fraction's first available substitute in the order of the deed of nomination (art. 45 §5); when the
    /// respondent is the chair, the chair's seat goes to the fraction's substitute in the same way and the
    /// function of chair to the deputy named in the case (art. 45 §4), who keeps his own seat (one person,
    /// one seat). A substitute is unavailable when listed as such, when already sitting, or when the
    /// reporter, the respondent or a witness.
    public static func composition(for commissionCase: CommissionCase, article: (Replacement.Kind) -> String?) -> Composition {
        let c = commissionCase
        let respondent = c.details.respondent
        let nominated = Set(c.fractions.flatMap(\.members))
        var members: [String] = []
        var replacements: [Replacement] = []
        for fraction in c.fractions {
            for member in fraction.members {
                guard member == respondent else {
                    members.append(member)
                    continue
                }
                let taken = Set(members + replacements.compactMap(\.substitute))
                var skipped: [SkippedSubstitute] = []
                var substitute: String?
                for candidate in fraction.substitutes where candidate != respondent {
                    let reason: SkippedSubstitute.Reason? =
                        fraction.unavailable.contains(candidate) ? .unavailable
                        : nominated.contains(candidate) || taken.contains(candidate) ? .alreadySitting
                        : candidate == c.details.reporter ? .reporter
                        : c.witnesses.contains(candidate) ? .witness
                        : nil
                    guard let reason else { substitute = candidate; break }
                    skipped.append(SkippedSubstitute(person: candidate, reason: reason))
                }
                if let substitute { members.append(substitute) }
                let isChair = member == c.chair
                replacements.append(Replacement(
                    original: member, substitute: substitute, fraction: fraction.name,
                    article: article(isChair ? .chairSeat : .member),
                    reason: isChair
                        ? "the report concerns the chair of the commission; the chair's seat goes to the fraction's first available substitute"
                        : "the report concerns a member of the commission; replaced by the fraction's first available substitute",
                    skipped: skipped))
            }
        }
        var chair: String? = c.chair
        var chairReplacement: ChairReplacement?
        if respondent == c.chair {
            let deputy = c.deputyChair == respondent ? nil : c.deputyChair
            chair = deputy
            chairReplacement = ChairReplacement(original: respondent, deputy: deputy, article: article(.chair))
        }
        return Composition(members: members, chair: chair, replacements: replacements, chairReplacement: chairReplacement)
    }
}

extension Replacement {
    /// What is replaced: a member's seat, the chair's seat, or the function of chair.
    public enum Kind: Sendable, Hashable {
        case member, chairSeat, chair
    }
}

extension Composition {
    /// The substitutes standing in at one meeting, each with the member whose place he takes. Wommelgem art. 45 §3:
    /// the substitutes "kunnen in opgesomde volgorde het commissielid vervangen"; Kinrooi art. 2: a member who
    /// "niet aanwezig kan zijn" is replaced by the designated substitute. A substitute of a fraction listed present
    /// takes the place of a member of the same fraction sitting for the case who is not present, in the order of
    /// the substitutes, at most one substitute per absent member; never the respondent, and — as for the seat of
    /// a respondent member — not one listed unavailable, nor the reporter or a witness (art. 46 §6, akte's reading).
    public func standIns(at meeting: Meeting, in c: CommissionCase) -> [String: String] {
        guard !meeting.present.isEmpty else { return [:] }
        let excluded = Set([c.details.respondent, c.details.reporter] + c.witnesses)
        var result: [String: String] = [:]
        for fraction in c.fractions {
            let seats = fraction.members.filter { $0 != c.details.respondent }
                + replacements.filter { $0.fraction == fraction.name }.compactMap(\.substitute)
            let absent = seats.filter { !meeting.present.contains($0) }
            let present = fraction.substitutes.filter {
                meeting.present.contains($0) && !sits($0) && !excluded.contains($0) && !fraction.unavailable.contains($0) && result[$0] == nil
            }
            for (substitute, member) in zip(present, absent) { result[substitute] = member }
        }
        return result
    }
}
