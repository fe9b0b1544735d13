import AkteCase
import Foundation

/// One item of `articles` in the advice and the commission's decision: an article of the code concerned, its text
/// from the profile when known, and the commission's assessment.
struct ArticleEntry: Codable, Sendable {
    let number: String
    let hasText: Bool
    let text: String
    let assessment: String

    /// The texts are quoted only when the profile's articles are the code's (`codeTitle` names the code): a profile
    /// of rules of procedure (Kinrooi) numbers other articles.
    static func articles(_ setting: CaseSetting) -> [ArticleEntry] {
        let profile = setting.profile
        let quotesCode = profile.codeTitle.map { $0.contains("code") } ?? true
        return setting.commissionCase.details.articles.map { number in
            let text = quotesCode ? profile.articles[number]?.trimmingCharacters(in: .whitespacesAndNewlines) : nil
            return ArticleEntry(number: number, hasText: text != nil, text: text ?? "",
                                assessment: assessment(setting.commissionCase.assessment, of: number))
        }
    }

    /// The stated assessment of an article, else the motivation paragraphs that cite it, else all of them.
    static func assessment(_ a: Assessment?, of number: String) -> String {
        guard let a else { return "" }
        if let text = a.articleAssessments[number] { return text }
        let citing = a.motivation.filter { paragraph in
            paragraph.range(of: "artikel \(number)(?![0-9])", options: [.regularExpression, .caseInsensitive]) != nil
        }
        return (citing.isEmpty ? a.motivation : citing).joined(separator: " ")
    }
}
