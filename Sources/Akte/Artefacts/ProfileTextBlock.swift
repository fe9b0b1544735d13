import AkteRules
import AkteTemplate

extension CaseSetting {
    /// `texts`: every sentence purpose templates use (RuleProfile.textPurposes), the profile's sentence or ""
    /// when it has none, so `{{#texts.hearingConfidentiality}}{{ . }}{{/texts.hearingConfidentiality}}` prints
    /// only what the case's own profile says (docs/templates.md, "Profile texts").
    var texts: TemplateValue {
        .map(Dictionary(uniqueKeysWithValues: RuleProfile.textPurposes.map { ($0, TemplateValue.string(profile.text($0))) }))
    }
}
