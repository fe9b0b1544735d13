/// Replaces every declared person, municipality and organisation consistently — `persoon A`,
/// `gemeente X`, `organisatie 1` — and removes or generalises undeclared personal data
/// (VVSG reflectiekamer: the report is anonymised). The same instance gives the same label to the
/// same entity in every text, so a report's headings and paragraphs stay consistent.
public struct Anonymiser: Sendable {
    public let entities: [DeclaredEntity]
    /// The label of each entity, in declaration order.
    public let labels: [String]
    private let matcher: NameMatcher
    private let patterns = PersonalDataPatterns()

    public init(entities: [DeclaredEntity]) {
        self.entities = entities
        self.matcher = NameMatcher(entities: entities)
        var counters: [DeclaredEntity.Kind: Int] = [:]
        labels = entities.map { entity in
            let ordinal = counters[entity.kind, default: 0]
            counters[entity.kind] = ordinal + 1
            return Self.label(for: entity.kind, ordinal: ordinal)
        }
    }

    static func label(for kind: DeclaredEntity.Kind, ordinal: Int) -> String {
        switch kind {
        case .person: return "persoon \(letters(ordinal, alphabet: Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")))"
        case .municipality: return "gemeente \(letters(ordinal, alphabet: Array("XYZWVUTSRQ")))"
        case .organisation: return "organisatie \(ordinal + 1)"
        }
    }

    /// 0 → A, 25 → Z, 26 → AA: never runs out of labels.
    private static func letters(_ ordinal: Int, alphabet: [Character]) -> String {
        var number = ordinal
        var result = ""
        repeat {
            result = String(alphabet[number % alphabet.count]) + result
            number = number / alphabet.count - 1
        } while number >= 0
        return result
    }

    public func anonymise(_ text: String) -> String {
        let scrubbed = patterns.apply(to: text)
        let folded = FoldedText(scrubbed)
        var output = ""
        var position = 0
        for match in matcher.matches(in: folded) {
            output += String(folded.original[position..<match.range.lowerBound])
            // A name inside a compound ("Peetersstraat") takes the whole word with it: the rest of the
            // compound would still point at the person.
            output += match.insideCompound ? "[weggelaten]" : labels[match.entityIndex]
            position = match.range.upperBound
        }
        output += String(folded.original[position...])
        return output
    }
}
