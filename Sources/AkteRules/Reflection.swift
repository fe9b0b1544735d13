import AkteCase

/// Findings for a reflection-chamber session (VVSG, "Wat is de reflectiekamer?").
public enum ReflectionEvaluator {
    public static func evaluate(_ s: ReflectionSession) -> [Diagnostic] {
        var d: [Diagnostic] = []
        let source = "VVSG reflectiekamer"
        let experts = s.participants.filter { $0.role == .deskundige }
        if experts.isEmpty {
            d.append(Diagnostic(.error, "reflection.noExperts", "no experts (deskundige) take part; the chamber brings together about four free experts", article: source))
        } else if experts.count < 3 {
            d.append(Diagnostic(.warning, "reflection.fewExperts", "\(experts.count) expert(s); the chamber prefers about four", article: source))
        }
        if !s.participants.contains(where: { $0.role == .procesbegeleider }) {
            d.append(Diagnostic(.error, "reflection.noFacilitator", "no process facilitator (procesbegeleider) leads the session", article: source))
        }
        if !s.participants.contains(where: { $0.role == .secretariaat }) {
            d.append(Diagnostic(.error, "reflection.noSecretariat", "no member of the secretariat (secretariaat) writes the anonymised report", article: source))
        }
        let declared = s.anonymise.flatMap { [$0.name] + $0.variants }
        if !declared.contains(s.caseBringer.name) {
            d.append(Diagnostic(.error, "reflection.caseBringerNotAnonymised", "the case bringer's name \"\(s.caseBringer.name)\" is not in anonymise: the report must be anonymised", article: source, at: s.caseBringer.position))
        }
        // Names of participants that occur in the notes must be declared for anonymisation.
        for section in s.notes {
            for p in s.participants + [s.caseBringer] where !declared.contains(p.name) {
                if section.text.contains(where: { $0.contains(p.name) }) || section.heading.contains(p.name) {
                    d.append(Diagnostic(.error, "reflection.unlistedName", "the notes under \"\(section.heading)\" name \(p.name), who is not in anonymise", article: source, at: section.position))
                }
            }
        }
        for entity in s.anonymise where entity.replacement?.contains(entity.name) ?? false {
            d.append(Diagnostic(.error, "reflection.replacementContainsName", "the replacement for \"\(entity.name)\" contains the name itself", article: source, at: entity.position))
        }
        return d
    }
}
