import AkteRules

/// `texts`: the profile's sentences one document prints, each "" when the profile has none, so
/// `{{#texts.X}}{{ . }}{{/texts.X}}` prints only what the case's own profile says (docs/templates.md, "texts").
/// `Purpose` lists the sentences the document's templates use; each must be one of `RuleProfile.textPurposes`
/// (ContextKeyTests).
struct ProfileTexts<Purpose: CodingKey & CaseIterable & Sendable>: Codable, Sendable {
    let sentences: [String]

    init(_ profile: RuleProfile) {
        sentences = Purpose.allCases.map { profile.text($0.stringValue) }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Purpose.self)
        sentences = try Purpose.allCases.map { try container.decode(String.self, forKey: $0) }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Purpose.self)
        for (purpose, sentence) in zip(Purpose.allCases, sentences) { try container.encode(sentence, forKey: purpose) }
    }
}
