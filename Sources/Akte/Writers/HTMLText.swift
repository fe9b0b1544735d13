import AkteTemplate

extension TextContentType {
    /// HTML5 (`.html`): values through `HTMLText`.
    public static let html = TextContentType(name: "HTML", encoding: HTMLText())
}

/// How a value is written into HTML: `& < > " '` become character references, so a value is always text and
/// never markup (inside an element or a quoted attribute alike); a line end (LF, CR LF, CR) becomes `<br>`, since
/// HTML would otherwise fold it into a space. The control characters no document may hold are refused before
/// (the template language's `ValueWriter`).
struct HTMLText: ValueEncoding {
    private static let lineBreak = Array("<br>\n".utf8)

    func append(_ text: String, field: () -> String, location: TemplateLocation, into out: inout [UInt8]) throws(TemplateError) {
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\n": if previous != "\r" { out.append(contentsOf: Self.lineBreak) }
            case "\r": out.append(contentsOf: Self.lineBreak)
            case "&": out.append(contentsOf: Array("&amp;".utf8))
            case "<": out.append(contentsOf: Array("&lt;".utf8))
            case ">": out.append(contentsOf: Array("&gt;".utf8))
            case "\"": out.append(contentsOf: Array("&quot;".utf8))
            case "'": out.append(contentsOf: Array("&apos;".utf8))
            default: out.append(contentsOf: String(scalar).utf8)
            }
        }
    }
}
