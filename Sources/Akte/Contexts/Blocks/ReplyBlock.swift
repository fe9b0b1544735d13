import AkteCase
import AkteRules

/// `reply`: the date to answer an invitation by, and where (`contact`, a phrase in brackets: e-mail, phone).
struct ReplyBlock: Codable, Sendable {
    let date: String
    let contact: String

    init(date: CivilDate, contact: String) {
        self.date = DutchFormat.longDate(date)
        self.contact = contact
    }
}
