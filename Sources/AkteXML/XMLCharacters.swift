/// The characters XML 1.0 allows (§2.2 Char): #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
/// [#x10000-#x10FFFF]. Text with anything else cannot be written as XML at all, not even escaped, so
/// AkteXML refuses it; callers decide per field whether to reject or to `replacingForbidden` first.
public enum XMLCharacters {
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// The first forbidden character, or nil when the text is writable as XML.
    public static func firstForbidden(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { !isAllowed($0) }
    }

    /// The text with every forbidden character replaced by `replacement`.
    public static func replacingForbidden(in text: String, with replacement: Unicode.Scalar = "\u{FFFD}") -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isAllowed(scalar) ? scalar : replacement)
        }
        return String(scalars)
    }

    /// How a message names a character: `U+0001`, `U+FFFE`.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
    }

    static func check(_ text: String, in document: XMLDocument) throws {
        if let bad = firstForbidden(in: text) {
            throw document.operationError("text contains \(codePoint(bad)), which XML 1.0 does not allow")
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
