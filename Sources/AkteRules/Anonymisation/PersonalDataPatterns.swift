import Foundation

/// Personal data that identifies someone even when the session file did not declare it:
/// e-mail addresses, phone numbers (any country), national register numbers, IBANs, street addresses
/// (Belgian, abbreviated, foreign), and exact dates (generalised to month and year, or month alone). Applied before the declared names, because an e-mail
/// address or a street often contains a name.
struct PersonalDataPatterns: Sendable {
    static let months = [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ]
    /// The months as written in full and abbreviated ("sept.", "mrt."), each with its number.
    static let monthSpellings: [(String, Int)] = {
        let abbreviations: [(String, Int)] = [
            ("jan", 1), ("feb", 2), ("febr", 2), ("mrt", 3), ("maa", 3), ("apr", 4), ("jun", 6), ("jul", 7),
            ("aug", 8), ("sep", 9), ("sept", 9), ("okt", 10), ("oct", 10), ("nov", 11), ("dec", 12),
        ]
        return months.enumerated().map { ($1, $0 + 1) } + abbreviations
    }()
    private static let monthAlternatives = monthSpellings.map(\.0).sorted { $0.count > $1.count }.joined(separator: "|")
    private static let weekdays = "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo"
    private static let streetSuffixes =
        "straat|laan|lei|weg|plein|steenweg|dreef|baan|kaai|markt|singel|vest|dijk|pad|hof|ring|veld|berg|dries|hoek|wijk|park|plaats|kouter|velden|gracht|kade|steeg|straße|strasse|gasse|platz|allee"
    /// Abbreviated street words, with their full stop: "Kerkstr. 12", "Brusselsestwg. 5", "Stwg. op Gent 3".
    private static let streetAbbreviations = "str|stwg|stw|ln|pl|bd|bld|blvd|av|dr"
    /// French and other street words that come before the name: "rue de la Loi 16", "avenue Louise 54".
    private static let leadingStreetWords = "rue|avenue|av\\.|boulevard|bd|chaussée|chaussee|place|quai|chemin|allée|allee|impasse|via|calle|rua"
    /// What may follow a house number: a Belgian, Dutch, French or German postcode and the place.
    private static let postcodeAndPlace = #"(?:,?\s+(?:[A-Z]{1,2}-)?(?:\d{4}\s?[A-Z]{2}(?![\p{L}])|\d{4,5})\s+\p{L}[\p{L}\-]*)?"#

    private struct Rule: @unchecked Sendable {  // NSRegularExpression is immutable and documented thread-safe.
        let expression: NSRegularExpression
        let replace: @Sendable (NSTextCheckingResult, NSString) -> String
    }

    private let rules: [Rule]
    /// Compiled once: the expressions are constants, and compiling them is most of an anonymiser's set-up.
    static let shared = PersonalDataPatterns()

    init() {
        func rule(_ pattern: String, _ replace: @escaping @Sendable (NSTextCheckingResult, NSString) -> String) -> Rule {
            // The patterns are constants of this file: a failure here is a programming error caught by the tests.
            Rule(expression: try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive]), replace: replace)
        }
        func fixed(_ text: String) -> @Sendable (NSTextCheckingResult, NSString) -> String { { _, _ in text } }
        rules = [
            rule(#"[\p{L}0-9._%+\-]+@[\p{L}0-9.\-]+\.[a-z]{2,}"#, fixed("[e-mailadres]")),
            // Any country (before the national register number, which "+49 30 1234567" resembles): +32, +31, +33, 0031 …
            rule(#"(?:\+|\b00)[1-9]\d{0,2}[ ./\-]?(?:\(0\))?\d{1,4}(?:[ ./\-]?\d{2,4}){1,5}\b"#, fixed("[telefoonnummer]")),
            // Before the dates: "85.07.30-033.61" starts like a date with a two-digit year.
            rule(#"\b\d{2}[. ]?\d{2}[. ]?\d{2}[\- ]?\d{3}[. ]?\d{2}\b"#, fixed("[rijksregisternummer]")),
            // "donderdag 4 september 2025", "4 sept. 2025", "do 4 sept.", "4 september": the day goes, month and year stay.
            rule(#"\b(?:(?:\#(Self.weekdays))\.?\s+)?\d{1,2}(?:ste|de|e)?\s+(\#(Self.monthAlternatives))(?![\p{L}])\.?(?:\s+(\d{4})(?!\d))?"#) { match, text in
                let spelled = text.substring(with: match.range(at: 1)).lowercased()
                let month = Self.monthSpellings.first { $0.0 == spelled }.map { Self.months[$0.1 - 1] } ?? spelled
                let year = match.range(at: 2).location == NSNotFound ? "" : " " + text.substring(with: match.range(at: 2))
                return month + year
            },
            rule(#"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\b"#) { match, text in
                Self.monthAndYear(month: text.substring(with: match.range(at: 2)), year: text.substring(with: match.range(at: 3)))
                    ?? "[datum]"
            },
            rule(#"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2})\b(?![.\-/]?\d)"#, fixed("[datum]")),
            rule(#"\b(\d{4})[\-/](\d{2})[\-/](\d{2})\b"#) { match, text in
                Self.monthAndYear(month: text.substring(with: match.range(at: 2)), year: text.substring(with: match.range(at: 1)))
                    ?? "[datum]"
            },
            rule(#"\b[a-z]{2}\d{2}(?:[ ]?[a-z0-9]{4}){2,7}(?:[ ]?[a-z0-9]{1,3})?\b"#, fixed("[rekeningnummer]")),
            rule(#"\b0\d{1,3}(?:[ ./\-]?\d{2,3}){2,4}\b"#, fixed("[telefoonnummer]")),
            rule(
                #"\b[\p{L}'\-]*(?:(?:\#(Self.streetSuffixes))|(?:\#(Self.streetAbbreviations))\.|(?:str|stwg)(?=\s*\d))(?:\s+op\s+\p{L}+)?\s*\d+[a-z]?(?:\s*(?:bus|/)\s*[a-z0-9]+)?"#
                    + Self.postcodeAndPlace,
                fixed("[adres]")),
            rule(#"\b(?:\#(Self.leadingStreetWords))\s+(?:\p{L}[\p{L}'\-]*\s+){0,4}?\p{L}[\p{L}'\-]*,?\s+\d+[a-z]?(?:\s*(?:bus|/)\s*[a-z0-9]+)?"#
                    + Self.postcodeAndPlace,
                fixed("[adres]")),
            // "10 Downing Street", "221B Baker Street"
            rule(#"\b\d+[a-z]?\s+(?:\p{Lu}\p{L}+\s+){1,3}(?:Street|Road|Avenue|Lane|Drive|Square)\b"#, fixed("[adres]")),
        ]
    }

    static func monthAndYear(month: String, year: String) -> String? {
        guard let number = Int(month), (1...12).contains(number) else { return nil }
        return "\(months[number - 1]) \(year)"
    }

    func apply(to text: String) -> String {
        var result = text
        for rule in rules {
            let source = result as NSString
            let matches = rule.expression.matches(in: result, range: NSRange(location: 0, length: source.length))
            guard !matches.isEmpty else { continue }
            let output = NSMutableString(string: result)
            for match in matches.reversed() {
                output.replaceCharacters(in: match.range, with: rule.replace(match, source))
            }
            result = output as String
        }
        return result
    }
}
