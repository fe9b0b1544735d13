import AkteCase

/// The date by which an invited person is asked to say whether they come to a hearing.
public enum HearingReply {
    /// The last working day at least three days before the hearing; when that is not after the letter's own
    /// date (a short, urgent notice), the last working day after the letter and before the hearing; nil when
    /// there is none. A letter never asks for a reply on or before the day it is dated (issue 10, finding 9).
    public static func date(hearing: CivilDate, letter: CivilDate, calendar: BelgianCalendar) -> CivilDate? {
        var date = hearing.adding(days: -3)
        while !calendar.isWorkingDay(date) { date = date.adding(days: -1) }
        if date > letter { return date }
        date = hearing.adding(days: -1)
        while date > letter {
            if calendar.isWorkingDay(date) { return date }
            date = date.adding(days: -1)
        }
        return nil
    }
}
