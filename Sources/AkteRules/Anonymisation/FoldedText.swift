import Foundation

/// Text folded for comparison — lower case, accents removed — one folded character per original
/// character, so a match found in the folded text maps straight back to the original's positions.
/// "Émile Vandenbroucke" and "emile vandenbroucke" fold to the same characters.
struct FoldedText {
    let original: [Character]
    let folded: [Character]

    init(_ text: String) {
        original = Array(text)
        folded = original.map(FoldedText.fold)
    }

    static func fold(_ character: Character) -> Character {
        // Plain ASCII needs no Foundation folding, and it is nearly all of a Dutch text.
        if let ascii = character.asciiValue {
            return (65...90).contains(ascii) ? Character(Unicode.Scalar(ascii + 32)) : character
        }
        let folded = String(character).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        // Keep the one-to-one mapping: a character that folds into several ("ß" → "ss") is only lower-cased.
        return folded.count == 1 ? folded.first! : Character(String(character).lowercased().first.map(String.init) ?? String(character))
    }

    static func fold(_ text: String) -> String {
        String(text.map(fold))
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
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
    func occurrences(of needle: [Character]) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= folded.count else { return [] }
        var result: [Range<Int>] = []
        var index = 0
        let first = needle[0]
        while index <= folded.count - needle.count {
            if folded[index] == first, Array(folded[index..<index + needle.count]) == needle {
                result.append(index..<index + needle.count)
            }
            index += 1
        }
        return result
    }

    /// 1-based line and column of a position, for error messages.
    func lineAndColumn(of position: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in original[..<min(position, original.count)] {
            if character.isNewline { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}
