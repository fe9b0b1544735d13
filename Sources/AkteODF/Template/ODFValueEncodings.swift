import AkteTemplate
import AkteXML

/// How a value is written into ODF paragraph text: escaped; newline → `text:line-break`, tab → `text:tab`, a
/// run of spaces → `text:s`; a character XML 1.0 does not allow is refused (`XMLCharacters`).
/// `paragraphBreak` (when the value fills a paragraph on its own) is the markup that closes the paragraph and
/// opens a new one with the same style: a blank line in the value is written as it.
struct ODFParagraphText: ValueEncoding {
    let paragraphBreak: [UInt8]?
    private let lineBreak: [UInt8]
    private let tab: [UInt8]
    private let space: [UInt8]
    private let spacesOpen: [UInt8]

    /// `textPrefix`: the prefix the paragraph binds ODF's text namespace to (nil: the default namespace).
    init(paragraphBreak: [UInt8]?, textPrefix: String?) {
        self.paragraphBreak = paragraphBreak
        let text = textPrefix.map { "\($0):" } ?? ""
        lineBreak = Array("<\(text)line-break/>".utf8)
        tab = Array("<\(text)tab/>".utf8)
        space = Array("<\(text)s/>".utf8)
        spacesOpen = Array("<\(text)s \(text)c=\"".utf8)
    }

    /// Whether `append` may copy `utf8` byte by byte, escaping only `& < > " '`: no control characters (line
    /// ends, tabs, forbidden ones), no space at either end or next to another, no EF lead byte (U+FFFE and U+FFFF
    /// are forbidden; other EF sequences just take the general path). The general path gives the same bytes then.
    @inline(__always)
    static func isPlain(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = utf8.first, let last = utf8.last, first != 0x20, last != 0x20 else { return utf8.isEmpty }
        var previous: UInt8 = 0
        for byte in utf8 {
            if byte < 0x20 || byte == 0xEF || (byte == 0x20 && previous == 0x20) { return false }
            previous = byte
        }
        return true
    }

    func append(_ text: String, field: () -> String, location: TemplateLocation, into out: inout [UInt8]) throws(TemplateError) {
        var text = text
        let plain: Bool = text.withUTF8 { utf8 in
            guard Self.isPlain(utf8) else { return false }
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "&"): out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
                case UInt8(ascii: "<"): out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
                case UInt8(ascii: ">"): out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
                case UInt8(ascii: "\""): out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
                case UInt8(ascii: "'"): out.append(contentsOf: [0x26, 0x61, 0x70, 0x6F, 0x73, 0x3B])  // &apos;
                default: out.append(byte)
                }
            }
            return true
        }
        if plain { return }
        // Normalise line ends, then split into lines.
        var scalars = Array(text.unicodeScalars)
        if scalars.contains("\r") {
            scalars = Array(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n").unicodeScalars)
        }
        var previousWasText = false  // a non-space character was written just before (so one space may be literal)
        var pendingSpaces = 0
        func flushSpaces(_ out: inout [UInt8]) {
            guard pendingSpaces > 0 else { return }
            var n = pendingSpaces
            if previousWasText { out.append(0x20); n -= 1 }
            if n == 1 {
                out.append(contentsOf: space)
            } else if n > 1 {
                out.append(contentsOf: spacesOpen)
                out.append(contentsOf: String(n).utf8)
                out.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: "/"), UInt8(ascii: ">")])
            }
            pendingSpaces = 0
        }
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == " " {
                pendingSpaces += 1
                i += 1
                continue
            }
            if scalar == "\n" {
                // A trailing space before a line end must stay visible: write it as text:s.
                if pendingSpaces > 0 { previousWasText = false; flushSpaces(&out) }
                var j = i
                var newlines = 0
                while j < scalars.count, scalars[j] == "\n" { newlines += 1; j += 1 }
                if newlines >= 2, let paragraphBreak {
                    out.append(contentsOf: paragraphBreak)
                    for _ in 0..<(newlines - 2) { out.append(contentsOf: paragraphBreak) }
                } else {
                    for _ in 0..<newlines { out.append(contentsOf: lineBreak) }
                }
                previousWasText = false
                i = j
                continue
            }
            flushSpaces(&out)
            if scalar == "\t" {
                out.append(contentsOf: tab)
                previousWasText = false
            } else {
                guard XMLCharacters.isAllowed(scalar) else { throw XMLCharacterData.forbidden(scalar, field: field(), location: location) }
                XMLCharacterData.appendEscaped(scalar, into: &out)
                previousWasText = true
            }
            i += 1
        }
        if pendingSpaces > 0 {
            // Spaces at the end of a value are all written as text:s: they stay visible whatever follows.
            previousWasText = false
            flushSpaces(&out)
        }
    }
}

/// How a value is written as XML character data outside a paragraph (the document title in meta.xml):
/// `& < > " '` escaped; a character XML 1.0 does not allow is refused (`XMLCharacters`).
struct XMLCharacterData: ValueEncoding {
    func append(_ text: String, field: () -> String, location: TemplateLocation, into out: inout [UInt8]) throws(TemplateError) {
        for scalar in text.unicodeScalars {
            guard XMLCharacters.isAllowed(scalar) else { throw Self.forbidden(scalar, field: field(), location: location) }
            Self.appendEscaped(scalar, into: &out)
        }
    }

    static func forbidden(_ scalar: Unicode.Scalar, field: String, location: TemplateLocation) -> TemplateError {
        TemplateError(.forbiddenCharacter(field: field), at: location,
                      "data field '\(field)' contains the character \(XMLCharacters.codePoint(scalar)), which XML 1.0 does not allow")
    }

    @inline(__always)
    static func appendEscaped(_ scalar: Unicode.Scalar, into out: inout [UInt8]) {
        switch scalar {
        case "&": out.append(contentsOf: Array("&amp;".utf8))
        case "<": out.append(contentsOf: Array("&lt;".utf8))
        case ">": out.append(contentsOf: Array("&gt;".utf8))
        case "\"": out.append(contentsOf: Array("&quot;".utf8))
        case "'": out.append(contentsOf: Array("&apos;".utf8))
        default:
            if scalar.isASCII { out.append(UInt8(scalar.value)) } else { out.append(contentsOf: String(scalar).utf8) }
        }
    }
}
