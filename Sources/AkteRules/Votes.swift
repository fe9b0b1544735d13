import AkteCase

public enum VoteResult: String, Sendable, Hashable {
    case adopted, rejected
    public var dutch: String { self == .adopted ? "aangenomen" : "verworpen" }
}

/// The outcome of a vote under a body's rule.
public struct VoteOutcome: Sendable, Hashable {
    public let inFavour: Int
    public let against: Int
    public let abstentions: Int
    public let result: VoteResult
    public let tie: Bool
    /// True when the chair's vote settled a tie (Kinrooi art. 6).
    public let decidedByChair: Bool
    public let unanimous: Bool
    public let rule: TieRule
    /// Explanation of how the result follows from the rule (English, with the article).
    public let explanation: String
    /// The Dutch lines as the minutes write them (`16 stemmen voor: A, B en C.`).
    public let dutchLines: [String]

    /// Validly cast votes: for + against (abstentions, blank and invalid votes not counted).
    public var validVotes: Int { inFavour + against }
}

/// Votes and majorities: absolute majority of the validly cast votes (Wommelgem reglement art. 24 §2);
/// a tie rejects (art. 24 §2, 27 §2) or the chair decides (Kinrooi art. 6).
public enum Votes {
    /// `16 stemmen voor: A, B en C.` / `1 stem tegen: X.` / `3 onthoudingen: …` / `1 onthouding: …`.
    public static func dutchLine(count: Int, singular: String, plural: String, names: [String]) -> String {
        let label = "\(count) \(count == 1 ? singular : plural)"
        return names.isEmpty ? "\(label)." : "\(label): \(DutchFormat.list(names))."
    }

    /// Evaluates named votes (or counts for a secret vote) under `rule`.
    /// - Parameter chairVote: how the chair voted, needed to settle a tie under `.chairDecides`.
    public static func evaluate(inFavour: [String], against: [String], abstentions: [String],
                                counts: VoteCounts? = nil, secret: Bool = false, rule: TieRule,
                                ruleArticle: String? = nil, chairVote: VoteChoice? = nil) -> VoteOutcome {
        let f = counts?.inFavour ?? inFavour.count
        let a = counts?.against ?? against.count
        let ab = counts?.abstentions ?? abstentions.count
        let valid = f + a
        let tie = f == a
        var decidedByChair = false
        let result: VoteResult
        let article = ruleArticle.map { " (\($0))" } ?? ""
        var explanation: String
        if valid == 0 {
            result = .rejected
            explanation = "no valid votes: the proposal is not adopted"
        } else if f * 2 > valid {
            result = .adopted
            explanation = "\(f) of \(valid) valid votes in favour: absolute majority (more than half, abstentions not counted)"
        } else if !tie {
            result = .rejected
            explanation = "\(f) of \(valid) valid votes in favour: no absolute majority"
        } else {
            switch rule {
            case .rejected:
                result = .rejected
                explanation = "tie \(f)–\(a): the proposal is rejected, the chair's vote does not decide\(article)"
            case .chairDecides:
                if let chairVote, chairVote != .abstain, !secret {
                    decidedByChair = true
                    result = chairVote == .inFavour ? .adopted : .rejected
                    explanation = "tie \(f)–\(a): the chair voted \(chairVote == .inFavour ? "for" : "against"), the chair's vote decides\(article)"
                } else {
                    result = .rejected
                    explanation = "tie \(f)–\(a): the chair's vote would decide\(article), but the chair's vote is not known (abstained, absent or secret); not adopted"
                }
            }
        }
        var lines: [String]
        if secret {
            lines = ["Bij geheime stemming: " + DutchFormat.list([
                "\(f) \(f == 1 ? "stem" : "stemmen") voor",
                "\(a) \(a == 1 ? "stem" : "stemmen") tegen",
                "\(ab) \(ab == 1 ? "onthouding" : "onthoudingen")",
            ]) + "."]
        } else {
            lines = []
            if f > 0 { lines.append(dutchLine(count: f, singular: "stem voor", plural: "stemmen voor", names: inFavour)) }
            if a > 0 { lines.append(dutchLine(count: a, singular: "stem tegen", plural: "stemmen tegen", names: against)) }
            if ab > 0 { lines.append(dutchLine(count: ab, singular: "onthouding", plural: "onthoudingen", names: abstentions)) }
        }
        let unanimous = valid > 0 && (a == 0 || f == 0) && ab == 0
        return VoteOutcome(inFavour: f, against: a, abstentions: ab, result: result, tie: tie && valid > 0,
                           decidedByChair: decidedByChair, unanimous: unanimous, rule: rule,
                           explanation: explanation, dutchLines: lines)
    }

    /// "Met eenparigheid van stemmen." for a unanimous vote; the seed still lists the names (16 stemmen voor: …).
    public static let unanimityLine = "Met eenparigheid van stemmen."
}

public enum VoteChoice: String, Sendable, Hashable {
    case inFavour, against, abstain
}
