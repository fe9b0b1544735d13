import AkteTestSupport
import AkteCase
import Testing
@testable import AkteRules

@Suite struct DeadlineTests {
    let wommelgem = try! RuleProfile.load(nameOrPath: "wommelgem-2023")
    let kinrooi = try! RuleProfile.load(nameOrPath: "kinrooi-2025")

    @Test("Wommelgem art. 46 §1: 8 clear days; sending 14 June for 19 June gives 4, latest is Tuesday 10 June")
    func clearDaysWorkedExample() {
        let check = Deadlines.checkNotice(meeting: day("2025-06-19"), plannedSending: day("2025-06-14"), urgent: false, profile: wommelgem)
        #expect(check.countedDays == 4)
        #expect(check.satisfied == false)
        #expect(check.latestSendingDate == day("2025-06-10"))
        #expect(DutchFormat.longDate(check.latestSendingDate) == "dinsdag 10 juni 2025")
        #expect(check.ruleText.contains("clear days: neither the sending day nor the meeting day counts"))
    }

    @Test("Clear days: exactly N days strictly between is enough, N-1 is not", arguments: [8, 3, 1, 15])
    func clearDaysBoundary(n: Int) {
        let meeting = day("2025-10-16")
        let period = Period(amount: n, unit: .calendar)
        let latest = Deadlines.latestSendingDate(meeting: meeting, period: period, counting: .clearDays, calendar: BelgianCalendar())
        #expect(latest.days(to: meeting) - 1 == n)
        #expect(Deadlines.countedDays(sending: latest, meeting: meeting, unit: .calendar, counting: .clearDays, calendar: BelgianCalendar()) == n)
        #expect(Deadlines.countedDays(sending: latest.adding(days: 1), meeting: meeting, unit: .calendar, counting: .clearDays, calendar: BelgianCalendar()) == n - 1)
    }

    @Test("A profile can count the sending day: the latest date moves one day later")
    func sendingDayCounts() {
        let latest = Deadlines.latestSendingDate(meeting: day("2025-06-19"), period: Period(amount: 8, unit: .calendar),
                                                 counting: .sendingDayCounts, calendar: BelgianCalendar())
        #expect(latest == day("2025-06-11"))
    }

    @Test("Wommelgem art. 46 §1 urgent: 3 clear days before Thursday 19 June → Sunday 15 June")
    func wommelgemUrgent() {
        let check = Deadlines.checkNotice(meeting: day("2025-06-19"), plannedSending: day("2025-06-16"), urgent: true, profile: wommelgem)
        #expect(check.latestSendingDate == day("2025-06-15"))
        #expect(check.countedDays == 2)
        #expect(check.satisfied == false)
    }

    @Test("Kinrooi art. 3: 8 working days over a weekend and Whit Monday; the latest date is Thursday 5 June")
    func kinrooiWorkingDaysOverHoliday() {
        let check = Deadlines.checkNotice(meeting: day("2025-06-19"), plannedSending: day("2025-06-05"), urgent: false, profile: kinrooi)
        #expect(check.latestSendingDate == day("2025-06-05"))
        #expect(check.countedDays == 8)
        #expect(check.holidaysConsidered.map(\.name) == ["Pinkstermaandag"])
        let oneDayLate = Deadlines.checkNotice(meeting: day("2025-06-19"), plannedSending: day("2025-06-06"), urgent: false, profile: kinrooi)
        #expect(oneDayLate.satisfied == false)
    }

    @Test("Kinrooi art. 3: the latest sending date may fall on a weekend (D itself need not be a working day)")
    func kinrooiWeekendSending() {
        let check = Deadlines.checkNotice(meeting: day("2025-10-16"), plannedSending: nil, urgent: false, profile: kinrooi)
        #expect(check.latestSendingDate == day("2025-10-05"))    // Sunday
        #expect(check.latestSendingDate.isoWeekday == 7)
    }

    @Test("Kinrooi art. 3 urgent: 2 working days; meeting Monday 14 July 2025 skips the weekend and 11 July")
    func kinrooiUrgentAround11July() {
        let check = Deadlines.checkNotice(meeting: day("2025-07-14"), plannedSending: nil, urgent: true, profile: kinrooi)
        // Strictly before Monday 14 July: Sun 13, Sat 12, Fri 11 (holiday), Thu 10, Wed 9 → D = Tue 8 July.
        #expect(check.latestSendingDate == day("2025-07-08"))
        #expect(check.holidaysConsidered.map(\.date) == [day("2025-07-11")])
    }

    @Test("Wommelgem art. 46 §1: calendar days ignore 11 July; 8 clear days before 14 July 2025 → 5 July")
    func wommelgemAround11July() {
        let check = Deadlines.checkNotice(meeting: day("2025-07-14"), plannedSending: nil, urgent: false, profile: wommelgem)
        #expect(check.latestSendingDate == day("2025-07-05"))
        #expect(check.holidaysConsidered.isEmpty)
    }

    @Test("Latest sending dates around weekends, holidays and 11 July (Wommelgem art. 46 §1, Kinrooi art. 3), normal and urgent", arguments: [
        ("wommelgem-2023", false, "2025-06-19", "2025-06-10"),  // 8 clear calendar days
        ("wommelgem-2023", true, "2025-07-22", "2025-07-18"),   // urgent: 3 clear days; 21 July does not matter
        ("wommelgem-2023", false, "2025-07-14", "2025-07-05"),  // a Saturday is a valid sending date
        ("kinrooi-2025", false, "2025-07-17", "2025-07-03"),    // 8 working days, 11 July skipped
        ("kinrooi-2025", true, "2025-07-22", "2025-07-16"),     // urgent: 2 working days, weekend and 21 July skipped
        ("kinrooi-2025", false, "2025-11-03", "2025-10-21"),    // 1 November is a Saturday
        ("kinrooi-2025", false, "2025-11-13", "2025-10-30"),    // 11 November (Tuesday) skipped
        ("kinrooi-2025", true, "2025-04-22", "2025-04-16"),     // urgent over Easter Monday 21 April
    ])
    func latestSendingTable(profile: String, urgent: Bool, meeting: String, expected: String) throws {
        let p = try RuleProfile.load(nameOrPath: profile)
        let check = Deadlines.checkNotice(meeting: day(meeting), plannedSending: nil, urgent: urgent, profile: p)
        #expect(check.latestSendingDate == day(expected))
    }

    @Test("Wommelgem art. 52: report 1 July 2025 → convene by 5 September 2025 (11 July–15 August suspended)")
    func conveningAcrossSuspension() {
        #expect(Deadlines.conveningDeadline(reportReceived: day("2025-07-01"), profile: wommelgem) == day("2025-09-05"))
        #expect(Deadlines.suspendedDays(after: day("2025-07-01"), through: day("2025-09-05"), suspensions: wommelgem.convening.suspensions) == 36)
    }

    @Test("Wommelgem art. 52: a 30-day deadline running into 11 July", arguments: [
        ("2025-06-20", "2025-08-25"), ("2025-06-10", "2025-07-10"), ("2025-06-11", "2025-08-16"),
        ("2025-08-15", "2025-09-14"), ("2025-03-01", "2025-03-31"),
    ])
    func wommelgemConvening(received: String, expected: String) {
        #expect(Deadlines.conveningDeadline(reportReceived: day(received), profile: wommelgem) == day(expected))
    }

    // Kinrooi art. 3: "binnen een termijn van dertig kalenderdagen"; art. 16: the terms "kunnen worden geschorst
    // tijdens de maanden juli en augustus" — a choice: with it, July and August do not run.
    @Test("Kinrooi art. 3 and 16: 30 calendar days, July and August suspended when the case chooses it", arguments: [
        ("2025-06-20", "2025-09-20"), ("2025-09-15", "2025-10-15"), ("2025-07-10", "2025-09-30"),
    ])
    func kinrooiConventionWithSuspension(received: String, expected: String) {
        #expect(Deadlines.conveningDeadline(reportReceived: day(received), profile: kinrooi, optionalSuspension: true) == day(expected))
    }

    @Test("Kinrooi art. 3 and 16: without the optional suspension, 30 plain calendar days", arguments: [
        ("2025-06-20", "2025-07-20"), ("2025-09-15", "2025-10-15"), ("2025-07-10", "2025-08-09"),
    ])
    func kinrooiConveningWithoutSuspension(received: String, expected: String) {
        #expect(Deadlines.conveningDeadline(reportReceived: day(received), profile: kinrooi) == day(expected))
        #expect(Deadlines.conveningDeadline(reportReceived: day(received), profile: kinrooi, optionalSuspension: false) == day(expected))
    }

    @Test("Kinrooi art. 7–8: 10 working days for notification and minutes, 5 for remarks")
    func workingDayDeadlines() {
        let calendar = kinrooi.calendar
        #expect(calendar.addingWorkingDaysOrCalendar(kinrooi.notification!, to: day("2025-10-16")) == day("2025-10-30"))
        // Over 1 and 11 November 2025 (Saturday, Tuesday): 11 November is skipped.
        #expect(calendar.addingWorkingDays(10, to: day("2025-10-30")) == day("2025-11-14"))
        #expect(calendar.addingWorkingDaysOrCalendar(kinrooi.remarks!, to: day("2025-12-19")) == day("2025-12-29"))
    }
}

@Suite struct ProfileTests {
    @Test("Shipped profiles load: wommelgem-2023 (art. 44–55) and kinrooi-2025")
    func shipped() throws {
        #expect(RuleProfile.shippedNames == ["kinrooi-2025", "wommelgem-2023"])
        let w = try RuleProfile.load(nameOrPath: "wommelgem-2023")
        #expect(w.notice == Period(amount: 8, unit: .calendar, article: "art. 46 §1"))
        #expect(w.urgentNotice.amount == 3)
        #expect(w.commissionModel == .advisesCouncil)
        #expect(w.tieRule == .rejected)
        #expect(w.quorum == .any)
        #expect(w.committeeSize == 7)
        #expect(w.citations["substitute"] == "artikel 45, § 5 van de deontologische code")
        #expect(w.codeAdopted?.contains("15 juni 2023") == true)
        #expect(w.articles["52"]?.contains("De periode van dertig dagen wordt geschorst van 11 juli tot en met 15 augustus.") == true)
        let k = try RuleProfile.load(nameOrPath: "kinrooi-2025")
        #expect(k.notice.unit == .working)
        #expect(k.urgentNotice == Period(amount: 2, unit: .working, article: "art. 3"))
        #expect(k.tieRule == .chairDecides)
        #expect(k.secondConvocation)
        #expect(k.notification?.amount == 10 && k.minutes?.amount == 10 && k.remarks?.amount == 5)
        #expect(k.citations["decisions"]?.hasPrefix("artikel 6 ") == true)
        #expect(k.articles["6"]?.contains("Bij staking van stemmen is de stem van de voorzitter doorslaggevend.") == true)
    }

    @Test("The commented template for a new municipality loads from a path")
    func template() throws {
        let url = TestPaths.repositoryRoot.appendingPathComponent("Sources/AkteRules/Profiles/_template.yaml")
        let profile = try RuleProfile.load(contentsOf: url)
        #expect(profile.id == "mijngemeente-2025")
        #expect(profile.localDays == [.yearly(month: 11, day: 2, name: "Allerzielen (lokale verlofdag)")])
        #expect(!profile.calendar.isWorkingDay(day("2026-11-02")))
    }

    @Test func unknownProfileNameSuggests() {
        #expect {
            try RuleProfile.load(nameOrPath: "wommelgem-2032")
        } throws: { error in
            "\(error)".contains("did you mean \"wommelgem-2023\"?")
        }
    }

    @Test func badProfileNamesFieldAndPosition() {
        let yaml = """
        id: x
        name: X
        municipality: X
        source: X
        committeeSize: 7
        notice: {amount: 8, unit: calender}
        urgentNotice: {amount: 3, unit: calendar}
        convening: {amount: 30, unit: calendar}
        quorum: {rule: any}
        commissionModel: decides
        tieRule: rejected
        """
        #expect {
            try RuleProfile.load(yaml: yaml, file: "p.yaml")
        } throws: { error in
            "\(error)" == "p.yaml:6:27: notice.unit: \"calender\" is not allowed here; did you mean \"calendar\"?"
        }
    }
}
