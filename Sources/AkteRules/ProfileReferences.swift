/// The articles `check` prints, as the profile names them.
///
/// Every article a finding shows comes from the profile (`references:` in the YAML), so a Kinrooi case is never
/// told "art. 45 §5", which is Wommelgem's. A purpose the profile does not name gives `nil`: the finding is then
/// printed without an article rather than with an invented or borrowed one.
extension RuleProfile {
    /// The purposes akte looks up; `_template.yaml` lists them for a new municipality.
    public static let referencePurposes = [
        "composition", "seats", "chairMember", "substitute", "chairReplacement", "substituteFraction",
        "inadmissible", "adviceToCouncil", "hearing", "witnesses", "commissionModel", "councilDecision", "councilVotes",
        "requestedConvening",
    ]

    /// "art. 45 §5" for `substitute` in the Wommelgem profile, "art. 2" in Kinrooi's; nil when not named.
    public func reference(_ purpose: String) -> String? { references[purpose] }
}
