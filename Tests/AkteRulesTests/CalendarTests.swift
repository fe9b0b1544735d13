import AkteCase
import Testing
@testable import AkteRules

func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

@Suite struct CalendarTests {
    @Test("Easter Sunday (Gregorian computus)", arguments: [
        (2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2027, "2027-03-28"),
        (2038, "2038-04-25"), (2019, "2019-04-21"), (2000, "2000-04-23"), (1818, "1818-03-22"),
    ])
    func easter(year: Int, expected: String) {
        #expect(BelgianCalendar.easter(year: year) == day(expected))
    }

    @Test("Every Belgian legal holiday of 2025, plus 11 July (Flemish community)")
    func holidays2025() {
        let holidays = BelgianCalendar.legalHolidays(year: 2025)
        #expect(holidays.map(\.date.iso) == [
            "2025-01-01", "2025-04-21", "2025-05-01", "2025-05-29", "2025-06-09", "2025-07-11",
            "2025-07-21", "2025-08-15", "2025-11-01", "2025-11-11", "2025-12-25",
        ])
        #expect(holidays.map(\.name) == [
            "Nieuwjaar", "Paasmaandag", "Dag van de Arbeid", "Onze-Lieve-Heer-Hemelvaart", "Pinkstermaandag",
            "Feest van de Vlaamse Gemeenschap", "Nationale feestdag", "Onze-Lieve-Vrouw-Hemelvaart",
            "Allerheiligen", "Wapenstilstand", "Kerstmis",
        ])
    }

    @Test("Moveable holidays 2025–2027: Easter Monday, Ascension (Easter+39), Whit Monday (Easter+50)", arguments: [
        (2025, "2025-04-21", "2025-05-29", "2025-06-09"),
        (2026, "2026-04-06", "2026-05-14", "2026-05-25"),
        (2027, "2027-03-29", "2027-05-06", "2027-05-17"),
    ])
    func moveable(year: Int, easterMonday: String, ascension: String, whitMonday: String) {
        let byName = Dictionary(uniqueKeysWithValues: BelgianCalendar.legalHolidays(year: year).map { ($0.name, $0.date.iso) })
        #expect(byName["Paasmaandag"] == easterMonday)
        #expect(byName["Onze-Lieve-Heer-Hemelvaart"] == ascension)
        #expect(byName["Pinkstermaandag"] == whitMonday)
        #expect(day(easterMonday).isoWeekday == 1)
        #expect(day(whitMonday).isoWeekday == 1)
        #expect(day(ascension).isoWeekday == 4)
    }

    @Test("Working day: Monday–Friday and not a holiday")
    func workingDays() {
        let calendar = BelgianCalendar()
        #expect(calendar.isWorkingDay(day("2025-06-10")))           // Tuesday
        #expect(!calendar.isWorkingDay(day("2025-06-14")))          // Saturday
        #expect(!calendar.isWorkingDay(day("2025-06-15")))          // Sunday
        #expect(!calendar.isWorkingDay(day("2025-06-09")))          // Whit Monday
        #expect(!calendar.isWorkingDay(day("2025-07-11")))          // Friday, Flemish community holiday
        #expect(calendar.workingDays(strictlyBetween: day("2025-07-04"), and: day("2025-07-15")) == 5) // 7,8,9,10,14
    }

    @Test("A profile's local non-working days count as holidays")
    func localDays() {
        let calendar = BelgianCalendar(localDays: [.yearly(month: 11, day: 2, name: "Allerzielen"),
                                                   .once(day("2025-09-01"), name: "Kermismaandag")])
        #expect(!calendar.isWorkingDay(day("2026-11-02")))
        #expect(!calendar.isWorkingDay(day("2025-09-01")))
        #expect(calendar.isWorkingDay(day("2026-09-01")))
        #expect(BelgianCalendar().isWorkingDay(day("2026-11-02")))
    }

    @Test("Civil dates: weekday, arithmetic and round trip through the day number", arguments: [
        "1970-01-01", "2000-02-29", "2025-09-04", "2038-04-25", "1900-03-01",
    ])
    func civilDate(text: String) {
        let date = day(text)
        #expect(CivilDate(dayNumber: date.dayNumber) == date)
        #expect(date.adding(days: 400).adding(days: -400) == date)
        #expect(date.iso == text)
    }

    @Test func weekdaysAndInvalidDates() {
        #expect(day("2025-09-04").isoWeekday == 4)
        #expect(day("1970-01-01").isoWeekday == 4)
        #expect(CivilDate(iso: "2025-02-30") == nil)
        #expect(CivilDate(iso: "2024-02-29") != nil)
        #expect(CivilDate(iso: "2100-02-29") == nil)
        #expect(CivilDate(iso: "2025-9-4") == nil)
    }
}

@Suite struct DutchFormatTests {
    @Test func dates() {
        #expect(DutchFormat.longDate(day("2025-09-04")) == "donderdag 4 september 2025")
        #expect(DutchFormat.longDate(day("2025-06-10")) == "dinsdag 10 juni 2025")
        #expect(DutchFormat.numericDate(day("2025-09-04")) == "04/09/2025")
        #expect(DutchFormat.numericDate(day("2023-11-20")) == "20/11/2023")
        #expect(DutchFormat.date(day("2025-03-01")) == "1 maart 2025")
        #expect(DutchFormat.time(TimeOfDay(hour: 19, minute: 30)!) == "19.30 uur")
    }

    @Test func nameLists() {
        #expect(DutchFormat.list([]) == "")
        #expect(DutchFormat.list(["A"]) == "A")
        #expect(DutchFormat.list(["A", "B"]) == "A en B")
        #expect(DutchFormat.list(["A", "B", "C"]) == "A, B en C")
    }

    @Test("Decimal comma, rounded half up to two places (art. 45 §2 text)")
    func decimals() {
        #expect(DutchFormat.decimal(numerator: 77, denominator: 23) == "3,35")
        #expect(DutchFormat.decimal(numerator: 14, denominator: 23) == "0,61")
        #expect(DutchFormat.decimal(numerator: 42, denominator: 21) == "2,00")
        #expect(DutchFormat.decimal(numerator: 1, denominator: 8) == "0,13")
    }
}
