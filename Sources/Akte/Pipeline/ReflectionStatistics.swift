import AkteCase
import Foundation

/// Anonymised counts of reflection-chamber sessions for the support centre (issue 5, item 8): per theme,
/// role category of the case bringer, year and month. No names, no municipality, no exact dates.
///
/// Every cell comes from a closed list: a session's themes are free text (they may name a person, a place, or
/// start with "=" and become a spreadsheet formula), so they are never copied; each is counted under the
/// category of the deontological code it belongs to (`themeCategories`), or "ander thema".
public enum ReflectionStatistics {
    /// The theme categories: the chapters of the deontological code for local mandataries (Wommelgem code,
    /// the VVSG model: art. 2–10 belangenvermenging, 11–12 corruptie, 13–15 geschenken, 16–18 middelen,
    /// 19–25 informatie, 26–29 onderlinge omgang, 30–44 dienstverlening, the part on naleving en handhaving),
    /// each with the words (folded: lower case, no accents) that put a theme in it. The first match counts.
    public static let themeCategories: [(category: String, words: [String])] = [
        ("belangenvermenging", ["belangenverm", "belangenconflict", "schijn van belang", "onthouding", "onthouden", "partijdig", "vooringenomen", "familie"]),
        ("corruptie", ["corruptie", "omkoping", "fraude", "smeergeld"]),
        ("geschenken en voordelen", ["geschenk", "cadeau", "gift", "uitnodiging", "voordeel", "voordelen"]),
        ("gebruik van middelen", ["middelen", "faciliteit", "materiaal", "dienstwagen", "budget"]),
        ("omgaan met informatie", ["informatie", "vertrouwelijk", "geheimhouding", "beroepsgeheim", "privacy", "lek", "sociale media"]),
        ("onderlinge omgang", ["omgang", "pesten", "grensoverschrijdend", "intimidatie", "respect", "vergader"]),
        ("dienstverlening", ["dienstverlening", "dienstbetoon", "informatiebemiddeling", "begeleiding", "bespoediging", "begunstiging", "tussenkomst", "voorspraak"]),
        ("naleving en handhaving", ["handhaving", "naleving", "schending", "melding", "klokkenluid"]),
    ]
    public static let otherTheme = "ander thema"
    public static let noTheme = "zonder thema"

    /// The category of a free-text theme (never the text itself).
    public static func themeCategory(_ theme: String) -> String {
        let folded = theme.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "nl_BE")).lowercased()
        return themeCategories.first { $0.words.contains { folded.contains($0) } }?.category ?? otherTheme
    }

    /// The sessions with each session number once, and the ones left out (with the one kept), so the caller
    /// can say so: a session given in two files is one session.
    public static func distinct(_ sessions: [ReflectionSession]) -> (kept: [ReflectionSession], dropped: [(dropped: ReflectionSession, kept: ReflectionSession)]) {
        var byNumber: [String: ReflectionSession] = [:]
        var kept: [ReflectionSession] = [], dropped: [(ReflectionSession, ReflectionSession)] = []
        for session in sessions {
            if let first = byNumber[session.number.lowercased()] { dropped.append((session, first)); continue }
            byNumber[session.number.lowercased()] = session
            kept.append(session)
        }
        return (kept, dropped)
    }

    public struct Row: Sendable, Hashable, Comparable {
        public let theme: String
        public let roleCategory: String
        public let year: Int
        public let month: Int

        public static func < (a: Row, b: Row) -> Bool {
            (a.year, a.month, a.theme, a.roleCategory) < (b.year, b.month, b.theme, b.roleCategory)
        }
    }

    /// The case bringer's function reduced to a category: executive mandatary, councillor, leading official,
    /// staff member, or unknown.
    public static func roleCategory(_ function: String?) -> String {
        guard let f = function?.lowercased(), !f.isEmpty else { return "onbekend" }
        if ["burgemeester", "schepen", "voorzitter van het vast bureau", "voorzitter van het bijzonder comité"].contains(where: { f.contains($0) }) {
            return "uitvoerend mandataris"
        }
        if f.contains("raadslid") || f.contains("raadsvoorzitter") || f.contains("voorzitter van de gemeenteraad") || f.contains("voorzitter van de raad") {
            return "raadslid"
        }
        if f.contains("algemeen directeur") || f.contains("financieel directeur") { return "leidend ambtenaar" }
        return "personeelslid"
    }

    /// Counts per row over the sessions (each session number once); a session counts once per theme category
    /// it touches, under "zonder thema" when it has none.
    public static func counts(_ sessions: [ReflectionSession]) -> [(Row, Int)] {
        var counts: [Row: Int] = [:]
        for session in distinct(sessions).kept {
            let themes = session.themes.isEmpty ? [noTheme] : Set(session.themes.map(themeCategory)).sorted()
            for theme in themes {
                let row = Row(theme: theme, roleCategory: roleCategory(session.caseBringer.function),
                              year: session.date.year, month: session.date.month)
                counts[row, default: 0] += 1
            }
        }
        return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// One CSV cell (RFC 4180 quoting). A cell a spreadsheet would read as a formula (starting with "=", "+",
    /// "-", "@", a tab or a carriage return) gets a leading apostrophe (OWASP "CSV injection"). The cells are
    /// from closed lists today; this keeps a future column safe too.
    public static func field(_ text: String) -> String {
        var text = text
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { text = "'" + text }
        return text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// `thema,rolcategorie,jaar,maand,aantal`.
    public static func csv(_ sessions: [ReflectionSession]) -> String {
        var lines = ["thema,rolcategorie,jaar,maand,aantal"]
        for (row, count) in counts(sessions) {
            lines.append([field(row.theme), field(row.roleCategory), "\(row.year)", "\(row.month)", "\(count)"].joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
