import AkteCase
import AkteRules

/// `request` in the advice documents: who asked, when, and the question (Wommelgem art. 47; Kinrooi art. 13–15).
struct AdviceRequestBlock: Codable, Sendable {
    let byCouncil: Bool
    let ownInitiative: Bool
    let dateLong: String
    let hasReceived: Bool
    let receivedLong: String
    let question: String

    init(_ r: AdviceRequest) {
        byCouncil = r.by == .raad
        ownInitiative = r.by == .eigenInitiatief
        dateLong = DutchFormat.longDate(r.date)
        hasReceived = r.received != nil
        receivedLong = r.received.map(DutchFormat.longDate) ?? ""
        question = r.question
    }
}

/// What the advice itself adds to `request`: when the request was put on the agenda and any extension asked.
struct AdviceRequestTimeline: Codable, Sendable {
    let hasOnAgenda: Bool
    let onAgendaLong: String
    let hasExtension: Bool
    let extensionLong: String
    let hasExtensionUntil: Bool
    let extensionUntilLong: String

    init(_ r: AdviceRequest) {
        hasOnAgenda = r.onAgenda != nil
        onAgendaLong = r.onAgenda.map(DutchFormat.longDate) ?? ""
        hasExtension = r.extensionRequest != nil
        extensionLong = r.extensionRequest.map { DutchFormat.longDate($0.requested) } ?? ""
        hasExtensionUntil = r.extensionRequest?.until != nil
        extensionUntilLong = r.extensionRequest?.until.map(DutchFormat.longDate) ?? ""
    }
}

/// `adviceRules`: the profile's citations for the advice procedure; "" (and has… false) where it has none, and
/// the template then cites nothing. Each document takes the ones it cites (`Flattened`).
enum AdviceRules {
    struct Request: Codable, Sendable {
        let requestArticle: String
        let hasRequestArticle: Bool

        init(_ citations: Citations) {
            requestArticle = citations.stated("adviceRequest") ?? ""
            hasRequestArticle = citations.stated("adviceRequest") != nil
        }
    }

    struct Term: Codable, Sendable {
        let termArticle: String
        let hasTermArticle: Bool

        init(_ citations: Citations) {
            termArticle = citations.stated("adviceTerm") ?? ""
            hasTermArticle = citations.stated("adviceTerm") != nil
        }
    }

    struct Communication: Codable, Sendable {
        let communicationArticle: String
        let hasCommunicationArticle: Bool

        init(_ citations: Citations) {
            communicationArticle = citations.stated("adviceCommunication") ?? ""
            hasCommunicationArticle = citations.stated("adviceCommunication") != nil
        }
    }
}

/// `term`: the advice term that applies, when the rules set one and the agenda date is known (Kinrooi art. 14).
struct AdviceTermBlock: Codable, Sendable {
    let present: Bool
    let period: String
    let deadlineLong: String

    init(_ setting: CaseSetting) {
        let term = setting.facts.advice?.advice
        present = term != nil
        period = term.map { DutchPhrases.period($0.period) } ?? ""
        deadlineLong = term.map { DutchFormat.longDate($0.deadline) } ?? ""
    }
}
