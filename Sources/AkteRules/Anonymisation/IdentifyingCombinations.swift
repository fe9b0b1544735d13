import Foundation

/// A function that only one person holds in a municipality, together with a place: "de burgemeester van
/// Zonnedorp", "de algemeen directeur te Beekhoven", "de Zonnedorpse burgemeester" name one person as surely
/// as a name does. The place is replaced (`[gemeente]`), the function stays (docs/anonymisation.md). Runs
/// after the declared names and the municipality list, so it catches the places neither knows (a
/// deelgemeente, a place outside Flanders, a misspelling).
struct IdentifyingCombinations: Sendable {
    /// Functions held by one person per municipality, OCMW or police zone (Decreet Lokaal Bestuur: the
    /// mayor, the chair of the council, the general and financial director; the chief of the local police
    /// and of the fire zone).
    static let uniqueFunctions = [
        "burgemeester", "districtsburgemeester", "waarnemend burgemeester",
        "algemeen directeur", "adjunct-algemeen directeur", "financieel directeur", "adjunct-financieel directeur",
        "gemeentesecretaris", "stadssecretaris", "OCMW-secretaris", "gemeenteontvanger", "stadsontvanger",
        "financieel beheerder",
        "voorzitter van de gemeenteraad", "voorzitter van de raad", "gemeenteraadsvoorzitter", "voorzitter van de OCMW-raad",
        "OCMW-voorzitter", "voorzitter van het OCMW", "voorzitter van het bijzonder comité voor de sociale dienst",
        "voorzitter van het vast bureau", "districtsvoorzitter",
        "korpschef", "zonechef", "brandweercommandant", "commandant van de brandweer",
    ]

    private struct Rule: @unchecked Sendable {  // NSRegularExpression is immutable and documented thread-safe.
        let expression: NSRegularExpression
        let placeGroup: Int
    }

    private let rules: [Rule]
    /// Compiled once: the expressions are constants.
    static let shared = IdentifyingCombinations()

    init() {
        let functions = Self.uniqueFunctions.sorted { $0.count > $1.count }
            .map { NSRegularExpression.escapedPattern(for: $0).replacingOccurrences(of: " ", with: #"\s+"#) }
            .joined(separator: "|")
        // A place: a capitalised word of three letters or more (so the labels "gemeente X" are not taken),
        // perhaps a second one or a hyphenated one ("Sint-Brielen", "Heist op den Berg" is not recognised).
        let place = #"\p{Lu}\p{L}[\p{L}'\-]+(?:-\p{L}+)*"#
        let link = #"\s+(?:van|te|in|uit|bij|voor)\s+(?:(?:de|het)\s+)?(?:(?i:gemeente|stad|ocmw|politiezone|district|hulpverleningszone)\s+)?"#
        rules = [
            Rule(expression: try! NSRegularExpression(pattern: #"(?<![\p{L}\p{N}])(?i:"# + functions + ")" + link + "(" + place + ")"), placeGroup: 1),
            // "de Zonnedorpse burgemeester"
            Rule(expression: try! NSRegularExpression(pattern: #"(?<![\p{L}\p{N}])(\p{Lu}\p{L}+se)\s+(?i:"# + functions + #")(?![\p{L}\p{N}])"#), placeGroup: 1),
        ]
    }

    /// The ranges (UTF-16) of the places that make a unique function identifying.
    func places(in text: String) -> [NSRange] {
        let source = text as NSString
        return rules.flatMap { rule in
            rule.expression.matches(in: text, range: NSRange(location: 0, length: source.length)).map { $0.range(at: rule.placeGroup) }
        }
    }

    func apply(to text: String) -> String {
        let ranges = places(in: text).sorted { $0.location > $1.location }
        guard !ranges.isEmpty else { return text }
        let output = NSMutableString(string: text)
        var lastStart = Int.max
        for range in ranges where NSMaxRange(range) <= lastStart {
            output.replaceCharacters(in: range, with: "[gemeente]")
            lastStart = range.location
        }
        return output as String
    }
}
