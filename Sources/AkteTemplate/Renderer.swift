import AkteText

/// Renders compiled segments with a context: concatenation of bytes and escaped values, nothing else.
package struct Renderer {
    /// Innermost scope last.
    var scopes: [TemplateValue]

    package init(context: TemplateValue) { scopes = [context] }

    package mutating func render(_ segments: [Segment], into out: inout [UInt8]) throws(TemplateError) {
        for segment in segments {
            switch segment {
            case .bytes(let bytes):
                out.append(contentsOf: bytes)
            case .value(let path, let escaping, let location):
                let value = try lookup(path, at: location)
                guard let text = value.insertedText else {
                    let name = path.joined(separator: ".")
                    throw TemplateError(.notInsertable(name), at: location,
                                        "'\(name)' is \(value.kindName), which cannot be inserted as text")
                }
                try ValueWriter.write(text, escaping: escaping, field: path.joined(separator: "."), location: location, into: &out)
            case .section(let name, let inverted, let body, let location):
                let value = try lookup(name, at: location)
                if case .number = value {
                    // A number is neither a list nor a condition (is 0 empty?): refuse rather than guess.
                    let joined = name.joined(separator: ".")
                    throw TemplateError(.loopOverScalar(joined), at: location,
                                        "section '\(joined)' needs a list, a map, a boolean or a string, but '\(joined)' is \(value.kindName)")
                }
                if inverted {
                    if !value.isTruthy { try render(body, into: &out) }
                    continue
                }
                switch value {
                case .list(let items):
                    for item in items {
                        scopes.append(item)
                        defer { scopes.removeLast() }
                        try render(body, into: &out)
                    }
                case .map, .string:
                    // A map opens its fields; a non-empty string renders once, with `{{.}}` the string itself.
                    guard value.isTruthy else { continue }
                    scopes.append(value)
                    defer { scopes.removeLast() }
                    try render(body, into: &out)
                default:
                    if value.isTruthy { try render(body, into: &out) }
                }
            }
        }
    }

    /// Resolves a dotted path: the first name in the innermost scope that has it, the rest strictly inside.
    func lookup(_ path: [String], at location: TemplateLocation) throws(TemplateError) -> TemplateValue {
        if path.count == 1 && path[0] == "." { return scopes[scopes.count - 1] }
        let first = path[0]
        var found: TemplateValue?
        for scope in scopes.reversed() {
            if case .map(let map) = scope, let value = map[first] { found = value; break }
        }
        guard var current = found else {
            var candidates: [String] = []
            for scope in scopes { if case .map(let map) = scope { candidates.append(contentsOf: map.keys) } }
            throw unknown(path, candidates: candidates.map { [$0] + path.dropFirst() }.map { $0.joined(separator: ".") }, location: location)
        }
        for (index, part) in path.enumerated().dropFirst() {
            guard case .map(let map) = current else {
                let prefix = path[..<index].joined(separator: ".")
                throw TemplateError(.unknownKey(path.joined(separator: "."), suggestion: nil), at: location,
                                    "unknown key '\(path.joined(separator: "."))': '\(prefix)' is \(current.kindName), not a map")
            }
            guard let next = map[part] else {
                let prefix = path[..<index].joined(separator: ".")
                let rest = path[(index + 1)...]
                let candidates = map.keys.map { ([prefix, $0] + rest).joined(separator: ".") }
                throw unknown(path, candidates: candidates, location: location)
            }
            current = next
        }
        return current
    }

    private func unknown(_ path: [String], candidates: [String], location: TemplateLocation) -> TemplateError {
        let name = path.joined(separator: ".")
        let suggestion = Suggestion.closest(to: name, among: candidates)
        let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
        return TemplateError(.unknownKey(name, suggestion: suggestion), at: location, "unknown key '\(name)'\(hint)")
    }
}

extension Suggestion {
    /// A template key within a few edits of an unknown one: a likely typo (`lid.nam` → `lid.naam`).
    static func closest(to name: String, among candidates: [String]) -> String? {
        closest(to: name, among: candidates, maximumDistance: max(1, min(3, name.count / 3)))
    }
}

/// Writes an inserted value: refuses the control characters no document may hold, then writes the text as is
/// (plain text) or in its format's markup (`ValueEncoding`).
enum ValueWriter {
    /// Characters no document may receive from data, in any output: C0 controls other than tab and line ends
    /// (NUL, ESC…: a terminal or editor acts on them), DEL, C1 controls, and the bidirectional embeddings,
    /// overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make a text read differently from what
    /// it holds. The plain marks (U+200E, U+200F, U+061C) stay allowed: right-to-left names need them.
    @inline(__always)
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v != 0x09 && v != 0x0A && v != 0x0D }
        return (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// Whether `utf8` may hold a character `isControl` refuses: a quick byte test that lets the common text skip
    /// the per-character check (a C1 control starts C2 80–9F, a bidirectional control E2 80 AA–AE or E2 81 A6–A9).
    @inline(__always)
    static func mayHoldControl(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = utf8.count
        while i < n {
            let b = utf8[i]
            if b < 0x20 || b == 0x7F {
                if b != 0x09 && b != 0x0A && b != 0x0D { return true }
            } else if b == 0xC2, i + 1 < n, utf8[i + 1] < 0xA0 {
                return true
            } else if b == 0xE2, i + 2 < n,
                      (utf8[i + 1] == 0x80 && (0xAA...0xAE).contains(utf8[i + 2])) || (utf8[i + 1] == 0x81 && (0xA6...0xA9).contains(utf8[i + 2])) {
                return true
            }
            i += 1
        }
        return false
    }

    static func refuseControls(_ text: String, field: @autoclosure () -> String, location: TemplateLocation) throws(TemplateError) {
        var copy = text
        guard copy.withUTF8({ mayHoldControl($0) }) else { return }
        for scalar in text.unicodeScalars where isControl(scalar) {
            let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            throw TemplateError(.forbiddenCharacter(field: field()), at: location,
                                "data field '\(field())' contains the control character \(code), which a document must not hold (remove it from the data)")
        }
    }

    static func write(_ text: String, escaping: ValueEscaping, field: @autoclosure () -> String, location: TemplateLocation, into out: inout [UInt8]) throws(TemplateError) {
        try refuseControls(text, field: field(), location: location)
        switch escaping {
        case .plain:
            out.append(contentsOf: text.utf8)
        case .encoded(let encoding):
            try encoding.append(text, field: field, location: location, into: &out)
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
