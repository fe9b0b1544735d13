import AkteRules

/// `notification`: the period within which the commission's decision is notified and its last day
/// ("tien werkdagen", "dinsdag 14 oktober 2025"; Kinrooi art. 8).
struct NotificationBlock: Codable, Sendable {
    let period: String
    let deadline: String

    init(_ setting: CaseSetting) {
        period = setting.profile.notification.map(DutchPhrases.period) ?? ""
        deadline = setting.facts.notificationDeadline.map(DutchFormat.longDate) ?? ""
    }
}
