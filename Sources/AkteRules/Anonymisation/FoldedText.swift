import Foundation

/// Text folded for comparison, so that every spelling a reader takes for the same name folds to the same
/// characters: lower case; diacritics removed ("Émile" → "emile"); letters without a decomposition written as
/// their base letters ("Yıldız" → "yildiz", "Wałęsa" → "walesa", "Øster" → "oster", "Straße" → "strasse",
/// "Mæs" → "maes"); compatibility forms through NFKC (full-width "ＰＥＥＴＥＲＳ", mathematical letters);
/// Cyrillic and Greek look-alikes of Latin letters as the Latin letter ("Pееters" with Cyrillic е);
/// invisible characters (zero-width, soft hyphen, bidi controls) dropped; typographic apostrophes and dashes
/// as `'` and `-`.
///
/// One original character may fold into none ("\u{200B}") or several ("ß" → "ss") characters; `origin`
/// maps each folded character back to the original character it came from, so a match found in the
/// folded text maps straight back to the original's positions.
struct FoldedText {
    let original: [Character]
    /// Unicode scalars rather than `Character`s: comparing and hashing scalars is what makes matching a few
    /// hundred names (the municipality list) over a report cheap.
    let folded: [Unicode.Scalar]
    /// For each folded character, the index in `original` of the character it came from.
    let origin: [Int]
    /// Where each pair of folded characters stands, so a needle is only compared where its first two are.
    private let positions: [UInt64: [Int]]

    init(_ text: String) {
        original = Array(text)
        var folded: [Unicode.Scalar] = []
        var origin: [Int] = []
        folded.reserveCapacity(original.count)
        origin.reserveCapacity(original.count)
        let latinWords = Self.latinWords(original)
        for (index, character) in original.enumerated() {
            for piece in FoldedText.fold(character, inLatinWord: latinWords[index]) {
                folded.append(piece)
                origin.append(index)
            }
        }
        self.folded = folded
        self.origin = origin
        var positions: [UInt64: [Int]] = [:]
        for index in folded.indices.dropLast() { positions[Self.pair(folded[index], folded[index + 1]), default: []].append(index) }
        self.positions = positions
    }

    /// The original characters a range of folded characters came from.
    func originalRange(of range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let position = range.lowerBound < origin.count ? origin[range.lowerBound] : original.count
            return position..<position
        }
        return origin[range.lowerBound]..<(origin[range.upperBound - 1] + 1)
    }

    /// For each character, whether the word it stands in has a Latin letter: there, capital Cyrillic and Greek
    /// letters are look-alikes planted in a Latin name ("PΕΕTERS" with Greek Ε). In a word of Greek or
    /// Cyrillic letters only, a capital is the capital of its own letter ("ΕΛΈΝΗ" is "Ελένη").
    static func latinWords(_ characters: [Character]) -> [Bool] {
        var result = [Bool](repeating: false, count: characters.count)
        var start = 0
        while start < characters.count {
            guard characters[start].isLetter else { start += 1; continue }
            var end = start
            var latin = false
            while end < characters.count, characters[end].isLetter {
                if let scalar = characters[end].unicodeScalars.first, isLatin(scalar) { latin = true }
                end += 1
            }
            for index in start..<end { result[index] = latin }
            start = end
        }
        return result
    }

    private static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x0370 || (0x1E00...0x1EFF).contains(scalar.value) || (0xFF21...0xFF5A).contains(scalar.value)
    }

    static func fold(_ character: Character, inLatinWord: Bool = true) -> [Unicode.Scalar] {
        // Plain ASCII needs no Unicode work, and it is nearly all of a Dutch text.
        if let ascii = character.asciiValue {
            return [Unicode.Scalar((65...90).contains(ascii) ? ascii + 32 : ascii)]
        }
        var result: [Unicode.Scalar] = []
        let visible = String(String.UnicodeScalarView(character.unicodeScalars.filter { !isInvisible($0) }))
        for scalar in visible.precomposedStringWithCompatibilityMapping.unicodeScalars {
            let latin = inLatinWord ? capitalLookAlikes[scalar] ?? scalar : scalar
            for decomposed in String(latin).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
                let lower = smallLookAlikes[decomposed] ?? decomposed
                switch lower.properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark:
                    continue  // the diacritics of a decomposed letter
                default:
                    if let replacement = baseLetters[lower] {
                        result += replacement
                    } else {
                        result.append(lower)
                    }
                }
            }
        }
        return result
    }

    static func fold(_ text: String) -> String {
        String(String.UnicodeScalarView(foldedScalars(text)))
    }

    static func foldedScalars(_ text: String) -> [Unicode.Scalar] {
        let characters = Array(text)
        let latinWords = latinWords(characters)
        return characters.indices.flatMap { fold(characters[$0], inLatinWord: latinWords[$0]) }
    }

    /// Characters a reader does not see: default-ignorable code points (zero-width space and joiners, the soft
    /// hyphen, the byte-order mark, variation selectors) and the bidi controls.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isDefaultIgnorableCodePoint || scalar.properties.isBidiControl
    }

    /// Letters that have no canonical decomposition but that a writer without the key types as these letters.
    static let baseLetters: [Unicode.Scalar: [Unicode.Scalar]] = [
        "ı": ["i"], "ł": ["l"], "ø": ["o"], "đ": ["d"], "ð": ["d"], "ħ": ["h"], "ŧ": ["t"], "ŀ": ["l"],
        "ß": ["s", "s"], "æ": ["a", "e"], "œ": ["o", "e"], "þ": ["t", "h"], "ĳ": ["i", "j"], "ƒ": ["f"],
        "ς": ["σ"],  // Greek final sigma is the same letter as σ
        // Apostrophes and dashes a word processor puts in place of ' and -.
        "\u{2019}": ["'"], "\u{2018}": ["'"], "\u{02BC}": ["'"], "\u{2032}": ["'"], "\u{00B4}": ["'"], "`": ["'"],
        "\u{2010}": ["-"], "\u{2011}": ["-"], "\u{2012}": ["-"], "\u{2013}": ["-"], "\u{2014}": ["-"],
        "\u{2212}": ["-"], "\u{FE63}": ["-"],
    ]

    /// Cyrillic and Greek capitals that look like Latin capitals in common fonts (after Unicode's
    /// confusables, restricted to the letters indistinguishable at reading size); folded in Latin words only.
    static let capitalLookAlikes = pairs("АВЕКМНОРСТХУЅІЈԚԜҮΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEKMHOPCTXYSIJQWYABEZHIKMNOPTYX")
    /// Small Cyrillic and Greek letters that look like small Latin letters, and Latin letters of other
    /// shapes; folded everywhere (after lower-casing, so a word's capitals and small letters agree).
    static let smallLookAlikes = pairs("аеорсухѕіјһԁԛԝӏүοαινρυχɑɡ", "aeopcyxsijhdqwlyoaivpuxag")

    private static func pairs(_ from: String, _ to: String) -> [Unicode.Scalar: Unicode.Scalar] {
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (a, b) in zip(from.unicodeScalars, to.unicodeScalars) { map[a] = b }
        return map
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || ("A"..."Z").contains(scalar) }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The word (letters and digits) around `range`, widened to its boundaries.
    func wordBounds(around range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower > 0, Self.isWordCharacter(folded[lower - 1]) { lower -= 1 }
        while upper < folded.count, Self.isWordCharacter(folded[upper]) { upper += 1 }
        return lower..<upper
    }

    /// Every start of `needle` in the folded text (needle already folded).
    func occurrences(of needle: [Unicode.Scalar]) -> [Range<Int>] {
        guard needle.count >= 2, needle.count <= folded.count, let starts = positions[Self.pair(needle[0], needle[1])] else { return [] }
        var result: [Range<Int>] = []
        for index in starts where index + needle.count <= folded.count {
            if folded[index..<index + needle.count].elementsEqual(needle) {
                result.append(index..<index + needle.count)
            }
        }
        return result
    }

    private static func pair(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
        UInt64(a.value) << 32 | UInt64(b.value)
    }

    /// 1-based line and column of a position in the original, for error messages.
    func lineAndColumn(ofOriginal position: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in original[..<min(position, original.count)] {
            if character.isNewline { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}

/// The text as a reader sees it: right-to-left overrides applied (a run of Latin letters written backwards
/// inside U+202E shows forwards), invisible characters removed, compatibility forms replaced by their plain
/// letters (NFKC). The anonymiser writes this form, and the leak check reads it, so neither can be fooled by
/// what the page does not show.
public enum ReaderText {
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value > 0x7F }) else { return text }
        return String(String.UnicodeScalarView(applyingOverrides(text).unicodeScalars.filter { !FoldedText.isInvisible($0) }))
            .precomposedStringWithCompatibilityMapping
    }

    /// Characters between a right-to-left override (U+202E) and its pop (U+202C), an isolate pop or the end
    /// of the line, are displayed in reverse order.
    static func applyingOverrides(_ text: String) -> String {
        guard text.unicodeScalars.contains("\u{202E}") else { return text }
        var output = String.UnicodeScalarView()
        var run: [Unicode.Scalar] = []
        var depth = 0
        func flush() {
            // Reverse by characters, so a letter keeps its combining marks.
            output.append(contentsOf: String(String.UnicodeScalarView(run)).reversed().flatMap(\.unicodeScalars))
            run = []
        }
        for scalar in text.unicodeScalars {
            if scalar == "\u{202E}" {
                depth += 1
            } else if depth == 0 {
                output.append(scalar)
            } else if scalar == "\u{202C}" || scalar == "\u{2069}" {
                depth -= 1
                if depth == 0 { flush() }
            } else if scalar == "\n" || scalar == "\r" || scalar == "\u{2029}" {
                depth = 0
                flush()
                output.append(scalar)
            } else {
                run.append(scalar)
            }
        }
        flush()
        return String(output)
    }
}
