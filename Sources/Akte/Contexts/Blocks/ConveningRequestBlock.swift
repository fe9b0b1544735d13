import AkteCase
import AkteRules

/// `request` in a convocation: a meeting convened at the request of members (Wommelgem art. 46 §1; Kinrooi art. 3):
/// who asked (the sitting members only), when, how many of the sitting members, the article as the profile cites
/// it, and the proposed agenda. Every key is present, "" and false without a request.
struct ConveningRequestBlock: Codable, Sendable {
    let present: Bool
    let requesters: String
    let count: String
    let members: String
    let dateLong: String
    let article: String
    let hasProposedAgenda: Bool
    let proposedAgenda: [String]

    init(_ setting: CaseSetting, _ meeting: Meeting) {
        guard let request = meeting.request else {
            (present, requesters, count, members, dateLong, article) = (false, "", "", "", "", "")
            (hasProposedAgenda, proposedAgenda) = (false, [])
            return
        }
        let facts = setting.facts.requests.first { $0.meetingID == meeting.id }
        let sitting = facts?.sittingRequesters ?? request.by
        present = true
        requesters = DutchFormat.list(sitting.map(setting.name))
        count = "\(sitting.count)"
        members = "\(facts?.members ?? setting.facts.composition.members.count)"
        dateLong = DutchFormat.longDate(request.date)
        article = setting.citations.requestedConvening
        hasProposedAgenda = !request.proposedAgenda.isEmpty
        proposedAgenda = request.proposedAgenda
    }
}
