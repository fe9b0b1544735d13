import AkteCase

/// A member replaced for the whole procedure.
public struct Replacement: Sendable, Hashable {
    public let original: String
    public let substitute: String?
    public let fraction: String?
    /// "art. 45 §5" or "art. 45 §4".
    public let article: String
    public let reason: String
    /// The profile's reference purpose ("substitute", "chairReplacement"): `check` prints
    /// `RuleProfile.reference(purpose)`, never the Wommelgem article above for another profile.
    public var purpose: String = "substitute"
}

/// The effective composition of the commission for a case.
public struct Composition: Sendable, Hashable {
    /// Person ids of the sitting members, in fraction order.
    public let members: [String]
    /// The person id chairing the commission for this case.
    public let chair: String?
    public let replacements: [Replacement]
}

/// Substitutes (Wommelgem code art. 45 §4, §5).
public enum Substitutes {
    /// The commission for a case: a respondent member is replaced by the fraction's first available
    /// substitute (art. 45 §5); a respondent chair by the deputy named in the case (art. 45 §4, DLB art. 7 §5).
    /// A substitute is unavailable when listed as such, or when the reporter, the respondent or a witness.
    public static func composition(for commissionCase: CommissionCase) -> Composition {
        let respondent = commissionCase.details.respondent
        let involved = Set([respondent, commissionCase.details.reporter] + commissionCase.witnesses)
        var members: [String] = []
        var replacements: [Replacement] = []
        var chair: String? = commissionCase.chair
        for fraction in commissionCase.fractions {
            for member in fraction.members {
                guard member == respondent else {
                    members.append(member)
                    continue
                }
                if member == commissionCase.chair {
                    let deputy = commissionCase.deputyChair
                    chair = deputy
                    if let deputy { members.append(deputy) }
                    replacements.append(Replacement(original: member, substitute: deputy, fraction: fraction.name,
                        article: "art. 45 §4", reason: "the report concerns the chair of the commission; replaced as DLB art. 7 §5, third paragraph, provides",
                        purpose: "chairReplacement"))
                    continue
                }
                let substitute = fraction.substitutes.first {
                    !involved.contains($0) && !fraction.unavailable.contains($0) && !members.contains($0) && !fraction.members.contains($0)
                }
                if let substitute { members.append(substitute) }
                replacements.append(Replacement(original: member, substitute: substitute, fraction: fraction.name,
                    article: "art. 45 §5", reason: "the report concerns a member of the commission; replaced by the fraction's first available substitute"))
            }
        }
        if respondent == commissionCase.chair, !replacements.contains(where: { $0.original == respondent }) {
            chair = commissionCase.deputyChair
            replacements.append(Replacement(original: respondent, substitute: commissionCase.deputyChair, fraction: nil,
                article: "art. 45 §4", reason: "the report concerns the chair of the commission", purpose: "chairReplacement"))
        }
        return Composition(members: members, chair: chair, replacements: replacements)
    }
}
