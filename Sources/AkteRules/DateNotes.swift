import AkteCase

extension DutchFormat {
    /// A date as `longDate`, followed by what makes it a poor day to send a letter: "zondag 5 oktober 2025
    /// (a Sunday)", "dinsdag 11 november 2025 (a public holiday: Wapenstilstand)". A deadline is a deadline
    /// whatever the day, but whoever reads it must see that the post office or the town hall may be closed.
    public static func longDateNoting(_ date: CivilDate, in calendar: BelgianCalendar) -> String {
        longDate(date) + (dayNote(date, in: calendar).map { " (\($0))" } ?? "")
    }

    /// "a Sunday", "a public holiday: Wapenstilstand", or nil for an ordinary day (Saturdays included).
    public static func dayNote(_ date: CivilDate, in calendar: BelgianCalendar) -> String? {
        if let holiday = calendar.holiday(on: date) {
            return date.isoWeekday == 7 ? "a Sunday and a public holiday: \(holiday.name)" : "a public holiday: \(holiday.name)"
        }
        return date.isoWeekday == 7 ? "a Sunday" : nil
    }
}
