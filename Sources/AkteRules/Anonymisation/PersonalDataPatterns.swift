import Foundation

/// Personal data that identifies someone even when the session file did not declare it:
/// e-mail addresses, phone numbers, national register numbers, IBANs, street addresses, and exact
/// dates (generalised to month and year). Applied before the declared names, because an e-mail
/// address or a street often contains a name.
struct PersonalDataPatterns: Sendable {
    static let months = [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ]
    private static let monthAlternatives = months.joined(separator: "|")
    private static let weekdays = "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    private static let streetSuffixes =
        "straat|laan|lei|weg|plein|steenweg|dreef|baan|kaai|markt|singel|vest|dijk|pad|hof|ring|veld|berg|dries|hoek|wijk|park|plaats|kouter|velden"

    private struct Rule: @unchecked Sendable {  // NSRegularExpression is immutable and documented thread-safe.
        let expression: NSRegularExpression
        let replace: @Sendable (NSTextCheckingResult, NSString) -> String
    }

    private let rules: [Rule]

    init() {
        func rule(_ pattern: String, _ replace: @escaping @Sendable (NSTextCheckingResult, NSString) -> String) -> Rule {
            // The patterns are constants of this file: a failure here is a programming error caught by the tests.
            Rule(expression: try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive]), replace: replace)
        }
        func fixed(_ text: String) -> @Sendable (NSTextCheckingResult, NSString) -> String { { _, _ in text } }
        rules = [
            rule(#"[\p{L}0-9._%+\-]+@[\p{L}0-9.\-]+\.[a-z]{2,}"#, fixed("[e-mailadres]")),
            rule(#"\b(?:(?:\#(Self.weekdays))\s+)?\d{1,2}(?:ste|de|e)?\s+(\#(Self.monthAlternatives))\s+(\d{4})\b"#) { match, text in
                "\(text.substring(with: match.range(at: 1)).lowercased()) \(text.substring(with: match.range(at: 2)))"
            },
            rule(#"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\b"#) { match, text in
                Self.monthAndYear(month: text.substring(with: match.range(at: 2)), year: text.substring(with: match.range(at: 3)))
                    ?? "[datum]"
            },
            rule(#"\b(\d{4})-(\d{2})-(\d{2})\b"#) { match, text in
                Self.monthAndYear(month: text.substring(with: match.range(at: 2)), year: text.substring(with: match.range(at: 1)))
                    ?? "[datum]"
            },
            rule(#"\b[a-z]{2}\d{2}(?:[ ]?[a-z0-9]{4}){2,7}(?:[ ]?[a-z0-9]{1,3})?\b"#, fixed("[rekeningnummer]")),
            rule(#"\b\d{2}[. ]?\d{2}[. ]?\d{2}[\- ]?\d{3}[. ]?\d{2}\b"#, fixed("[rijksregisternummer]")),
            rule(#"(?:\+|\b00)32[ ./]?(?:\(0\))?\d{1,3}(?:[ ./\-]?\d{2,3}){2,4}\b"#, fixed("[telefoonnummer]")),
            rule(#"\b0\d{1,3}(?:[ ./\-]?\d{2,3}){2,4}\b"#, fixed("[telefoonnummer]")),
            rule(
                #"\b[\p{L}'\-]*(?:\#(Self.streetSuffixes))\s+\d+[a-z]?(?:\s*(?:bus|/)\s*[a-z0-9]+)?(?:,?\s+\d{4}\s+\p{L}[\p{L}\-]*)?"#,
                fixed("[adres]")),
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
