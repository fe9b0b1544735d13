import AkteCase
import AkteRules

/// `notice.sentence`: the notice rule applied to a convocation, with the article and the latest legal sending
/// date, in one sentence (Wommelgem art. 46 §1; Kinrooi art. 3).
struct NoticeBlock: Codable, Sendable {
    let sentence: String

    init(_ setting: CaseSetting, _ meeting: Meeting) {
        let profile = setting.profile
        let period = meeting.urgent ? profile.urgentNotice : profile.notice
        let cite = setting.citations.notice(urgent: meeting.urgent)
        let latest = setting.facts.meeting(meeting.id).map { DutchFormat.longDate($0.notice.latestSendingDate) } ?? ""
        let counting = profile.counting == .clearDays
            ? "de dag van verzending en de dag van de vergadering niet meegerekend"
            : "de dag van verzending meegerekend"
        let lead = meeting.urgent
            ? "Wegens hoogdringendheid wordt deze oproeping verzonden met inachtneming van de verkorte termijn van ten minste"
            : "Deze oproeping wordt verzonden met inachtneming van de termijn van ten minste"
        sentence = "\(lead) \(DutchPhrases.period(period)) vóór de vergadering (\(cite)), \(counting); de uiterste verzenddatum is \(latest)."
    }
}

/// `urgency.motivation`: the chair's motivation of an urgent meeting; "" when the meeting is not urgent.
struct UrgencyBlock: Codable, Sendable {
    let motivation: String

    init(_ meeting: Meeting) { motivation = meeting.urgent ? (meeting.urgencyMotivation ?? "") : "" }
}
