import AkteCase
import AkteRules

/// Which documents a case's stage calls for.
public struct DocumentPlan: Sendable {
    public var artefacts: [any Artefact]
    /// Documents the stage calls for but the case lacks data for (printed as warnings).
    public var warnings: [String]

    /// A commission case: convocations per meeting per sitting member (the respondent member replaced by the
    /// substitute), hearing invitations to the reporter and the respondent, the motivated advice (advice model)
    /// or the commission's decision and its notifications (deciding model) once the assessment exists, the
    /// council's agenda item and signed decision once the decision exists, minutes per held meeting.
    public static func plan(for setting: CaseSetting) -> DocumentPlan {
        let c = setting.commissionCase
        if c.advice != nil { return advicePlan(for: setting) }
        var artefacts: [any Artefact] = []
        var warnings: [String] = []
        let meetings = c.meetings.sorted { $0.date < $1.date }
        // Letters are never addressed to their own signatory: the chair of this procedure convenes (Wommelgem
        // art. 46 §1; Kinrooi art. 3, 4) and signs, so receives no convocation, notification or invitation.
        let signatories: Set<String> = setting.signedBySecretary
            ? [setting.commissionChair, c.secretary] : [setting.commissionChair]
        // Kinrooi art. 11: the commission's chair tells the algemeen directeur and the two chairs of the report.
        if setting.profile.commissionModel == .decides {
            for (person, capacity) in ReportNotification.recipients(setting) {
                artefacts.append(ReportNotification(setting: setting, person: person, capacity: capacity))
            }
        }
        // Wommelgem art. 52: an inadmissible report ends the procedure; the members are informed, by the council
        // chair and the algemeen directeur who decided it.
        if setting.profile.commissionModel == .advisesCouncil, let a = c.details.admissibility, !a.admissible {
            let deciders: Set<String> = [c.chair, c.secretary]
            for member in setting.facts.composition.members where !deciders.contains(member) {
                artefacts.append(InadmissibilityNotice(setting: setting, admissibility: a, member: member))
            }
        }
        for meeting in meetings {
            for member in setting.facts.composition.members where !signatories.contains(member) {
                artefacts.append(Convocation(setting: setting, meeting: meeting, member: member))
            }
        }
        for hearing in c.hearings where !signatories.contains(hearing.person) {
            guard let meeting = c.meeting(hearing.meeting) else { continue }
            if hearing.role == .getuige {
                artefacts.append(WitnessInvitation(setting: setting, meeting: meeting, person: hearing.person))
            } else {
                artefacts.append(HearingInvitation(setting: setting, meeting: meeting, person: hearing.person))
            }
        }
        if let assessment = c.assessment {
            if assessment.vote == nil {
                warnings.append("\(assessment.position): assessment: no vote recorded (vote); the \(setting.profile.commissionModel == .decides ? "decision" : "advice") prints no vote lines")
            }
            switch setting.profile.commissionModel {
            case .advisesCouncil:
                artefacts.append(MotivatedAdvice(setting: setting, assessment: assessment))
            case .decides:
                artefacts.append(CommissionDecisionDocument(setting: setting, assessment: assessment))
                // Who is told what: the rules (Kinrooi art. 8), with or without the motivation.
                let notifications = Notifications.plan(for: c, profile: setting.profile, composition: setting.facts.composition)
                // (Without collegeChair the rules warn that the chair of the college is not notified.)
                var seen = Set<String>()
                for recipient in notifications?.recipients ?? [] where seen.insert(recipient.person).inserted {
                    // The council chair chairs the commission (Kinrooi art. 2) and signs the decision (art. 6): the
                    // signed decision is her notice of it; no letter to herself.
                    if signatories.contains(recipient.person) { continue }
                    let capacity: NotificationLetter.Capacity
                    switch recipient.role {
                    case .reporter: capacity = .reporter
                    case .respondent: capacity = .respondent
                    case .councilChair: capacity = .councilChair
                    case .collegeChair: capacity = .executiveChair
                    case .commissionMember: continue
                    }
                    artefacts.append(NotificationLetter(setting: setting, person: recipient.person, capacity: capacity,
                                                        withMotivation: recipient.withMotivation))
                }
                // Kinrooi art. 8: a founded decision also goes to the alderman or fraction leader of a mandatary's
                // staff member it concerns (the paragraph follows the list for a founded decision).
                if assessment.conclusion.findsBreach, let supervisor = c.details.staffMemberOf,
                   !signatories.contains(supervisor), seen.insert(supervisor).inserted {
                    artefacts.append(NotificationLetter(setting: setting, person: supervisor, capacity: .staffSupervisor, withMotivation: true))
                }
            }
        }
        // Wommelgem art. 53: a council departing from the advice first hears the respondent itself.
        if let decision = c.decision, !decision.followsAdvice, let heard = decision.respondentHeard,
           setting.profile.commissionModel == .advisesCouncil {
            artefacts.append(CouncilHearingInvitation(setting: setting, decision: decision, hearingDate: heard))
        }
        if let decision = c.decision {
            // Kinrooi art. 8: the council takes note of the commission's decision; it does not vote on it.
            if decision.vote == nil, setting.profile.commissionModel != .decides {
                warnings.append("\(decision.position): decision: no vote recorded (vote); the signed decision prints no vote lines")
            }
            artefacts.append(CouncilItem(setting: setting, decision: decision, signed: false))
            artefacts.append(CouncilItem(setting: setting, decision: decision, signed: true))
        }
        for meeting in meetings where !meeting.present.isEmpty || meeting.quorumReached != nil {
            artefacts.append(Minutes(setting: setting, meeting: meeting))
        }
        return DocumentPlan(artefacts: artefacts, warnings: warnings)
    }

    /// A reflection-chamber session: its anonymised report.
    public static func plan(for session: ReflectionSession) -> DocumentPlan {
        DocumentPlan(artefacts: [ReflectionReport(session: session)], warnings: [])
    }
}
