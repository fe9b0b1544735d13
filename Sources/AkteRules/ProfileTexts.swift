/// The sentences of a profile that documents print (`texts:` in the YAML).
///
/// A sentence that quotes or restates one municipality's rules (Kinrooi art. 18 on professional secrecy under
/// art. 458 Strafwetboek, art. 7 on the brief minutes) lives in that municipality's profile, so it cannot reach
/// another municipality's documents: a template prints `{{#texts.X}}{{ . }}{{/texts.X}}`, and a profile that
/// does not define X prints nothing there.
extension RuleProfile {
    /// The purposes templates use; every one is present in the template context (empty when the profile has no
    /// text for it), and a profile naming another purpose is refused when it loads.
    public static let textPurposes = [
        "hearingConfidentiality", "minutesSpeakers", "deliberationSecret", "minutesApproval", "minutesConfidential",
        "requestedConvening", "membersSecrecy",
        // The advice procedure (AdviceFindings, the advice documents): Kinrooi art. 14, 15; Wommelgem art. 54.
        "adviceNotBinding", "adviceCouncilDebate", "adviceCouncilEvaluation",
    ]

    /// The profile's sentence for `purpose`, or "" when it has none.
    public func text(_ purpose: String) -> String { texts[purpose] ?? "" }
}
