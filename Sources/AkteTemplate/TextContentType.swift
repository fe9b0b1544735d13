/// How a text template writes the values it inserts: the swift-mustache habit of escaping as a property of the
/// template's content type, so that a new text-based output format is one more content type, not a new template
/// language. The template language knows no markup: a format's module supplies the encoding (Akte's `.html`).
public struct TextContentType: Sendable, Equatable {
    /// A name for comparisons and messages (`plain text`, `HTML`).
    public let name: String
    package let escaping: ValueEscaping

    /// Plain text (`.txt`): values as they are.
    public static let plainText = TextContentType(name: "plain text", escaping: .plain)

    /// A markup content type whose values `encoding` writes.
    package init(name: String, encoding: any ValueEncoding) {
        self.init(name: name, escaping: .encoded(encoding))
    }

    private init(name: String, escaping: ValueEscaping) {
        self.name = name
        self.escaping = escaping
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.name == rhs.name }
}
