import AkteCase

public enum NotificationRole: String, Sendable, Hashable {
    case reporter, respondent, councilChair, collegeChair, commissionMember

    public var dutch: String {
        switch self {
        case .reporter: return "melder"
        case .respondent: return "vermeende schender"
        case .councilChair: return "voorzitter van de raad"
        case .collegeChair: return "voorzitter van het college van burgemeester en schepenen / vast bureau"
        case .commissionMember: return "lid van de commissie"
        }
    }
}

public struct NotificationRecipient: Sendable, Hashable {
    public let person: String
    public let role: NotificationRole
    /// Whether the motivation goes with it (Kinrooi art. 8: the chairs learn only the outcome of an
    /// inadmissible or unfounded decision).
    public let withMotivation: Bool
}

/// Who is told what, and by when, once the commission has decided or advised.
public struct NotificationPlan: Sendable, Hashable {
    public let recipients: [NotificationRecipient]
    public let deadline: CivilDate?
    public let article: String
    /// The council chair puts the decision on the next council agenda "for acknowledgement" (kennisname).
    public let councilAcknowledgement: Bool
}

/// Notification of the outcome: Kinrooi art. 8 (a commission that decides), Wommelgem art. 52
/// (an inadmissible report: the members are informed; an admissible one: the advice goes to the council).
public enum Notifications {
    /// The respondent never receives as chair: when the report concerns the council chair, the person who
    /// replaces her (decision.actingChair, else deputyChair) receives in that capacity.
    public static func plan(for c: CommissionCase, profile: RuleProfile, composition: Composition) -> NotificationPlan? {
        let parties = [NotificationRecipient(person: c.details.reporter, role: .reporter, withMotivation: true),
                       NotificationRecipient(person: c.details.respondent, role: .respondent, withMotivation: true)]
        if let a = c.details.admissibility, !a.admissible, profile.commissionModel == .advisesCouncil {
            // Wommelgem art. 52: the procedure ends; the commission members are informed.
            return NotificationPlan(
                recipients: composition.members.map { NotificationRecipient(person: $0, role: .commissionMember, withMotivation: false) },
                deadline: nil, article: profile.reference("inadmissible") ?? "", councilAcknowledgement: false)
        }
        guard let assessment = c.assessment else { return nil }
        let decisionDate = c.meeting(assessment.meeting)?.date
        let deadline = profile.notification.flatMap { period in decisionDate.map { profile.calendar.addingWorkingDaysOrCalendar(period, to: $0) } }
        switch profile.commissionModel {
        case .advisesCouncil:
            // Wommelgem art. 52–53: the motivated advice goes to the council, which decides.
            return NotificationPlan(
                recipients: [NotificationRecipient(person: c.councilChairForCase, role: .councilChair, withMotivation: true)],
                deadline: deadline, article: profile.reference("adviceToCouncil") ?? "", councilAcknowledgement: false)
        case .decides:
            let founded = assessment.conclusion.findsBreach
            var recipients = parties
            if let college = c.collegeChair {
                recipients.append(NotificationRecipient(person: college, role: .collegeChair, withMotivation: founded))
            }
            recipients.append(NotificationRecipient(person: c.councilChairForCase, role: .councilChair, withMotivation: founded))
            return NotificationPlan(recipients: recipients, deadline: deadline,
                                    article: profile.notification?.article ?? profile.reference("councilDecision") ?? "", councilAcknowledgement: founded)
        }
    }
}
