/// Replaces every declared person, municipality and organisation consistently — `persoon A`,
/// `gemeente X`, `organisatie 1` — and removes or generalises undeclared personal data
/// (VVSG reflectiekamer: the report is anonymised). The same instance gives the same label to the
/// same entity in every text, so a report's headings and paragraphs stay consistent.
public struct Anonymiser: Sendable {
    public let entities: [DeclaredEntity]
    /// The label of each entity, in declaration order.
    public let labels: [String]
    private let matcher: NameMatcher
    private let patterns = PersonalDataPatterns.shared
    private let combinations = IdentifyingCombinations.shared

    /// `places`: the municipalities recognised without being declared (nil: only the declared ones).
    public init(entities: [DeclaredEntity], places: MunicipalityList? = .flemish) {
        self.entities = entities
        self.matcher = NameMatcher(entities: entities, places: places)
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

    /// The label a listed municipality that nobody declared gets.
    static let placeLabel = "[gemeente]"
    /// What a name inside a compound becomes: the rest of the compound would still point at the person.
    static let compoundLabel = "[weggelaten]"

    /// The text as a reader sees it (`ReaderText`), with personal data, declared names, listed municipalities
    /// and the places of identifying combinations replaced.
    public func anonymise(_ text: String) -> String {
        let scrubbed = patterns.apply(to: ReaderText.visible(text))
        let folded = FoldedText(scrubbed)
        var output = ""
        var position = 0
        var previous: NameMatcher.Match?
        for match in matcher.matches(in: folded) {
            let gap = folded.original[position..<match.range.lowerBound]
            // "S. Peeters", "Peeters, Marijke": parts of one person next to each other become one label.
            if let previous, previous.target == match.target, !match.insideCompound, !previous.insideCompound,
               gap.allSatisfy({ $0 == " " || $0 == "," }) {
                position = match.range.upperBound
                continue
            }
            output += String(gap)
            if match.insideCompound {
                output += Self.compoundLabel
            } else {
                switch match.target {
                case .entity(let index): output += labels[index]
                case .listedPlace: output += Self.placeLabel
                }
            }
            position = match.range.upperBound
            previous = match
        }
        output += String(folded.original[position...])
        return combinations.apply(to: output)
    }
}
