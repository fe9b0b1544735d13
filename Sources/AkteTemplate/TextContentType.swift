/// How a text template writes the values it inserts: the swift-mustache habit of escaping as a property of the
/// template's content type, so that a new text-based output format is one more case here, not a new template
/// language.
public enum TextContentType: Sendable, Hashable {
    /// Plain text (`.txt`): values as they are.
    case plainText
    /// HTML5 (`.html`): `& < > " '` become character references, so a value is always text and never markup
    /// (inside an element or a quoted attribute alike); a line end in a value becomes `<br>`, since HTML would
    /// otherwise fold it into a space.
    case html

    var escaping: ValueEscaping {
        switch self {
        case .plainText: return .plain
        case .html: return .html
        }
    }
}
