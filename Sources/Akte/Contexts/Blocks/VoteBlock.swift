import AkteCase
import AkteRules

/// `vote`: the vote lines the rules compute, in the order of the minutes ("16 stemmen voor: A, B en C."), and the
/// result by the body's rule.
struct VoteBlock: Codable, Sendable {
    let lines: [String]
    let outcome: String

    init(lines: [String], outcome: String) {
        self.lines = lines
        self.outcome = outcome
    }

    static func lines(_ setting: CaseSetting, _ voteID: String?) -> [String] {
        guard let voteID, let outcome = setting.facts.vote(voteID)?.outcome else { return [] }
        return outcome.dutchLines
    }

    /// The outcome by the body's rule, as the minutes state it ("Het voorstel is aangenomen met …", or for a tie
    /// decided by the chair "Bij staking van stemmen …: <adopted>.").
    static func outcome(_ setting: CaseSetting, _ voteID: String?, adopted: String) -> String {
        guard let voteID, let o = setting.facts.vote(voteID)?.outcome else { return "" }
        if o.decidedByChair {
            return "Bij staking van stemmen is de stem van de voorzitter doorslaggevend (\(setting.citations.decisions)): \(adopted)."
        }
        let verdict = o.result == .adopted ? "aangenomen met" : "verworpen met"
        let abstentions = o.abstentions == 0 ? "" : "; \(o.abstentions == 1 ? "de onthouding telt" : "de \(o.abstentions) onthoudingen tellen") niet mee"
        return "Het voorstel is \(verdict) \(DutchPhrases.counts(o)), op \(o.validVotes) geldig uitgebrachte stemmen\(abstentions)."
    }
}
