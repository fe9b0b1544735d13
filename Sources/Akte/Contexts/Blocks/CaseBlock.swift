import AkteRules

/// `case`: the case as a document cites it. Letters to the parties and the decision cite it in full (`Full`);
/// the others the parts they print, so each template's context holds exactly the keys it uses.
enum CaseBlock {
    struct Full: Codable, Sendable {
        let number: String
        /// Short description, lower case (used mid-sentence).
        let subject: String
        /// "melding" or "klacht".
        let reportKind: String
        let receivedDate: String

        init(_ setting: CaseSetting) {
            let d = setting.commissionCase.details
            number = d.number
            subject = DutchPhrases.midSentence(d.subject)
            reportKind = d.reportKind
            receivedDate = DutchFormat.date(d.reportReceived)
        }
    }

    /// The convocations and the advice documents: `{number}`.
    struct Number: Codable, Sendable {
        let number: String

        init(_ setting: CaseSetting) { number = setting.commissionCase.details.number }
    }

    /// The witness's letter names the kind of report, not its subject (Wommelgem art. 46 §6: discretion).
    struct Witness: Codable, Sendable {
        let number: String
        let reportKind: String

        init(_ setting: CaseSetting) {
            number = setting.commissionCase.details.number
            reportKind = setting.commissionCase.details.reportKind
        }
    }

    /// The advice: `{number, subject}`.
    struct Advice: Codable, Sendable {
        let number: String
        let subject: String

        init(_ setting: CaseSetting) {
            number = setting.commissionCase.details.number
            subject = DutchPhrases.midSentence(setting.commissionCase.details.subject)
        }
    }

    /// The council's hearing of the respondent: `{number, subject, reportKind}`.
    struct CouncilHearing: Codable, Sendable {
        let number: String
        let subject: String
        let reportKind: String

        init(_ setting: CaseSetting) {
            let d = setting.commissionCase.details
            number = d.number
            subject = DutchPhrases.midSentence(d.subject)
            reportKind = d.reportKind
        }
    }

    /// The council's items: `{reportKind}`.
    struct ReportKind: Codable, Sendable {
        let reportKind: String

        init(_ setting: CaseSetting) { reportKind = setting.commissionCase.details.reportKind }
    }
}
