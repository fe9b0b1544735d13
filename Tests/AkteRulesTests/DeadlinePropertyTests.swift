import AkteCase
import Testing
@testable import AkteRules

/// Invariants of the deadline rules over three years of dates (2025–2027), both shipped profiles.
@Suite struct DeadlinePropertyTests {
    static let profiles = [try! RuleProfile.load(nameOrPath: "wommelgem-2023"), try! RuleProfile.load(nameOrPath: "kinrooi-2025")]
    static let offsets = Array(stride(from: 0, to: 3 * 365, by: 5))

    @Test("The latest sending date is the last date that satisfies the notice period (normal and urgent)", arguments: offsets)
    func latestIsLast(offset: Int) {
        let meeting = day("2025-01-01").adding(days: offset)
        for profile in Self.profiles {
            for urgent in [false, true] {
                let period = urgent ? profile.urgentNotice : profile.notice
                let latest = Deadlines.latestSendingDate(meeting: meeting, period: period, counting: profile.counting, calendar: profile.calendar)
                let count = { (d: CivilDate) in
                    Deadlines.countedDays(sending: d, meeting: meeting, unit: period.unit, counting: profile.counting, calendar: profile.calendar)
                }
                #expect(count(latest) >= period.amount)
                var later = latest.adding(days: 1)
                while later < meeting {
                    #expect(count(later) < period.amount)
                    later = later.adding(days: 1)
                }
            }
        }
    }

    @Test("The convening deadline counts exactly N unsuspended days and never falls in a suspension window", arguments: offsets)
    func conveningCountsN(offset: Int) {
        let received = day("2025-01-01").adding(days: offset)
        for profile in Self.profiles {
            let deadline = Deadlines.conveningDeadline(reportReceived: received, profile: profile)
            // Only the mandatory windows apply unless the case chooses the optional one (Kinrooi art. 16).
            let windows = profile.convening.mandatorySuspensions
            #expect(!windows.contains { $0.contains(deadline) })
            let counted = (1...received.days(to: deadline)).filter { o in !windows.contains { $0.contains(received.adding(days: o)) } }.count
            #expect(counted == profile.convening.period.amount)
        }
    }
}
