import Foundation

/// Finds declared names in a text, the same way for anonymising and for the leak check,
/// so that whatever the leak check would flag, the anonymiser has already replaced.
///
/// Matching is case- and accent-insensitive. How far a name part reaches (documented in docs/anonymisation.md):
/// - the full name and every alias: as a phrase bounded by non-letters;
/// - a given name: as a whole word only, so "Jan" does not match inside "januari" or "Jansens";
/// - a surname part of 5 letters or more: anywhere, also inside a compound ("Peetersstraat");
/// - a surname part of 3 or 4 letters: as a whole word or at the start of a compound ("Maesstraat"),
///   not in the middle of an ordinary word ("besmetting" does not leak "Smet");
/// - particles ("Van", "de", "den", "der", "ter", "vanden", "le", "du", …) never on their own;
/// - a municipality: its place-name words as surname parts ("Zonnedorpse" leaks "Zonnedorp");
/// - an organisation: its full name and aliases only (its words are often ordinary Dutch: "De Brug").
struct NameMatcher {
    enum Reach {
        case phrase
        case wholeWord
        case wordStart
        case anywhere
    }

    struct Needle {
        let folded: [Character]
        let reach: Reach
        let entityIndex: Int
    }

    struct Match {
        /// Positions in the text, widened to the whole word when the needle stood inside a compound.
        let range: Range<Int>
        let entityIndex: Int
        let insideCompound: Bool
    }

    static let particles: Set<String> = [
        "van", "de", "den", "der", "het", "ter", "ten", "te", "vanden", "vander", "vande", "le", "la", "du", "des",
        "d", "t", "op", "in", "s", "von", "di", "da", "del", "della",
    ]
    /// Words in a municipality's or organisation's name that identify nothing.
    static let genericWords: Set<String> = ["gemeente", "stad", "ocmw", "district", "vzw", "nv", "bv", "cvba", "bvba"]

    let needles: [Needle]

    init(entities: [DeclaredEntity]) {
        var needles: [Needle] = []
        for (index, entity) in entities.enumerated() {
            for phrase in [entity.name] + entity.aliases + Self.surnamePhrase(of: entity) {
                let folded = Array(FoldedText.fold(phrase.trimmingCharacters(in: .whitespaces)))
                if folded.count >= 2 { needles.append(Needle(folded: folded, reach: .phrase, entityIndex: index)) }
            }
            for (part, role) in Self.parts(of: entity) {
                let folded = Array(FoldedText.fold(part))
                let reach: Reach
                switch role {
                case .given: reach = .wholeWord
                case .family: reach = folded.count >= 5 ? .anywhere : folded.count >= 3 ? .wordStart : .wholeWord
                }
                if folded.count >= 2 { needles.append(Needle(folded: folded, reach: reach, entityIndex: index)) }
            }
        }
        // Longer needles first: "Van den Broeck" must win over "Broeck" where both match.
        self.needles = needles.sorted { $0.folded.count > $1.folded.count }
    }

    private enum PartRole { case given, family }

    /// The name's words that identify the entity on their own.
    private static func parts(of entity: DeclaredEntity) -> [(String, PartRole)] {
        let words = entity.name.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        switch entity.kind {
        case .organisation:
            return []
        case .municipality:
            return words.filter { !genericWords.contains(FoldedText.fold($0)) && !particles.contains(FoldedText.fold($0)) }
                .flatMap(hyphenParts).map { ($0, .family) }
        case .person:
            // The first word is the given name; the words after it form the surname, particles excluded.
            guard let given = words.first else { return [] }
            var result = hyphenParts(given).map { ($0, PartRole.given) }
            for word in words.dropFirst() {
                let cleaned = word.trimmingCharacters(in: CharacterSet(charactersIn: "'’."))
                if particles.contains(FoldedText.fold(cleaned)) { continue }
                result += hyphenParts(cleaned).map { ($0, PartRole.family) }
            }
            return result
        }
    }

    /// "Van den Broeck" of "Marie-Louise Van den Broeck": the surname with its particles, matched as one phrase
    /// so that "mevrouw Van den Broeck" loses the particles too.
    private static func surnamePhrase(of entity: DeclaredEntity) -> [String] {
        guard entity.kind == .person else { return [] }
        let words = entity.name.split(whereSeparator: \.isWhitespace)
        return words.count > 2 ? [words.dropFirst().joined(separator: " ")] : []
    }

    /// "Marie-Louise" names Marie and Louise too; the whole stays a part as well.
    private static func hyphenParts(_ word: String) -> [String] {
        let pieces = word.split(separator: "-").map(String.init)
        return pieces.count > 1 ? [word] + pieces : [word]
    }

    /// Every match, non-overlapping, the longest first where two compete.
    func matches(in text: FoldedText) -> [Match] {
        var taken = [Bool](repeating: false, count: text.folded.count)
        var result: [Match] = []
        for needle in needles {
            for occurrence in text.occurrences(of: needle.folded) {
                guard let match = accept(occurrence, of: needle, in: text) else { continue }
                if match.range.contains(where: { taken[$0] }) { continue }
                for position in match.range { taken[position] = true }
                result.append(match)
            }
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private func accept(_ occurrence: Range<Int>, of needle: Needle, in text: FoldedText) -> Match? {
        let word = text.wordBounds(around: occurrence)
        let startsWord = word.lowerBound == occurrence.lowerBound
        let endsWord = word.upperBound == occurrence.upperBound
        switch needle.reach {
        case .phrase, .wholeWord:
            guard startsWord && endsWord else { return nil }
            return Match(range: occurrence, entityIndex: needle.entityIndex, insideCompound: false)
        case .wordStart:
            guard startsWord else { return nil }
            return Match(range: word, entityIndex: needle.entityIndex, insideCompound: !endsWord)
        case .anywhere:
            return Match(range: word, entityIndex: needle.entityIndex, insideCompound: !(startsWord && endsWord))
        }
    }
}
