import AkteCase
import AkteRules

/// Brief minutes of a commission meeting (Kinrooi art. 7): attendance, the gist without speakers' names.
public struct Minutes: Artefact {
    public let setting: CaseSetting
    public let meeting: Meeting

    public var kind: ArtefactKind { .verslag }
    public var fileName: String { Self.numbered(kind, "verslag-\(meeting.date)") }

    /// The agenda item that carries the case's hearings and deliberation: the last one naming the case number.
    var caseItemIndex: Int? {
        let number = setting.commissionCase.details.number
        return meeting.agenda.lastIndex { $0.contains(number) } ?? (meeting.agenda.isEmpty ? nil : meeting.agenda.count - 1)
    }

    /// The stated gist of item `index`, else one derived from the case: hearings (by role, never by name), the vote.
    func item(_ index: Int) -> (gist: String, outcome: String?) {
        let c = setting.commissionCase
        if index < meeting.gist.count {
            return (meeting.gist[index], derivedOutcome(index))
        }
        if meeting.quorumReached == false {
            return ("De meerderheid van de leden is niet aanwezig. De commissie kan niet rechtsgeldig beraadslagen; het punt wordt verdaagd naar een vergadering na tweede oproeping.", "het punt wordt verdaagd.")
        }
        guard index == caseItemIndex else { return ("De commissie bespreekt dit punt.", nil) }
        var sentences: [String] = []
        let hearings = c.hearings.filter { $0.meeting == meeting.id }
        func roles(_ status: HearingStatus) -> [String] {
            hearings.filter { $0.status == status }.map { h in (setting.roleName(h.role) == "getuige" ? "een " : "de ") + setting.roleName(h.role) }
        }
        let heard = roles(.gehoord), declined = roles(.weigerde), absent = roles(.afwezig)
        if !heard.isEmpty { sentences.append("De commissie hoort \(DutchFormat.list(heard)).") }
        if !declined.isEmpty { sentences.append(DutchPhrases.capitalised("\(DutchFormat.list(declined)) \(declined.count == 1 ? "ging" : "gingen") niet in op de uitnodiging om gehoord te worden.")) }
        if !absent.isEmpty { sentences.append(DutchPhrases.capitalised("\(DutchFormat.list(absent)) \(absent.count == 1 ? "is" : "zijn") niet aanwezig op de hoorzitting.")) }
        if let a = c.assessment, a.meeting == meeting.id {
            sentences.append("De commissie beraadslaagt over de \(c.details.reportKind) en stemt.")
            if !a.dissent.isEmpty {
                // An advice (Wommelgem art. 52) is not a decision; the Kinrooi decision may include a dissent (art. 6).
                let document = setting.profile.commissionModel == .decides ? "de beslissing" : "het advies"
                sentences.append("Een afwijkend standpunt wordt in \(document) opgenomen.")
            }
        }
        if sentences.isEmpty { sentences.append("De commissie bespreekt dit punt.") }
        return (sentences.joined(separator: " "), derivedOutcome(index))
    }

    func derivedOutcome(_ index: Int) -> String? {
        let c = setting.commissionCase
        guard index == caseItemIndex, let a = c.assessment, a.meeting == meeting.id else {
            return meeting.quorumReached == false ? "het punt wordt verdaagd." : nil
        }
        if setting.profile.commissionModel == .advisesCouncil {
            return "het gemotiveerd advies aan de raad wordt vastgesteld (zie het afzonderlijke advies)."
        }
        let kind = c.details.reportKind
        switch a.conclusion {
        case .onontvankelijk: return "de \(kind) wordt onontvankelijk verklaard (zie de afzonderlijke beslissing)."
        case .gegrond: return "de \(kind) wordt ontvankelijk en gegrond verklaard (zie de afzonderlijke beslissing)."
        default: return "de \(kind) wordt ontvankelijk maar ongegrond verklaard (zie de afzonderlijke beslissing)."
        }
    }

    public var typedContext: any DocumentContext {
        let s = setting
        let c = s.commissionCase
        let members = s.facts.composition.members
        let absent = members.filter { !meeting.present.contains($0) && !meeting.excused.contains($0) }.map { AttendanceEntry.member(s, $0) }
        let facts = s.facts.meeting(meeting.id)
        let hasRule = s.profile.minutes != nil && s.profile.remarks != nil && facts?.minutesDeadline != nil
        let next = c.meetings.filter { $0.date > meeting.date }.min { $0.date < $1.date }
        // Remarks have a deadline only where the profile sets one (Kinrooi art. 7); the Wommelgem code has
        // none, and none is invented.
        let remarksDeadline = hasRule ? facts?.remarksDeadline : nil
        let items = meeting.agenda.enumerated().map { index, title in
            let (gist, outcome) = item(index)
            return MinutesContext.Item(number: "\(index + 1)", title: title, gist: gist,
                                       hasOutcome: outcome != nil, outcome: outcome ?? "")
        }
        return MinutesContext(
            municipality: .init(c.municipality), commission: .init(s), secretary: .secretary(s), meeting: .init(s, meeting),
            attendance: .init(
                present: AttendanceEntry.present(s, meeting),
                excused: meeting.excused.map { AttendanceEntry.member(s, $0) },
                absent: meeting.present.isEmpty ? [] : absent,
                alsoPresent: [AttendanceEntry(name: s.name(c.secretary), function: "\(s.secretaryFunction), secretaris")]),
            quorum: QuorumBlock(s, meeting), items: items,
            remarks: .init(
                hasRule: hasRule,
                // Kinrooi art. 7: the next meeting approves the minutes; when it comes before the end of the remarks
                // period, the minutes cannot allow remarks after it (finding 5).
                approvedFirst: hasRule && (next.flatMap { n in remarksDeadline.map { n.date <= $0 } } ?? false),
                sendBy: hasRule ? facts?.minutesDeadline.map(DutchFormat.longDate) ?? "" : "",
                period: hasRule ? s.profile.remarks.map(DutchPhrases.period) ?? "" : "",
                deadline: remarksDeadline.map(DutchFormat.longDate) ?? ""),
            nextMeeting: .init(hasDate: next != nil, dateLong: next.map { DutchFormat.longDate($0.date) } ?? ""),
            rules: .init(minutesArticle: s.citations.minutes), texts: .init(s.profile))
    }
}
