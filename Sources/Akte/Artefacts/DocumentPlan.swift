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
        for meeting in meetings {
            for member in setting.facts.composition.members {
                artefacts.append(Convocation(setting: setting, meeting: meeting, member: member))
            }
        }
        for hearing in c.hearings where hearing.role != .getuige {
            guard let meeting = c.meeting(hearing.meeting) else { continue }
            artefacts.append(HearingInvitation(setting: setting, meeting: meeting, person: hearing.person))
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
            }
        }
        if let decision = c.decision {
            if decision.vote == nil {
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
