import Foundation

/// Finds declared names (and the names of Flemish municipalities) in a text, the same way for anonymising and
/// for the leak check, so that whatever the leak check would flag, the anonymiser has already replaced.
///
/// Matching runs on `FoldedText` (case, diacritics, look-alike letters and invisible characters folded away).
/// How far a name part reaches (documented in docs/anonymisation.md):
/// - the full name and every alias: as a phrase bounded by non-letters;
/// - the surname with its particles, also written together ("Desmet" for "De Smet", "Dhondt" for "D'Hondt");
/// - a given name: as a whole word, or with the genitive s ("Marijkes"), so "Jan" does not match inside
///   "januari" or "Jansens";
/// - a surname part of 5 letters or more: anywhere, also inside a compound ("Peetersstraat");
/// - a surname part of 3 or 4 letters: as a whole word or at the start of a compound ("Maesstraat"),
///   not in the middle of an ordinary word ("besmetting" does not leak "Smet");
/// - particles ("Van", "de", "den", "der", "ter", "vanden", "le", "du", …) never on their own;
/// - an initial of a declared person next to another part of the name ("S. Peeters"), after a title
///   ("mevrouw P."), or all the person's initials together ("M.P.");
/// - a municipality: its place-name words as surname parts ("Zonnedorpse" leaks "Zonnedorp");
/// - a municipality of the Flemish list, declared or not: capitalised, as a word or the start of a word
///   ("Kinrooise"); one that is also an ordinary word ("Geel", "Landen") not at the start of a sentence;
/// - an organisation: its full name and aliases only (its words are often ordinary Dutch: "De Brug").
struct NameMatcher {
    enum Reach {
        case phrase
        /// A whole word, or the word followed by the genitive s.
        case wholeWordOrGenitive
        case wholeWord
        case wordStart
        case anywhere
        /// A name of the municipality list: capitalised, a whole word or a word's start.
        case listedPlace(ordinaryWord: Bool)
    }

    /// What a match names: a declared entity, or a municipality of the list that nobody declared.
    enum Target: Equatable {
        case entity(Int)
        case listedPlace(String)
    }

    struct Needle {
        let folded: [Unicode.Scalar]
        let reach: Reach
        let target: Target
    }

    struct Match {
        /// Positions in the original text, widened to the whole word when the needle stood inside a compound.
        let range: Range<Int>
        let target: Target
        let insideCompound: Bool
    }

    static let particles: Set<String> = [
        "van", "de", "den", "der", "het", "ter", "ten", "te", "vanden", "vander", "vande", "le", "la", "du", "des",
        "d", "t", "op", "in", "s", "von", "di", "da", "del", "della", "el", "al", "ibn", "bin", "ben",
    ]
    /// Words in a municipality's or organisation's name that identify nothing.
    static let genericWords: Set<String> = ["gemeente", "stad", "ocmw", "district", "vzw", "nv", "bv", "cvba", "bvba"]
    /// Words after which a single initial points at a person ("mevrouw P.").
    static let titles: Set<String> = [
        "mevrouw", "mevr", "mw", "meneer", "mijnheer", "mr", "dhr", "heer", "juffrouw", "dr", "prof", "ir",
        "schepen", "burgemeester", "raadslid", "collega", "directeur", "voorzitter",
    ]

    let needles: [Needle]
    /// Per declared person, the folded initials of the given name and surname parts.
    let initials: [Int: (given: Set<Unicode.Scalar>, family: Set<Unicode.Scalar>)]

    init(entities: [DeclaredEntity], places: MunicipalityList? = nil) {
        var needles: [Needle] = []
        var initials: [Int: (given: Set<Unicode.Scalar>, family: Set<Unicode.Scalar>)] = [:]
        for (index, entity) in entities.enumerated() {
            let target = Target.entity(index)
            for phrase in [entity.name] + entity.aliases + Self.surnamePhrases(of: entity) {
                let folded = FoldedText.foldedScalars(phrase.trimmingCharacters(in: .whitespaces))
                if folded.count >= 2 { needles.append(Needle(folded: folded, reach: .phrase, target: target)) }
            }
            let parts = Self.parts(of: entity)
            for (part, role) in parts {
                let folded = FoldedText.foldedScalars(part)
                let reach: Reach
                switch role {
                case .given: reach = .wholeWordOrGenitive
                case .family: reach = folded.count >= 5 ? .anywhere : folded.count >= 3 ? .wordStart : .wholeWordOrGenitive
                }
                if folded.count >= 2 { needles.append(Needle(folded: folded, reach: reach, target: target)) }
            }
            if entity.kind == .person {
                func firsts(_ role: PartRole) -> Set<Unicode.Scalar> {
                    Set(parts.filter { $0.1 == role }.compactMap { FoldedText.foldedScalars($0.0).first }.filter(FoldedText.isWordCharacter))
                }
                initials[index] = (firsts(.given), firsts(.family))
            }
        }
        for (place, folded) in zip(places?.names ?? [], places?.foldedNames ?? []) {
            needles.append(Needle(folded: folded, reach: .listedPlace(ordinaryWord: place.isOrdinaryWord), target: .listedPlace(place.name)))
        }
        // Longer needles first: "Van den Broeck" must win over "Broeck" where both match; at equal length a
        // declared entity wins over the list.
        self.needles = needles.enumerated().sorted { a, b in
            a.element.folded.count != b.element.folded.count ? a.element.folded.count > b.element.folded.count : a.offset < b.offset
        }.map(\.element)
        self.initials = initials
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
                // "D'Hondt": the part after the apostrophe stands on its own too.
                let pieces = cleaned.split(whereSeparator: { $0 == "'" || $0 == "’" }).map(String.init)
                    .filter { !particles.contains(FoldedText.fold($0)) }
                for piece in pieces == [cleaned] ? [cleaned] : [cleaned] + pieces {
                    result += hyphenParts(piece).map { ($0, .family) }
                }
            }
            return result
        }
    }

    /// "Van den Broeck" of "Marie-Louise Van den Broeck": the surname with its particles, matched as one phrase
    /// so that "mevrouw Van den Broeck" loses the particles too; and the same surname written together
    /// ("Vandenbroeck", "Desmet", "Dhondt"), as people and registers often write it.
    private static func surnamePhrases(of entity: DeclaredEntity) -> [String] {
        guard entity.kind == .person else { return [] }
        let words = entity.name.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count >= 2 else { return [] }
        let surname = words.dropFirst()
        var result: [String] = []
        if surname.count > 1 { result.append(surname.joined(separator: " ")) }
        let together = surname.joined().filter { $0 != "'" && $0 != "’" }
        if together != surname.joined(separator: " ") { result.append(together) }
        return result
    }

    /// "Marie-Louise" names Marie and Louise too; the whole stays a part as well.
    private static func hyphenParts(_ word: String) -> [String] {
        let pieces = word.split(separator: "-").map(String.init)
        return pieces.count > 1 ? [word] + pieces : [word]
    }

    /// Every match, non-overlapping, the longest first where two compete; ranges in the original text.
    func matches(in text: FoldedText) -> [Match] {
        var taken = [Bool](repeating: false, count: text.folded.count)
        var found: [(folded: Range<Int>, target: Target, insideCompound: Bool)] = []
        for needle in needles {
            for occurrence in text.occurrences(of: needle.folded) {
                guard let (range, insideCompound) = accept(occurrence, of: needle, in: text) else { continue }
                if taken[range].contains(true) { continue }
                for position in range { taken[position] = true }
                found.append((range, needle.target, insideCompound))
            }
        }
        found += initialMatches(in: text, taken: &taken, found: found)
        return found.sorted { $0.folded.lowerBound < $1.folded.lowerBound }.map {
            Match(range: text.originalRange(of: $0.folded), target: $0.target, insideCompound: $0.insideCompound)
        }
    }

    private func accept(_ occurrence: Range<Int>, of needle: Needle, in text: FoldedText) -> (Range<Int>, Bool)? {
        let word = text.wordBounds(around: occurrence)
        let startsWord = word.lowerBound == occurrence.lowerBound
        let endsWord = word.upperBound == occurrence.upperBound
        switch needle.reach {
        case .phrase, .wholeWord:
            guard startsWord && endsWord else { return nil }
            return (occurrence, false)
        case .wholeWordOrGenitive:
            guard startsWord else { return nil }
            if endsWord { return (occurrence, false) }
            // "Marijkes": the name and one s, then the end of the word.
            guard word.upperBound == occurrence.upperBound + 1, text.folded[occurrence.upperBound] == "s" else { return nil }
            return (word, false)
        case .wordStart:
            guard startsWord else { return nil }
            return (word, !endsWord)
        case .anywhere:
            return (word, !(startsWord && endsWord))
        case .listedPlace(let ordinaryWord):
            guard startsWord else { return nil }
            let first = text.original[text.origin[occurrence.lowerBound]]
            guard first.isUppercase else { return nil }
            // Short names only as whole words ("As" is not in "Aspect"); longer ones also as a word's start
            // ("Kinrooise", "Gentenaar").
            if !endsWord && needle.folded.count < 5 { return nil }
            if ordinaryWord && (!endsWord || Self.startsSentence(at: occurrence.lowerBound, in: text)) { return nil }
            return (endsWord ? occurrence : word, !endsWord)
        }
    }

    /// True when only spaces, and before them a sentence end or nothing, precede `position`.
    static func startsSentence(at position: Int, in text: FoldedText) -> Bool {
        var index = position - 1
        while index >= 0, text.folded[index] == " " || text.folded[index] == "\t" || text.folded[index] == "\"" || text.folded[index] == "(" { index -= 1 }
        return index < 0 || ".!?:;-•*\n\r\u{2028}\u{2029}".unicodeScalars.contains(text.folded[index])
    }

    /// A single-letter initial with its full stop ("S."), in folded positions.
    private func initial(at index: Int, in text: FoldedText) -> Unicode.Scalar? {
        guard index + 1 < text.folded.count, FoldedText.isWordCharacter(text.folded[index]), !("0"..."9").contains(text.folded[index]), text.folded[index + 1] == "." else { return nil }
        if index > 0, FoldedText.isWordCharacter(text.folded[index - 1]) { return nil }
        return text.folded[index]
    }

    /// Initials of declared persons where they identify (docs/anonymisation.md): next to another match of the
    /// same person ("S. Peeters", "Peeters S."), after a title ("mevrouw P."), or as all of a person's
    /// initials together ("M.P.", "M. P.").
    private func initialMatches(in text: FoldedText, taken: inout [Bool],
                                found: [(folded: Range<Int>, target: Target, insideCompound: Bool)]) -> [(folded: Range<Int>, target: Target, insideCompound: Bool)] {
        guard !initials.isEmpty else { return [] }
        var result: [(folded: Range<Int>, target: Target, insideCompound: Bool)] = []
        let folded = text.folded
        func skipSpaces(from index: Int) -> Int {
            var i = index
            while i < folded.count, folded[i] == " " { i += 1 }
            return i
        }
        func previousWord(before index: Int) -> String {
            var end = index
            while end > 0, folded[end - 1] == " " || folded[end - 1] == "." { end -= 1 }
            var start = end
            while start > 0, FoldedText.isWordCharacter(folded[start - 1]) { start -= 1 }
            return String(String.UnicodeScalarView(folded[start..<end]))
        }
        var index = 0
        while index < folded.count {
            guard initial(at: index, in: text) != nil, !taken[index] else { index += 1; continue }
            // A run of initials: "M.", "M.P.", "M. P."
            var letters: [Unicode.Scalar] = []
            var end = index
            var cursor = index
            while let letter = initial(at: cursor, in: text), !taken[cursor] {
                letters.append(letter)
                end = cursor + 2
                cursor = skipSpaces(from: end)
            }
            let afterRun = skipSpaces(from: end)
            let neighbour = found.first { $0.folded.lowerBound == afterRun || (skipSpaces(from: $0.folded.upperBound) == index) }
            var target: Target?
            for (entity, sets) in initials.sorted(by: { $0.key < $1.key }) {
                let byNeighbour = neighbour?.target == .entity(entity) && letters.allSatisfy { sets.given.contains($0) || sets.family.contains($0) }
                let byTitle = letters.count == 1 && Self.titles.contains(previousWord(before: index))
                    && (sets.given.contains(letters[0]) || sets.family.contains(letters[0]))
                let allInitials = letters.count >= 2 && sets.given.contains(letters[0]) && letters.dropFirst().allSatisfy { sets.family.contains($0) }
                if byNeighbour || byTitle || allInitials { target = .entity(entity); break }
            }
            if let target {
                for position in index..<end { taken[position] = true }
                result.append((index..<end, target, false))
            }
            index = max(end, index + 1)
        }
        return result
    }
}
