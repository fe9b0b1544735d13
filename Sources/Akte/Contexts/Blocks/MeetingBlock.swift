import AkteCase
import AkteRules

/// `meeting` (or `hearing`): when and where: `dateLong` "donderdag 4 september 2025", `time` "19.30 uur",
/// `place` a phrase after "in" ("de raadzaal"), `address` one line.
struct MeetingBlock: Codable, Sendable {
    let dateLong: String
    let time: String
    let place: String
    let address: String

    init(_ setting: CaseSetting, _ m: Meeting) {
        let town = setting.commissionCase.municipality
        dateLong = DutchFormat.longDate(m.date)
        time = DutchFormat.time(m.time)
        place = m.place.name
        address = m.place.address ?? town.address ?? town.name
    }

    init(dateLong: String, time: String, place: String, address: String) {
        self.dateLong = dateLong
        self.time = time
        self.place = place
        self.address = address
    }
}

/// `meeting` where a document prints only its date: `{dateLong}`.
struct MeetingDate: Codable, Sendable {
    let dateLong: String

    init(_ date: CivilDate) { dateLong = DutchFormat.longDate(date) }
}
