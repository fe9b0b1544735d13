/// One tag of the language, as written between `{{` and `}}`.
package enum TagKind: Sendable, Equatable {
    /// `{{ a.b }}` or `{{.}}`
    case value(path: String)
    /// `{{#name}}` (inverted: false) or `{{^name}}` (inverted: true)
    case open(name: String, inverted: Bool)
    /// `{{/name}}`
    case close(name: String)
    /// `{{! … }}`
    case comment

    package var isSectionTag: Bool {
        switch self {
        case .open, .close: return true
        case .value, .comment: return false
        }
    }
}

/// A tag found in a text: its kind, and its range in the text's characters (as offsets).
package struct FoundTag: Sendable {
    package var kind: TagKind
    /// Offset of `{{` in the scanned character array.
    package var start: Int
    /// Offset just after `}}`.
    package var end: Int
}

package enum TagScanner {
    /// Finds every tag in `chars`. `isBarrier(i)` marks characters that cannot be part of a tag (an embedded object).
    /// Throws with the offset of the offending `{{` for a tag that is not closed or not well-formed.
    package static func scan(_ chars: [Character], isBarrier: (Int) -> Bool = { _ in false }) throws(TagScanError) -> [FoundTag] {
        var tags: [FoundTag] = []
        var i = 0
        let n = chars.count
        while i + 1 < n {
            guard chars[i] == "{", chars[i + 1] == "{" else { i += 1; continue }
            let start = i
            var j = i + 2
            var closed = false
            while j + 1 < n {
                if isBarrier(j) { break }
                if chars[j] == "}" && chars[j + 1] == "}" { closed = true; break }
                if chars[j] == "{" && chars[j + 1] == "{" { break }
                j += 1
            }
            guard closed else { throw TagScanError(offset: start, kind: .unclosedTag, message: "'{{' is not closed by '}}' in the same paragraph or line") }
            let inner = String(chars[(start + 2)..<j])
            let kind = try parseInner(inner, offset: start)
            tags.append(FoundTag(kind: kind, start: start, end: j + 2))
            i = j + 2
        }
        return tags
    }

    static func parseInner(_ raw: String, offset: Int) throws(TagScanError) -> TagKind {
        // Soft hyphens typed or inserted by the word processor are not part of a name.
        let inner = raw.replacingOccurrences(of: "\u{00AD}", with: "")
        let trimmed = inner.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("!") { return .comment }
        var body = Substring(trimmed)
        var sigil: Character?
        if let first = body.first, first == "#" || first == "^" || first == "/" {
            sigil = first
            body = body.dropFirst()
        }
        let name = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard isValidPath(name, allowDot: sigil == nil) else {
            throw TagScanError(offset: offset, kind: .malformedTag, message: "malformed tag '{{\(raw)}}': expected a name such as 'a.b'")
        }
        switch sigil {
        case "#": return .open(name: name, inverted: false)
        case "^": return .open(name: name, inverted: true)
        case "/": return .close(name: name)
        default: return .value(path: name)
        }
    }

    static func isValidPath(_ path: String, allowDot: Bool) -> Bool {
        if path == "." { return allowDot }
        let parts = path.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty else { return false }
        for part in parts {
            guard !part.isEmpty else { return false }
            for ch in part.unicodeScalars {
                let ok = ch.properties.isAlphabetic || ("0"..."9").contains(ch) || ch == "_" || ch == "-"
                if !ok { return false }
            }
        }
        return true
    }
}

package struct TagScanError: Error {
    package var offset: Int
    package var kind: TemplateError.Kind
    package var message: String
}

import Foundation
