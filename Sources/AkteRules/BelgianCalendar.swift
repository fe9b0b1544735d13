import AkteCase

/// A public holiday.
public struct Holiday: Sendable, Hashable {
    public let date: CivilDate
    /// Dutch name ("Paasmaandag", "Feest van de Vlaamse Gemeenschap").
    public let name: String
}

/// A local non-working day from a profile: every year on a month-day, or once on a date.
public enum LocalDay: Sendable, Hashable {
    case yearly(month: Int, day: Int, name: String)
    case once(CivilDate, name: String)
}

/// The Belgian legal holidays computed for any year, plus 11 July (Flemish community holiday)
/// and a profile's local non-working days. Working day = Monday–Friday and not a holiday.
public struct BelgianCalendar: Sendable {
    public let localDays: [LocalDay]

    public init(localDays: [LocalDay] = []) { self.localDays = localDays }

    /// Easter Sunday (Gregorian computus, anonymous "Meeus/Jones/Butcher" algorithm).
    public static func easter(year: Int) -> CivilDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(year: year, month: month, day: day)!
    }

    /// The ten legal holidays (Law of 4 January 1974) and 11 July, in date order.
    public static func legalHolidays(year: Int) -> [Holiday] {
        let easter = easter(year: year)
        func fixed(_ month: Int, _ day: Int, _ name: String) -> Holiday {
            Holiday(date: CivilDate(year: year, month: month, day: day)!, name: name)
        }
        return [
            fixed(1, 1, "Nieuwjaar"),
            Holiday(date: easter.adding(days: 1), name: "Paasmaandag"),
            fixed(5, 1, "Dag van de Arbeid"),
            Holiday(date: easter.adding(days: 39), name: "Onze-Lieve-Heer-Hemelvaart"),
            Holiday(date: easter.adding(days: 50), name: "Pinkstermaandag"),
            fixed(7, 11, "Feest van de Vlaamse Gemeenschap"),
            fixed(7, 21, "Nationale feestdag"),
            fixed(8, 15, "Onze-Lieve-Vrouw-Hemelvaart"),
            fixed(11, 1, "Allerheiligen"),
            fixed(11, 11, "Wapenstilstand"),
            fixed(12, 25, "Kerstmis"),
        ].sorted { $0.date < $1.date }
    }

    /// Legal holidays plus the local days of `year`, in date order.
    public func holidays(year: Int) -> [Holiday] {
        var result = BelgianCalendar.legalHolidays(year: year)
        for local in localDays {
            switch local {
            case let .yearly(month, day, name):
                if let date = CivilDate(year: year, month: month, day: day) { result.append(Holiday(date: date, name: name)) }
            case let .once(date, name):
                if date.year == year { result.append(Holiday(date: date, name: name)) }
            }
        }
        return result.sorted { $0.date < $1.date }
    }

    public func holiday(on date: CivilDate) -> Holiday? {
        holidays(year: date.year).first { $0.date == date }
    }

    public func isWorkingDay(_ date: CivilDate) -> Bool {
        !date.isWeekend && holiday(on: date) == nil
    }

    /// Holidays that fall strictly between two dates or on them.
    public func holidays(from start: CivilDate, through end: CivilDate) -> [Holiday] {
        guard start <= end else { return [] }
        return (start.year...end.year).flatMap { holidays(year: $0) }.filter { $0.date >= start && $0.date <= end }
    }

    /// Working days strictly between two dates.
    public func workingDays(strictlyBetween start: CivilDate, and end: CivilDate) -> Int {
        guard start.days(to: end) > 1 else { return 0 }
        var count = 0
        var day = start.adding(days: 1)
        // The holidays of a year are computed once per year, not once per day (a far-away date made this
        // take minutes: found by fuzzing the case loader).
        var year = 0
        var closed: Set<CivilDate> = []
        while day < end {
            if day.year != year {
                year = day.year
                closed = Set(holidays(year: year).map(\.date))
            }
            if !day.isWeekend && !closed.contains(day) { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }

    /// The `n`th working day after `date` (the day itself not counted); Kinrooi art. 7, 8 deadlines.
    public func addingWorkingDays(_ n: Int, to date: CivilDate) -> CivilDate {
        var day = date
        var left = n
        while left > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { left -= 1 }
        }
        return day
    }
}
