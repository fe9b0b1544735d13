import AkteCase
import AkteRules
import AkteTemplate

// The documents of the advice procedure on the code and its application (`kind: advies`): the convocation citing
// the request, the advice itself, and the letters communicating it (Wommelgem art. 47, 54; Kinrooi art. 13–15).

extension DocumentPlan {
    /// An advice procedure: convocations per meeting per member, the advice once adopted, and one letter per
    /// addressee the profile names (Kinrooi art. 15: both chairs; Wommelgem art. 47: the council, through its chair).
    static func advicePlan(for setting: CaseSetting) -> DocumentPlan {
        let c = setting.commissionCase
        var artefacts: [any Artefact] = []
        for meeting in c.meetings.sorted(by: { $0.date < $1.date }) {
            for member in setting.facts.composition.members {
                artefacts.append(AdviceConvocation(setting: setting, meeting: meeting, member: member))
            }
        }
        if let advice = c.advice?.advice, let meeting = c.meeting(advice.meeting) {
            artefacts.append(AdviceDocument(setting: setting, advice: advice, meeting: meeting))
            var seen = Set<String>()
            for addressee in setting.profile.adviceProcedure?.addressees ?? [] {
                let person = addressee == .councilChair ? setting.councilChair : c.collegeChair
                // Without collegeChair the rules refuse the case (advice.collegeChairMissing).
                guard let person, seen.insert(person).inserted else { continue }
                artefacts.append(AdviceLetter(setting: setting, advice: advice, meeting: meeting, person: person, addressee: addressee))
            }
        }
        return DocumentPlan(artefacts: artefacts, warnings: [])
    }
}

extension CaseSetting {
    /// The request as documents state it: who asked, when, and the question.
    var adviceRequestBlock: TemplateValue {
        guard let r = c.advice else { return .map([:]) }
        return .map([
            "byCouncil": .bool(r.by == .raad),
            "ownInitiative": .bool(r.by == .eigenInitiatief),
            "dateLong": .string(DutchFormat.longDate(r.date)),
            "hasReceived": .bool(r.received != nil),
            "receivedLong": .string(r.received.map(DutchFormat.longDate) ?? ""),
            "question": .string(r.question),
            "hasOnAgenda": .bool(r.onAgenda != nil),
            "onAgendaLong": .string(r.onAgenda.map(DutchFormat.longDate) ?? ""),
            "hasExtension": .bool(r.extensionRequest != nil),
            "extensionLong": .string(r.extensionRequest.map { DutchFormat.longDate($0.requested) } ?? ""),
            "hasExtensionUntil": .bool(r.extensionRequest?.until != nil),
            "extensionUntilLong": .string(r.extensionRequest?.until.map(DutchFormat.longDate) ?? ""),
        ])
    }

    /// The profile's citations for the advice procedure; "" where it has none (the template then cites nothing).
    var adviceRules: TemplateValue {
        func cite(_ purpose: String) -> TemplateValue { .string(profile.citations[purpose] ?? "") }
        return .map([
            "requestArticle": cite("adviceRequest"),
            "hasRequestArticle": .bool(profile.citations["adviceRequest"] != nil),
            "termArticle": cite("adviceTerm"),
            "hasTermArticle": .bool(profile.citations["adviceTerm"] != nil),
            "communicationArticle": cite("adviceCommunication"),
            "hasCommunicationArticle": .bool(profile.citations["adviceCommunication"] != nil),
        ])
    }

    /// The advice term that applies, when the rules set one and the agenda date is known (Kinrooi art. 14).
    var adviceTermBlock: TemplateValue {
        let term = facts.advice?.advice
        return .map([
            "present": .bool(term != nil),
            "period": .string(term.map { CaseSetting.period($0.period) } ?? ""),
            "deadlineLong": .string(term.map { DutchFormat.longDate($0.deadline) } ?? ""),
        ])
    }
}

/// Convocation of one member to a meeting on an advice request (Kinrooi art. 3, 13; Wommelgem art. 46, 47).
public struct AdviceConvocation: Artefact {
    public let setting: CaseSetting
    public let meeting: Meeting
    public let member: String

    public var kind: ArtefactKind { .oproepingAdvies }
    public var fileName: String {
        Self.numbered(kind, "oproeping-advies-\(meeting.date)-\(setting.fileSlug(member))")
    }

    public func context() -> TemplateValue {
        let s = setting
        let sending = s.sendingDate(meeting)
        // The notice sentence is the same rule as for every convocation (Wommelgem art. 46 §1; Kinrooi art. 3).
        let notice = Convocation(setting: s, meeting: meeting, member: member).noticeSentence
        return .map([
            "municipality": s.municipality,
            "commission": s.commission,
            "council": .map(["name": .string(s.councilName)]),
            "code": s.code,
            "secretary": s.secretary,
            "signedBySecretary": .bool(s.signedBySecretary),
            "case": .map(["number": .string(s.commissionCase.details.number)]),
            "document": s.document(date: sending),
            "recipient": s.recipient(member),
            "meeting": s.meetingBlock(meeting),
            "agenda": .list(meeting.agenda.enumerated().map {
                .map(["number": .string("\($0.offset + 1)"), "text": .string($0.element)])
            }),
            "file": .map(["fromDate": .string(DutchFormat.longDate(sending)), "place": .string(s.filePlace(meeting))]),
            "request": s.adviceRequestBlock,
            "adviceRules": s.adviceRules,
            "term": s.adviceTermBlock,
            "rules": .map(["closedArticle": .string(s.closedArticle)]),
            "notice": .map(["sentence": .string(notice)]),
            "texts": s.texts,
            "urgent": .bool(meeting.urgent),
            "urgency": .map(["motivation": .string(meeting.urgent ? (meeting.urgencyMotivation ?? "") : "")]),
        ])
    }
}

/// "Advies van de deontologische commissie" on the code and its application, signed by the chair and the secretary.
public struct AdviceDocument: Artefact {
    public let setting: CaseSetting
    public let advice: AdviceText
    public let meeting: Meeting

    public var kind: ArtefactKind { .adviesCode }
    public var fileName: String { Self.numbered(kind, "advies-code-\(meeting.date)") }

    public func context() -> TemplateValue {
        let s = setting
        return .map([
            "municipality": s.municipality,
            "commission": s.commission,
            "council": .map(["name": .string(s.councilName)]),
            "secretary": s.secretary,
            "code": s.code,
            "case": .map(["number": .string(s.commissionCase.details.number)]),
            "document": s.document(date: meeting.date),
            "meeting": s.meetingBlock(meeting),
            "request": s.adviceRequestBlock,
            "adviceRules": s.adviceRules,
            "paragraphs": .list(advice.text.map(TemplateValue.string)),
            "voteLines": .list(s.voteLines(advice.vote)),
            "hasVote": .bool(!s.voteLines(advice.vote).isEmpty),
            "recipientsText": .string(DutchFormat.list(s.profile.adviceProcedure?.recipients ?? [])),
            "hasRecipients": .bool(!(s.profile.adviceProcedure?.recipients ?? []).isEmpty),
            "texts": s.texts,
        ])
    }
}

/// The letter communicating the advice to one addressee (Kinrooi art. 15; Wommelgem art. 47 "aan de raad").
public struct AdviceLetter: Artefact {
    public let setting: CaseSetting
    public let advice: AdviceText
    public let meeting: Meeting
    public let person: String
    public let addressee: AdviceAddressee

    public var kind: ArtefactKind { .mededelingAdvies }
    public var fileName: String { Self.numbered(kind, "mededeling-advies-\(setting.fileSlug(person))") }

    var capacity: String {
        switch addressee {
        case .councilChair: return "voorzitter van de \(setting.councilName)"
        case .collegeChair: return "voorzitter van het \(setting.executiveName)"
        }
    }

    public func context() -> TemplateValue {
        let s = setting
        let letterDate = s.profile.calendar.addingWorkingDays(1, to: meeting.date)
        return .map([
            "municipality": s.municipality,
            "commission": s.commission,
            "council": .map(["name": .string(s.councilName)]),
            "code": s.code,
            "secretary": s.secretary,
            "signedBySecretary": .bool(s.signedBySecretary),
            "case": .map(["number": .string(s.commissionCase.details.number)]),
            "document": s.document(date: letterDate),
            "recipient": s.recipient(person, extra: [
                "capacity": .string(capacity),
                "isCouncilChair": .bool(addressee == .councilChair),
            ]),
            "advice": .map(["dateLong": .string(DutchFormat.longDate(meeting.date))]),
            "request": s.adviceRequestBlock,
            "adviceRules": s.adviceRules,
            "texts": s.texts,
        ])
    }
}
