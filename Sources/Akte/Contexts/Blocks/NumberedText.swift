/// One numbered paragraph: an agenda item, a fact, an article of a decision (`number` "1", no full stop).
struct NumberedText: Codable, Sendable {
    let number: String
    let text: String

    static func numbered(_ texts: [String]) -> [NumberedText] {
        texts.enumerated().map { NumberedText(number: "\($0.offset + 1)", text: $0.element) }
    }
}
