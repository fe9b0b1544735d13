import AkteCase
import AkteRules

/// `document`: the place and date a document is dated ("Heidebeek", "22 augustus 2025").
struct DocumentBlock: Codable, Sendable {
    let place: String
    let date: String

    init(_ setting: CaseSetting, date: CivilDate) {
        place = setting.commissionCase.municipality.name
        self.date = DutchFormat.date(date)
    }
}
