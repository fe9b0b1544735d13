import AkteCase

/// nl-BE formatting for the documents: pure functions, no locale data needed.
public enum DutchFormat {
    public static let weekdays = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
    public static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                                "september", "oktober", "november", "december"]

    /// "donderdag 4 september 2025".
    public static func longDate(_ date: CivilDate) -> String {
        "\(weekdays[date.isoWeekday - 1]) \(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// "4 september 2025".
    public static func date(_ date: CivilDate) -> String {
        "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// "04/09/2025" (as in "Publicatiedatum: 20/11/2023").
    public static func numericDate(_ date: CivilDate) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(date.day))/\(two(date.month))/\(date.year)"
    }

    /// "19.30 uur".
    public static func time(_ time: TimeOfDay) -> String {
        "\(time.hour).\(time.minute < 10 ? "0" : "")\(time.minute) uur"
    }

    /// "A", "A en B", "A, B en C".
    public static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " en " + items[items.count - 1]
        }
    }

    /// A fraction `numerator / denominator` rounded half up to `places` decimals with a decimal comma ("3,35").
    public static func decimal(numerator: Int, denominator: Int, places: Int = 2) -> String {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (numerator * scale * 2 + denominator) / (denominator * 2)
        let whole = scaled / scale, fraction = scaled % scale
        guard places > 0 else { return "\(whole)" }
        let digits = String(fraction)
        return "\(whole)," + String(repeating: "0", count: places - digits.count) + digits
    }
}
