import AkteCase
import AkteRules

/// Notification of a report or complaint by the commission's chair (Kinrooi art. 11: "De voorzitter van de
/// commissie stelt onverwijld de algemeen directeur, de voorzitter van de gemeenteraad … en de voorzitter van het
/// college … in kennis"; and the alderman or fraction leader of a mandatary's staff member it concerns).
/// Signed by the chair alone: the article gives the task to the chair, and the secretary is one of the recipients.
public struct ReportNotification: Artefact {
    public enum Capacity: Sendable, Hashable {
        case secretary, councilChair, collegeChair, staffSupervisor
    }

    public let setting: CaseSetting
    public let person: String
    public let capacity: Capacity

    public var kind: ArtefactKind { .kennisgevingMelding }
    public var fileName: String { Self.numbered(kind, "kennisgeving-melding-\(CaseSetting.slug(setting.name(person)))") }

    /// The phrase after "breng ik u": "als algemeen directeur".
    var capacityText: String {
        switch capacity {
        case .secretary: return "als \(setting.secretaryFunction)"
        case .councilChair: return "als \(DutchPhrases.chairOf(council: setting.councilName))"
        case .collegeChair: return "als \(DutchPhrases.chairOf(executive: setting.executiveName))"
        case .staffSupervisor: return "als schepen of fractievoorzitter van de betrokken medewerker"
        }
    }

    /// The recipients of Kinrooi art. 11, less the chair who writes (the council chair chairs the commission, art. 2).
    static func recipients(_ setting: CaseSetting) -> [(String, Capacity)] {
        let c = setting.commissionCase
        var list: [(String, Capacity)] = [(c.secretary, .secretary), (c.chair, .councilChair)]
        if let college = c.collegeChair { list.append((college, .collegeChair)) }
        if let supervisor = c.details.staffMemberOf { list.append((supervisor, .staffSupervisor)) }
        var seen: Set<String> = [setting.commissionChair]
        return list.filter { seen.insert($0.0).inserted }
    }

    public var typedContext: any DocumentContext {
        let s = setting
        let c = s.commissionCase
        return ReportNotificationContext(
            municipality: .init(s), commission: .init(s), code: Named(name: s.citations.codeName), case: .init(s),
            // Without delay (onverwijld): dated the day the report was received.
            document: .init(s, date: c.details.reportReceived),
            recipient: Flattened(.init(s, person), .init(capacity: capacityText, isStaffSupervisor: capacity == .staffSupervisor)),
            respondent: Named(name: s.namedWithForm(c.details.respondent)),
            rules: .init(reportNotificationArticle: s.citations.reportNotification, decisionArticle: s.citations.decisions))
    }
}

/// Invitation of the respondent to be heard by the council before it departs from the commission's advice
/// (Wommelgem art. 53: "Als de raad beslist om af te wijken van het advies dan moet de vermeende schender de kans
/// krijgen om door de raad zelf gehoord te worden vooraleer de raad ten gronde besluit"). Signed for the council by
/// its chair and the algemeen directeur, as the council's letters are (Wommelgem reglement art. 33: DLB art. 279–283).
public struct CouncilHearingInvitation: Artefact {
    public let setting: CaseSetting
    public let decision: CouncilDecision
    public let hearingDate: CivilDate

    public var kind: ArtefactKind { .uitnodigingRaad }
    public var fileName: String {
        Self.numbered(kind, "uitnodiging-raad-\(hearingDate)-\(CaseSetting.slug(setting.name(setting.commissionCase.details.respondent)))")
    }

    /// The council's own convocation period (Wommelgem reglement art. 2: "tenminste acht dagen vóór de dag van de vergadering"): the
    /// invitation goes out with the council's agenda.
    var documentDate: CivilDate { hearingDate.adding(days: -8) }

    /// Who signs for the council: its chair, unless the chair is the respondent.
    var councilSigner: String {
        let c = setting.commissionCase
        return c.chair == c.details.respondent ? (c.deputyChair ?? c.chair) : c.chair
    }

    /// The last working day at least three days before the hearing, as for the commission's hearings.
    var replyDate: CivilDate {
        var date = hearingDate.adding(days: -3)
        while !setting.profile.calendar.isWorkingDay(date) { date = date.adding(days: -1) }
        return date
    }

    public var typedContext: any DocumentContext {
        let s = setting
        let c = s.commissionCase
        let adviceDate = c.assessment.flatMap { c.meeting($0.meeting) }?.date
        let place = decision.place ?? Place(name: "de raadzaal", address: c.municipality.address)
        // The council's letters are answered to the algemeen directeur first.
        let contact = s.person(c.secretary)?.email ?? c.municipality.email ?? c.municipality.address ?? c.municipality.name
        return CouncilHearingInvitationContext(
            municipality: .init(s), council: .init(s, chair: councilSigner), commission: Named(name: s.commissionName),
            secretary: .init(s), case: .init(s), document: .init(s, date: documentDate), recipient: .init(s, c.details.respondent),
            advice: .init(date: adviceDate.map(DutchFormat.date) ?? ""),
            hearing: MeetingBlock(dateLong: DutchFormat.longDate(hearingDate), time: decision.time.map(DutchFormat.time) ?? "",
                                  place: place.name, address: place.address ?? c.municipality.address ?? c.municipality.name),
            file: .init(place: s.secretariat), reply: .init(date: replyDate, contact: contact),
            rules: .init(measuresArticle: s.citations.measures))
    }
}

/// Notice to a commission member that a report was declared inadmissible, which ends the procedure (Wommelgem
/// art. 52: "Wanneer de raadsvoorzitter en de algemeen directeur … besluiten dat de melding onontvankelijk is dan
/// betekent dit meteen het einde van de procedure … De commissieleden worden daarover wel geïnformeerd.").
/// Signed by the two who decided.
public struct InadmissibilityNotice: Artefact {
    public let setting: CaseSetting
    public let admissibility: Admissibility
    public let member: String

    public var kind: ArtefactKind { .onontvankelijkheid }
    public var fileName: String { Self.numbered(kind, "onontvankelijkheid-\(CaseSetting.slug(setting.name(member)))") }

    public var typedContext: any DocumentContext {
        let s = setting
        return InadmissibilityNoticeContext(
            municipality: .init(s), council: .init(s, chair: s.councilChair), commission: Named(name: s.commissionName),
            secretary: .init(s), case: .init(s), document: .init(s, date: admissibility.date), recipient: .init(s, member),
            admissibility: .init(date: DutchFormat.date(admissibility.date), hasMotivation: admissibility.motivation != nil,
                                 motivation: admissibility.motivation ?? ""),
            rules: .init(inadmissibleArticle: s.citations.inadmissible))
    }
}
