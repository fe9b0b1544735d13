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
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let year = min(max(parts.year ?? 1980, 1980), 2107)
        let clamped = year != parts.year
        let month = clamped ? 1 : parts.month ?? 1
        let day = clamped ? 1 : parts.day ?? 1
        let hour = clamped ? 0 : parts.hour ?? 0
        let minute = clamped ? 0 : parts.minute ?? 0
        let second = clamped ? 0 : parts.second ?? 0
        dosDate = UInt16((year - 1980) << 9 | month << 5 | day)
        dosTime = UInt16(hour << 11 | minute << 5 | second / 2)
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
