import AkteCase
import AkteRules

/// `file`: where and from when the case file can be consulted; `place` is a phrase after "ter inzage"
/// ("op het secretariaat …").
struct FileBlock: Codable, Sendable {
    let fromDate: String
    let place: String

    /// For a meeting: open from the day the letter is sent.
    init(_ setting: CaseSetting, _ m: Meeting) {
        fromDate = DutchFormat.longDate(setting.sendingDate(m))
        place = setting.filePlace(m)
    }
}
