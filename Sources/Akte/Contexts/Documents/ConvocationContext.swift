/// `oproeping`: the convocation of one member (or substitute) to one meeting (Wommelgem art. 45 §5, 46; Kinrooi art. 2, 3, 5).
struct ConvocationContext: DocumentContext {
    let municipality: MunicipalityBlock.Sender
    let commission: CommissionBlock
    let secretary: Named
    let signedBySecretary: Bool
    let `case`: CaseBlock.Number
    let document: DocumentBlock
    let recipient: Flattened<RecipientBlock, Member>
    let meeting: MeetingBlock
    let agenda: [NumberedText]
    let file: FileBlock
    let rules: Rules
    let notice: NoticeBlock
    let urgent: Bool
    let urgency: UrgencyBlock
    let secondConvocation: Bool
    let secondConvocationInfo: SecondConvocationInfo
    let request: ConveningRequestBlock
    let texts: ProfileTexts<Texts>

    struct Member: Codable, Sendable {
        /// The member sits as a substitute for the respondent; the letter says so without naming the member replaced.
        let isSubstitute: Bool
    }

    struct Rules: Codable, Sendable {
        let closedArticle: String
        let publicOnRequest: Bool
        let substituteArticle: String
    }

    /// Kinrooi art. 5: the first meeting's date and the article; "" unless `secondConvocation`.
    struct SecondConvocationInfo: Codable, Sendable {
        let firstDateLong: String
        let article: String
    }

    enum Texts: String, CodingKey, CaseIterable, Sendable { case membersSecrecy, requestedConvening }
}
