import Foundation

/// The one timestamp written on every entry, so the same input always gives the same bytes.
///
/// MS-DOS date/time as stored in zip headers (local-time-free, two-second resolution, 1980–2107),
/// computed in UTC. libzip's `zip_file_set_mtime` would convert through the local time zone, which
/// would make output depend on the machine; the DOS fields are set directly instead.
public struct ZipTimestamp: Sendable, Hashable {
    public let dosDate: UInt16
    public let dosTime: UInt16

    /// 2000-01-01T00:00:00Z: the fallback when `SOURCE_DATE_EPOCH` is not set.
    public static let fallbackDate = Date(timeIntervalSince1970: 946_684_800)

    public init(date: Date) {
        // UTC calendar fields by arithmetic (days to civil date, proleptic Gregorian), not Foundation's
        // Calendar: that one loads ICU's calendar data, a noticeable part of a one-document run's start-up.
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let secondOfDay = Int(seconds - days * 86_400)
        let (civilYear, civilMonth, civilDay) = ZipTimestamp.civil(fromDays: days)
        let year = Int(min(max(civilYear, 1980), 2107))
        let clamped = Int64(year) != civilYear
        let month = clamped ? 1 : civilMonth
        let day = clamped ? 1 : civilDay
        let hour = clamped ? 0 : secondOfDay / 3600
        let minute = clamped ? 0 : secondOfDay % 3600 / 60
        let second = clamped ? 0 : secondOfDay % 60
        dosDate = UInt16((year - 1980) << 9 | month << 5 | day)
        dosTime = UInt16(hour << 11 | minute << 5 | second / 2)
    }

    /// Year, month (1–12) and day (1–31) of a day count since 1970-01-01 (H. Hinnant's days-to-civil).
    static func civil(fromDays days: Int64) -> (year: Int64, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * mp + 2) / 5 + 1)
        let month = Int(mp < 10 ? mp + 3 : mp - 9)
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// `SOURCE_DATE_EPOCH` (reproducible-builds.org) when set to an integer, else `fallbackDate`.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> ZipTimestamp {
        ZipTimestamp(date: sourceDate(environment) ?? fallbackDate)
    }

    /// The date in `SOURCE_DATE_EPOCH`, nil when unset or not an integer number of seconds.
    public static func sourceDate(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Date? {
        guard let text = environment["SOURCE_DATE_EPOCH"]?.trimmingCharacters(in: .whitespaces),
              let seconds = Int64(text) else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
