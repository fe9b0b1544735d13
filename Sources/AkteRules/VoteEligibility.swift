import AkteCase

/// Who may vote (Wommelgem code art. 3; reglement art. 24; Kinrooi art. 6): in the commission only the
/// members sitting for the case, in the council only council members, never the respondent on a case that concerns them.
public enum VoteEligibility {
    public static func findings(_ v: Vote, in c: CommissionCase, profile: RuleProfile, composition: Composition) -> [Finding] {
        var d: [Finding] = []
        let scope: [DocumentScope] = (v.body == .commissie ? [.commissionOutcome] : [.councilDecision])
            + (v.meeting.map { [.minutes(meeting: $0)] } ?? [])
        let voters = v.inFavour + v.against + v.abstentions
        let duplicates = Set(voters.filter { p in voters.filter { $0 == p }.count > 1 })
        for p in duplicates.sorted() {
            d.append(Finding(.error, "vote.duplicate", "vote \(v.id): \(c.name(p)) votes more than once", at: v.position, blocks: scope))
        }
        let secretCount = v.counts.map { $0.inFavour + $0.against + $0.abstentions } ?? 0
        let respondent = c.details.respondent
        if voters.contains(respondent) {
            let article = Recusal.conflictOfInterestArticle(profile) ?? Recusal.articles(profile)(.member)
            d.append(Finding(.error, "recusal.respondentVotes", "vote \(v.id): \(c.name(respondent)) is the respondent and takes no part in the deliberation or the vote on a case that concerns them", article: article, at: v.position, blocks: scope))
        }
        switch v.body {
        case .commissie:
            // A substitute standing in for an absent member at the meeting of the vote votes in his place (art. 45 §3; Kinrooi art. 2).
            let standIns = v.meeting.flatMap(c.meeting).map { composition.standIns(at: $0, in: c) } ?? [:]
            for p in Set(voters).sorted() where p != respondent && !composition.sits(p) && standIns[p] == nil {
                d.append(Finding(.error, "vote.nonMember", "vote \(v.id): \(c.name(p)) is not a sitting member of the commission for this case", article: profile.reference("composition"), at: v.position, blocks: scope))
            }
            // A member votes at the meeting he attends (the minutes list him present).
            if let meetingID = v.meeting, let meeting = c.meeting(meetingID), !meeting.present.isEmpty {
                for p in Set(voters).sorted() where composition.sits(p) && !meeting.present.contains(p) {
                    d.append(Finding(.error, "vote.absentVoter", "vote \(v.id): \(c.name(p)) votes but is not listed present at meeting \(meetingID)", at: v.position, blocks: scope))
                }
            }
            let total = Set(voters).count + secretCount
            if total > composition.members.count {
                d.append(Finding(.error, "vote.tooMany", "vote \(v.id): \(total) votes for a commission of \(composition.members.count)", at: v.position, blocks: scope))
            }
        case .raad:
            for p in Set(voters).sorted() where p != respondent && !c.isCouncilMember(p) {
                let who = c.person(p)?.mandate.map { " (\($0))" } ?? ""
                d.append(Finding(.error, "vote.nonMember", "vote \(v.id): \(c.name(p))\(who) is not a member of the \(c.body.dutchName) and cannot vote in it", article: profile.reference("councilVoters"), at: v.position, blocks: scope))
            }
            let total = Set(voters).count + secretCount
            if total > c.effectiveCouncilSize {
                d.append(Finding(.error, "vote.tooMany", "vote \(v.id): \(total) votes for a council of \(c.effectiveCouncilSize)", at: v.position, blocks: scope))
            }
            if v.secret, secretCount > 0, !voters.contains(respondent), c.respondentIsCouncilMember {
                // A secret count cannot show that the respondent abstained from voting: say so, the council must record it.
                d.append(Finding(.note, "recusal.secretVote", "vote \(v.id) is secret: the decision must record that \(c.name(respondent)) did not take part", article: profile.commissionModel == .advisesCouncil ? "art. 3" : nil, at: v.position))
            }
        }
        return d
    }
}

extension CommissionCase {
    var respondentIsCouncilMember: Bool { isCouncilMember(details.respondent) }
}
