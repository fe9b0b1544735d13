import AkteCase

/// The result of checking a convocation's notice period.
public struct NoticeCheck: Sendable, Hashable {
    public let meetingDate: CivilDate
    public let required: Period
    public let counting: CountingConvention
    public let urgent: Bool
    public let plannedSending: CivilDate?
    /// Days counted between the planned sending and the meeting under the convention.
    public let countedDays: Int?
    public let latestSendingDate: CivilDate
    /// Holidays between the latest sending date and the meeting that the working-day count skipped.
    public let holidaysConsidered: [Holiday]

    public var satisfied: Bool? { countedDays.map { $0 >= required.amount } }

    /// "at least 8 calendar days before the meeting (art. 46 §1); clear days: …".
    public var ruleText: String {
        let article = required.article.map { " (\($0))" } ?? ""
        return "at least \(required.amount) \(required.unit.english(required.amount)) before the meeting\(urgent ? ", urgent" : "")\(article); \(counting.english)"
    }

    /// "ten minste 8 kalenderdagen vóór de vergadering (art. 46 §1); vrije dagen: …".
    public var dutchRuleText: String {
        let article = required.article.map { " (\($0))" } ?? ""
        return "ten minste \(required.amount) \(required.unit.dutch(required.amount)) vóór de vergadering\(urgent ? " (hoogdringendheid)" : "")\(article); \(counting.dutch)"
    }
}

/// Deadlines: notice periods, the convening deadline, notification/minutes/remarks. Pure functions.
public enum Deadlines {
    /// Days counted from `sending` to `meeting` under the convention and unit.
    public static func countedDays(sending: CivilDate, meeting: CivilDate, unit: DayUnit,
                                   counting: CountingConvention, calendar: BelgianCalendar) -> Int {
        guard sending < meeting else { return 0 }
        switch (unit, counting) {
        case (.calendar, .clearDays): return sending.days(to: meeting) - 1
        case (.calendar, .sendingDayCounts): return sending.days(to: meeting)
        case (.working, .clearDays): return calendar.workingDays(strictlyBetween: sending, and: meeting)
        case (.working, .sendingDayCounts):
            return calendar.workingDays(strictlyBetween: sending, and: meeting) + (calendar.isWorkingDay(sending) ? 1 : 0)
        }
    }

    /// The last date D from which at least `period.amount` days count before `meeting`.
    public static func latestSendingDate(meeting: CivilDate, period: Period, counting: CountingConvention,
                                         calendar: BelgianCalendar) -> CivilDate {
        var candidate = meeting.adding(days: -1)
        // A notice period of n working days never needs more than n weeks plus the holidays of two years.
        for _ in 0..<(period.amount * 7 + 60) {
            if countedDays(sending: candidate, meeting: meeting, unit: period.unit, counting: counting, calendar: calendar) >= period.amount {
                return candidate
            }
            candidate = candidate.adding(days: -1)
        }
        return candidate
    }

    public static func checkNotice(meeting: CivilDate, plannedSending: CivilDate?, period: Period, urgent: Bool,
                                   counting: CountingConvention, calendar: BelgianCalendar) -> NoticeCheck {
        let latest = latestSendingDate(meeting: meeting, period: period, counting: counting, calendar: calendar)
        let counted = plannedSending.map {
            countedDays(sending: $0, meeting: meeting, unit: period.unit, counting: counting, calendar: calendar)
        }
        let holidays = period.unit == .working
            ? calendar.holidays(from: min(latest, plannedSending ?? latest), through: meeting).filter { !$0.date.isWeekend }
            : []
        return NoticeCheck(meetingDate: meeting, required: period, counting: counting, urgent: urgent,
                           plannedSending: plannedSending, countedDays: counted, latestSendingDate: latest,
                           holidaysConsidered: holidays)
    }

    /// Notice check for a meeting under a profile (normal or urgent period).
    public static func checkNotice(meeting: CivilDate, plannedSending: CivilDate?, urgent: Bool, profile: RuleProfile) -> NoticeCheck {
        checkNotice(meeting: meeting, plannedSending: plannedSending, period: urgent ? profile.urgentNotice : profile.notice,
                    urgent: urgent, counting: profile.counting, calendar: profile.calendar)
    }

    /// The `amount`th counted day after `start` (the start day not counted), where days inside a
    /// suspension window are not counted (and, for working days, only working days count).
    /// Wommelgem art. 52: report 1 July 2025 → 5 September 2025.
    public static func deadline(after start: CivilDate, period: Period, suspensions: [SuspensionWindow],
                                calendar: BelgianCalendar) -> CivilDate {
        var day = start
        var left = period.amount
        var guardCount = 0
        while left > 0, guardCount < 10_000 {
            day = day.adding(days: 1)
            guardCount += 1
            if suspensions.contains(where: { $0.contains(day) }) { continue }
            if period.unit == .working, !calendar.isWorkingDay(day) { continue }
            left -= 1
        }
        return day
    }

    /// The suspended days between `start` (exclusive) and `end` (inclusive).
    public static func suspendedDays(after start: CivilDate, through end: CivilDate, suspensions: [SuspensionWindow]) -> Int {
        guard start < end else { return 0 }
        return (1...start.days(to: end)).filter { offset in suspensions.contains { $0.contains(start.adding(days: offset)) } }.count
    }

    /// The deadline with the mandatory suspension windows only: an optional one (Kinrooi art. 16) is the
    /// case's choice (OptionalSuspension.swift), never applied silently.
    public static func conveningDeadline(reportReceived: CivilDate, profile: RuleProfile) -> CivilDate {
        conveningDeadline(reportReceived: reportReceived, profile: profile, optionalSuspension: false)
    }
}
