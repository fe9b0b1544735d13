import AkteCase
import AkteRules
import AkteTemplate

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

    /// The notice rule applied, with the article and the latest legal sending date (one sentence).
    public var noticeSentence: String {
        let s = setting
        let period = meeting.urgent ? s.profile.urgentNotice : s.profile.notice
        let cite = s.citation(meeting.urgent ? "urgentNotice" : "notice", article: period.article)
        let latest = s.facts.meeting(meeting.id).map { DutchFormat.longDate($0.notice.latestSendingDate) } ?? ""
        let counting = s.profile.counting == .clearDays
            ? "de dag van verzending en de dag van de vergadering niet meegerekend"
            : "de dag van verzending meegerekend"
        let lead = meeting.urgent
            ? "Wegens hoogdringendheid wordt deze oproeping verzonden met inachtneming van de verkorte termijn van ten minste"
            : "Deze oproeping wordt verzonden met inachtneming van de termijn van ten minste"
        return "\(lead) \(CaseSetting.period(period)) vóór de vergadering (\(cite)), \(counting); de uiterste verzenddatum is \(latest)."
    }

    public func context() -> TemplateValue {
        let s = setting
        let sending = s.sendingDate(meeting)
        let previous = meeting.previousMeeting.flatMap { s.commissionCase.meeting($0) }
        return .map([
            "municipality": s.municipality,
            "commission": s.commission,
            "secretary": s.secretary,
            "signedBySecretary": .bool(s.signedBySecretary),
            "case": .map(["number": .string(s.commissionCase.details.number)]),
            "document": s.document(date: sending),
            "recipient": s.recipient(member, extra: ["isSubstitute": .bool(isSubstitute)]),
            "meeting": s.meetingBlock(meeting),
            "agenda": .list(meeting.agenda.enumerated().map {
                .map(["number": .string("\($0.offset + 1)"), "text": .string($0.element)])
            }),
            "file": .map(["fromDate": .string(DutchFormat.longDate(sending)), "place": .string(s.filePlace(meeting))]),
            "rules": .map([
                "closedArticle": .string(s.closedArticle),
                "publicOnRequest": .bool(s.publicOnRequest),
                "substituteArticle": .string(s.citation("substitute", article: s.profile.reference("substitute"))),
            ]),
            "notice": .map(["sentence": .string(noticeSentence)]),
            "request": requestBlock,
            "texts": s.texts,
            "urgent": .bool(meeting.urgent),
            "urgency": .map(["motivation": .string(meeting.urgent ? (meeting.urgencyMotivation ?? "") : "")]),
            "secondConvocation": .bool(meeting.secondConvocation),
            "secondConvocationInfo": .map([
                "firstDateLong": .string(meeting.secondConvocation ? previous.map { DutchFormat.longDate($0.date) } ?? "" : ""),
                "article": .string(meeting.secondConvocation ? s.citation("quorum", article: s.profile.quorumArticle) : ""),
            ]),
        ])
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

    public func context() -> TemplateValue {
        let s = setting
        let details = s.commissionCase.details
        let sending = s.sendingDate(meeting)
        var hearing = s.meetingBlock(meeting)
        if case .map(var map) = hearing {
            map["trustedPersonAllowed"] = .bool(s.profile.citations["trustedPerson"] != nil)
            hearing = .map(map)
        }
        let contact = s.commissionCase.municipality.email ?? s.person(s.commissionCase.secretary)?.email
            ?? s.commissionCase.municipality.address ?? s.commissionCase.municipality.name
        return .map([
            "municipality": s.municipality,
            "commission": s.commission,
            "secretary": s.secretary,
            "signedBySecretary": .bool(s.signedBySecretary),
            // Kinrooi art. 6: the commission decides (in)admissibility itself, so the letter cannot say it was declared.
            "commissionDecides": .bool(s.profile.commissionModel == .decides),
            // The parties as the advice or the decision names them ("klager", "betrokken mandataris").
            "roles": .map(["reporter": .string(s.roleName(.melder)), "respondent": .string(s.roleName(.vermeendeSchender))]),
            "code": s.code,
            "case": s.caseBlock,
            "document": s.document(date: sending),
            "recipient": s.recipient(person, extra: [
                "isReporter": .bool(person == details.reporter),
                "isRespondent": .bool(person == details.respondent),
            ]),
            "hearing": hearing,
            "file": .map(["fromDate": .string(DutchFormat.longDate(sending)), "place": .string(s.filePlace(meeting))]),
            "reply": .map(["date": .string(DutchFormat.longDate(replyDate)), "contact": .string(contact)]),
            "rules": .map([
                "closedArticle": .string(s.closedArticle),
                "publicOnRequest": .bool(s.publicOnRequest),
                "hearingArticle": .string(s.citation("hearing")),
            ]),
            "texts": s.texts,
        ])
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

    public func context() -> TemplateValue {
        let s = setting
        let c = s.commissionCase
        let sending = s.sendingDate(meeting)
        // The same answer date and contact as the parties' hearing invitation for this meeting.
        let hearing = HearingInvitation(setting: s, meeting: meeting, person: person)
        let contact = c.municipality.email ?? s.person(c.secretary)?.email ?? c.municipality.address ?? c.municipality.name
        return .map([
            "municipality": s.municipality,
            "commission": s.commission,
            "secretary": s.secretary,
            "signedBySecretary": .bool(s.signedBySecretary),
            "code": s.code,
            "case": .map(["number": .string(c.details.number), "reportKind": .string(c.details.reportKind)]),
            "document": s.document(date: sending),
            "recipient": s.recipient(person),
            "hearing": s.meetingBlock(meeting),
            "reply": .map(["date": .string(DutchFormat.longDate(hearing.replyDate)), "contact": .string(contact)]),
            "rules": .map([
                "closedArticle": .string(s.closedArticle),
                // The profile's article on witnesses, else the one on hearing the parties (Kinrooi art. 12 refers to the code).
                "witnessArticle": .string(s.profile.citations["witnesses"] ?? s.citation("hearing")),
            ]),
        ])
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
        case .executiveChair: return "als voorzitter van het \(s.executiveName)"
        case .staffSupervisor: return "als schepen of fractievoorzitter van de medewerker over wie de \(kind) gaat"
        }
    }

    public func context() -> TemplateValue {
        let s = setting
        let c = s.commissionCase
        let decisionDate = c.assessment.flatMap { c.meeting($0.meeting) }?.date ?? c.details.reportReceived
        let documentDate = s.profile.calendar.addingWorkingDays(1, to: decisionDate)
        return .map([
            "municipality": s.municipality,
            "council": .map(["name": .string(s.councilName)]),
            "commission": s.commission,
            "secretary": s.secretary,
            "signedBySecretary": .bool(s.signedBySecretary),
            "case": s.caseBlock,
            "document": s.document(date: documentDate),
            "decision": .map(["date": .string(DutchFormat.longDate(decisionDate))]),
            "recipient": s.recipient(person, extra: [
                "capacity": .string(capacityText),
                "isCouncilChair": .bool(capacity == .councilChair),
            ]),
            "admissible": .bool(admissible),
            "founded": .bool(founded),
            "withMotivation": .bool(withMotivation),
            "motivation": .list((c.assessment?.motivation ?? []).map(TemplateValue.string)),
            "notification": s.notificationBlock,
            "rules": .map(["notificationArticle": .string(s.citation("notification", article: s.profile.notification?.article))]),
        ])
    }
}

extension CaseSetting {
    /// "tien werkdagen", "dinsdag 14 oktober 2025".
    var notificationBlock: TemplateValue {
        .map([
            "period": .string(profile.notification.map(CaseSetting.period) ?? ""),
            "deadline": .string(facts.notificationDeadline.map(DutchFormat.longDate) ?? ""),
        ])
    }
}
