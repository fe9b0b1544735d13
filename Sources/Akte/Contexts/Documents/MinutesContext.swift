/// `verslag`: the brief minutes of a commission meeting (Kinrooi art. 7): attendance, the gist without speakers' names.
struct MinutesContext: DocumentContext {
    let municipality: MunicipalityBlock.Heading
    let commission: CommissionBlock
    let secretary: Named
    let meeting: MeetingBlock
    let attendance: Attendance
    let quorum: QuorumBlock
    let items: [Item]
    let remarks: Remarks
    let nextMeeting: NextMeeting
    let rules: Rules
    let texts: ProfileTexts<Texts>

    struct Attendance: Codable, Sendable {
        let present: [AttendanceEntry]
        let excused: [AttendanceEntry]
        /// Members neither present nor excused, printed as the others ("Jan Peeters, lid;").
        let absent: [AttendanceEntry]
        let alsoPresent: [AttendanceEntry]
    }

    struct Item: Codable, Sendable {
        let number: String
        let title: String
        let gist: String
        let hasOutcome: Bool
        let outcome: String
    }

    /// Kinrooi art. 7: the minutes sent within a period, remarks within another; without a rule every key is "".
    struct Remarks: Codable, Sendable {
        let hasRule: Bool
        let approvedFirst: Bool
        let sendBy: String
        let period: String
        let deadline: String
    }

    struct NextMeeting: Codable, Sendable {
        let hasDate: Bool
        let dateLong: String
    }

    struct Rules: Codable, Sendable {
        let minutesArticle: String
    }

    enum Texts: String, CodingKey, CaseIterable, Sendable {
        case minutesSpeakers, deliberationSecret, minutesApproval, minutesConfidential
    }
}
