import AkteCase
import Foundation

/// Anonymised counts of reflection-chamber sessions for the support centre (issue 5, item 8): per theme,
/// role category of the case bringer, year and month. No names, no municipality, no exact dates.
public enum ReflectionStatistics {
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

    /// Counts per row over the sessions; a session without themes counts under "zonder thema".
    public static func counts(_ sessions: [ReflectionSession]) -> [(Row, Int)] {
        var counts: [Row: Int] = [:]
        for session in sessions {
            let themes = session.themes.isEmpty ? ["zonder thema"] : Set(session.themes.map { $0.lowercased() }).sorted()
            for theme in themes {
                let row = Row(theme: theme, roleCategory: roleCategory(session.caseBringer.function),
                              year: session.date.year, month: session.date.month)
                counts[row, default: 0] += 1
            }
        }
        return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// `thema,rolcategorie,jaar,maand,aantal` (RFC 4180 quoting).
    public static func csv(_ sessions: [ReflectionSession]) -> String {
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        var lines = ["thema,rolcategorie,jaar,maand,aantal"]
        for (row, count) in counts(sessions) {
            lines.append([field(row.theme), field(row.roleCategory), "\(row.year)", "\(row.month)", "\(count)"].joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
