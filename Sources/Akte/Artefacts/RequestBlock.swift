import AkteCase
import AkteRules
import AkteTemplate

extension Convocation {
    /// `request`: a meeting convened at the request of members (Wommelgem art. 46 §1; Kinrooi art. 3): who asked,
    /// when, how many of the sitting members, the article as the profile cites it, and the proposed agenda.
    var requestBlock: TemplateValue {
        let s = setting
        guard let request = meeting.request else {
            return .map(["present": .bool(false), "requesters": .string(""), "count": .string(""), "members": .string(""),
                         "dateLong": .string(""), "article": .string(""), "hasProposedAgenda": .bool(false),
                         "proposedAgenda": .list([])])
        }
        let facts = s.facts.requests.first { $0.meetingID == meeting.id }
        let requesters = facts?.sittingRequesters ?? request.by
        return .map([
            "present": .bool(true),
            "requesters": .string(DutchFormat.list(requesters.map(s.name))),
            "count": .string("\(requesters.count)"),
            "members": .string("\(facts?.members ?? s.facts.composition.members.count)"),
            "dateLong": .string(DutchFormat.longDate(request.date)),
            "article": .string(s.citation("requestedConvening", article: s.profile.requestedConvening?.article)),
            "hasProposedAgenda": .bool(!request.proposedAgenda.isEmpty),
            "proposedAgenda": .list(request.proposedAgenda.map { .string($0) }),
        ])
    }
}
