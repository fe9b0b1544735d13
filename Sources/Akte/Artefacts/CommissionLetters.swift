import AkteCase
import AkteRules

/// Convocation of one member (or substitute) to one meeting (Wommelgem art. 45 §5, 46; Kinrooi art. 2, 3, 5).
public struct Convocation: Artefact {
    public let setting: CaseSetting
    public let meeting: Meeting
    public let member: String

    public var kind: ArtefactKind { .oproeping }
    public var fileName: String {
        Self.numbered(kind, "oproeping-\(meeting.date)-\(setting.fileSlug(member))")
    }

    /// The member sits as a substitute for the respondent (facts.composition).
    public var isSubstitute: Bool {
        setting.facts.composition.replacements.contains { $0.substitute == member }
    }

    public var typedContext: any DocumentContext {
        let s = setting
        let previous = meeting.previousMeeting.flatMap { s.commissionCase.meeting($0) }
        return ConvocationContext(
            municipality: .init(s), commission: .init(s), secretary: .secretary(s), signedBySecretary: s.signedBySecretary,
            case: .init(s), document: .init(s, date: s.sendingDate(meeting)),
            recipient: Flattened(.init(s, member), .init(isSubstitute: isSubstitute)),
            meeting: .init(s, meeting), agenda: NumberedText.numbered(meeting.agenda), file: .init(s, meeting),
            rules: .init(closedArticle: s.citations.closedMeetings, publicOnRequest: s.publicOnRequest,
                         substituteArticle: s.citations.substitute),
            notice: .init(s, meeting), urgent: meeting.urgent, urgency: .init(meeting),
            secondConvocation: meeting.secondConvocation,
            secondConvocationInfo: .init(
                firstDateLong: meeting.secondConvocation ? previous.map { DutchFormat.longDate($0.date) } ?? "" : "",
                article: meeting.secondConvocation ? s.citations.quorum : ""),
            request: .init(s, meeting), texts: .init(s.profile))
    }
}

/// Invitation to a hearing, to the reporter or the respondent (Wommelgem art. 52; Kinrooi art. 5, 12).
public struct HearingInvitation: Artefact {
    public let setting: CaseSetting
    public let meeting: Meeting
    public let person: String

    public var kind: ArtefactKind { .uitnodiging }
    public var fileName: String {
        Self.numbered(kind, "uitnodiging-hoorzitting-\(meeting.date)-\(setting.fileSlug(person))")
    }

    /// The date to answer by: never on or before the letter's own date (the rules refuse the letter,
    /// `hearing.noReplyTime`, when no working day is left before the hearing).
    var replyDate: CivilDate {
        HearingReply.date(hearing: meeting.date, letter: setting.sendingDate(meeting), calendar: setting.profile.calendar)
            ?? meeting.date.adding(days: -1)
    }

    public var typedContext: any DocumentContext {
        let s = setting
        let details = s.commissionCase.details
        let sending = s.sendingDate(meeting)
        return HearingInvitationContext(
            municipality: .init(s), commission: .init(s), secretary: .secretary(s), signedBySecretary: s.signedBySecretary,
            commissionDecides: s.profile.commissionModel == .decides,
            roles: .init(reporter: s.roleName(.melder), respondent: s.roleName(.vermeendeSchender)),
            code: Named(name: s.citations.codeName), case: .init(s), document: .init(s, date: sending),
            recipient: Flattened(.init(s, person), .init(isReporter: person == details.reporter,
                                                        isRespondent: person == details.respondent)),
            hearing: Flattened(.init(s, meeting), .init(trustedPersonAllowed: s.citations.stated("trustedPerson") != nil)),
            file: .init(s, meeting), reply: .init(date: replyDate, contact: s.contact),
            rules: .init(closedArticle: s.citations.closedMeetings, publicOnRequest: s.publicOnRequest,
                         hearingArticle: s.citations.hearing),
            texts: .init(s.profile))
    }
}

/// Invitation to a witness to be heard by the commission (Wommelgem art. 46 §5: the commission may call witnesses;
/// art. 52: witnesses may be heard, nobody can be obliged). The letter names neither the reporter nor the respondent
/// (art. 46 §6: discretion, care for the alleged violator).
public struct WitnessInvitation: Artefact {
    public let setting: CaseSetting
    public let meeting: Meeting
    public let person: String

    public var kind: ArtefactKind { .uitnodigingGetuige }
    public var fileName: String {
        Self.numbered(kind, "uitnodiging-getuige-\(meeting.date)-\(CaseSetting.slug(setting.name(person)))")
    }

    public var typedContext: any DocumentContext {
        let s = setting
        // The same answer date and contact as the parties' hearing invitation for this meeting.
        let hearing = HearingInvitation(setting: s, meeting: meeting, person: person)
        return WitnessInvitationContext(
            municipality: .init(s), commission: .init(s), secretary: .secretary(s), signedBySecretary: s.signedBySecretary,
            code: Named(name: s.citations.codeName), case: .init(s), document: .init(s, date: s.sendingDate(meeting)),
            recipient: .init(s, person), hearing: .init(s, meeting), reply: .init(date: hearing.replyDate, contact: s.contact),
            rules: .init(closedArticle: s.citations.closedMeetings, witnessArticle: s.citations.witnesses))
    }
}

/// Notification of the commission's decision to one recipient (Kinrooi art. 8).
public struct NotificationLetter: Artefact {
    public enum Capacity: Sendable, Hashable {
        case reporter, respondent, councilChair, executiveChair
        /// The alderman or fraction leader of the mandatary's staff member the report concerns (Kinrooi art. 8).
        case staffSupervisor
    }

    public let setting: CaseSetting
    public let person: String
    public let capacity: Capacity
    /// The parties always get the motivation; the chairs only of a founded decision (Kinrooi art. 8).
    public let withMotivation: Bool

    public var kind: ArtefactKind { .kennisgeving }
    public var fileName: String { Self.numbered(kind, "kennisgeving-\(setting.fileSlug(person))") }

    var founded: Bool { setting.commissionCase.assessment?.conclusion == .gegrond }
    var admissible: Bool {
        setting.commissionCase.assessment?.conclusion != .onontvankelijk && setting.commissionCase.details.admissibility?.admissible != false
    }

    var capacityText: String {
        let s = setting
        let kind = s.commissionCase.details.reportKind
        switch capacity {
        case .reporter: return "als betrokken partij (indiener van de \(kind))"
        case .respondent: return "als betrokken partij (de mandataris over wie de \(kind) gaat)"
        // The respondent never receives as chair: her replacement does, as acting chair (Kinrooi art. 2).
        case .councilChair: return "als \(s.commissionCase.councilChairIsActing ? "waarnemend " : "")voorzitter van de \(s.councilName)"
        case .executiveChair: return "als \(DutchPhrases.chairOf(executive: s.executiveName))"
        case .staffSupervisor: return "als schepen of fractievoorzitter van de medewerker over wie de \(kind) gaat"
        }
    }

    public var typedContext: any DocumentContext {
        let s = setting
        let c = s.commissionCase
        let decisionDate = c.assessment.flatMap { c.meeting($0.meeting) }?.date ?? c.details.reportReceived
        let documentDate = s.profile.calendar.addingWorkingDays(1, to: decisionDate)
        return NotificationLetterContext(
            municipality: .init(s), council: Named(name: s.councilName), commission: .init(s), secretary: .secretary(s),
            signedBySecretary: s.signedBySecretary, case: .init(s), document: .init(s, date: documentDate),
            decision: .init(date: DutchFormat.longDate(decisionDate)),
            recipient: Flattened(.init(s, person), .init(capacity: capacityText, isCouncilChair: capacity == .councilChair)),
            admissible: admissible, founded: founded, withMotivation: withMotivation,
            motivation: c.assessment?.motivation ?? [], notification: .init(s),
            rules: .init(notificationArticle: s.citations.notification))
    }
}
