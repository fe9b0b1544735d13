import AkteCase
import AkteRules

// The documents of the advice procedure on the code and its application (`kind: advies`): the convocation citing
// the request, the advice itself, and the letters communicating it (Wommelgem art. 47, 54; Kinrooi art. 13–15).

extension DocumentPlan {
    /// An advice procedure: convocations per meeting per member, the advice once adopted, and one letter per
    /// addressee the profile names (Kinrooi art. 15: both chairs; Wommelgem art. 47: the council, through its chair).
    static func advicePlan(for setting: CaseSetting) -> DocumentPlan {
        let c = setting.commissionCase
        guard let request = c.advice else { return DocumentPlan(artefacts: [], warnings: []) }
        var artefacts: [any Artefact] = []
        for meeting in c.meetings.sorted(by: { $0.date < $1.date }) {
            for member in setting.facts.composition.members {
                artefacts.append(AdviceConvocation(setting: setting, request: request, meeting: meeting, member: member))
            }
        }
        if let advice = request.advice, let meeting = c.meeting(advice.meeting) {
            artefacts.append(AdviceDocument(setting: setting, request: request, advice: advice, meeting: meeting))
            var seen = Set<String>()
            for addressee in setting.profile.adviceProcedure?.addressees ?? [] {
                let person = addressee == .councilChair ? setting.councilChair : c.collegeChair
                // Without collegeChair the rules refuse the case (advice.collegeChairMissing).
                guard let person, seen.insert(person).inserted else { continue }
                artefacts.append(AdviceLetter(setting: setting, request: request, advice: advice, meeting: meeting, person: person, addressee: addressee))
            }
        }
        return DocumentPlan(artefacts: artefacts, warnings: [])
    }
}

/// Convocation of one member to a meeting on an advice request (Kinrooi art. 3, 13; Wommelgem art. 46, 47).
public struct AdviceConvocation: Artefact {
    public let setting: CaseSetting
    public let request: AdviceRequest
    public let meeting: Meeting
    public let member: String

    public var kind: ArtefactKind { .oproepingAdvies }
    public var fileName: String {
        Self.numbered(kind, "oproeping-advies-\(meeting.date)-\(setting.fileSlug(member))")
    }

    public var typedContext: any DocumentContext {
        let s = setting
        return AdviceConvocationContext(
            municipality: .init(s), commission: .init(s), council: Named(name: s.councilName),
            code: Named(name: s.citations.codeName), secretary: .secretary(s), signedBySecretary: s.signedBySecretary,
            case: .init(s), document: .init(s, date: s.sendingDate(meeting)), recipient: .init(s, member),
            meeting: .init(s, meeting), agenda: NumberedText.numbered(meeting.agenda), file: .init(s, meeting),
            request: .init(request), adviceRules: Flattened(.init(s.citations), .init(s.citations)), term: .init(s),
            rules: .init(closedArticle: s.citations.closedMeetings),
            // The notice sentence is the same rule as for every convocation (Wommelgem art. 46 §1; Kinrooi art. 3).
            notice: .init(s, meeting), texts: .init(s.profile), urgent: meeting.urgent, urgency: .init(meeting))
    }
}

/// "Advies van de deontologische commissie" on the code and its application, signed by the chair and the secretary.
public struct AdviceDocument: Artefact {
    public let setting: CaseSetting
    public let request: AdviceRequest
    public let advice: AdviceText
    public let meeting: Meeting

    public var kind: ArtefactKind { .adviesCode }
    public var fileName: String { Self.numbered(kind, "advies-code-\(meeting.date)") }

    public var typedContext: any DocumentContext {
        let s = setting
        let lines = VoteBlock.lines(s, advice.vote)
        let recipients = s.profile.adviceProcedure?.recipients ?? []
        return AdviceDocumentContext(
            municipality: .init(s.commissionCase.municipality), commission: .init(s), council: Named(name: s.councilName),
            secretary: .secretary(s), code: Named(name: s.citations.codeName), case: .init(s), meeting: .init(meeting.date),
            request: Flattened(.init(request), .init(request)),
            adviceRules: Flattened(Flattened(.init(s.citations), .init(s.citations)), .init(s.citations)), paragraphs: advice.text,
            voteLines: lines, hasVote: !lines.isEmpty, recipientsText: DutchFormat.list(recipients),
            hasRecipients: !recipients.isEmpty, texts: .init(s.profile))
    }
}

/// The letter communicating the advice to one addressee (Kinrooi art. 15; Wommelgem art. 47 "aan de raad").
public struct AdviceLetter: Artefact {
    public let setting: CaseSetting
    public let request: AdviceRequest
    public let advice: AdviceText
    public let meeting: Meeting
    public let person: String
    public let addressee: AdviceAddressee

    public var kind: ArtefactKind { .mededelingAdvies }
    public var fileName: String { Self.numbered(kind, "mededeling-advies-\(setting.fileSlug(person))") }

    var capacity: String {
        switch addressee {
        case .councilChair: return DutchPhrases.chairOf(council: setting.councilName)
        case .collegeChair: return DutchPhrases.chairOf(executive: setting.executiveName)
        }
    }

    public var typedContext: any DocumentContext {
        let s = setting
        let letterDate = s.profile.calendar.addingWorkingDays(1, to: meeting.date)
        return AdviceLetterContext(
            municipality: .init(s), commission: .init(s), council: Named(name: s.councilName),
            code: Named(name: s.citations.codeName), secretary: .secretary(s), signedBySecretary: s.signedBySecretary,
            case: .init(s), document: .init(s, date: letterDate),
            recipient: Flattened(.init(s, person), .init(capacity: capacity, isCouncilChair: addressee == .councilChair)),
            advice: .init(dateLong: DutchFormat.longDate(meeting.date)), request: .init(request),
            adviceRules: Flattened(.init(s.citations), .init(s.citations)), texts: .init(s.profile))
    }
}
