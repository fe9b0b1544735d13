/// Writes an inserted value in the markup of an output format. The template language knows no markup: the
/// binder of a format supplies its encoding (AkteODF's for ODF paragraph text and XML character data); plain
/// text needs none. Control characters are refused before an encoding is asked (`ValueWriter`).
package protocol ValueEncoding: Sendable {
    /// Appends `text` to `out`; throws a `TemplateError` naming `field` and `location` for a character the
    /// format cannot hold.
    func append(_ text: String, field: () -> String, location: TemplateLocation, into out: inout [UInt8]) throws(TemplateError)
}

/// How an inserted value is written into the output.
package enum ValueEscaping: Sendable {
    /// Plain text, as is.
    case plain
    /// In a format's markup.
    case encoded(any ValueEncoding)
}

/// A compiled template: static bytes and holes, rendered by concatenation only.
package indirect enum Segment: Sendable {
    case bytes([UInt8])
    case value(path: [String], escaping: ValueEscaping, location: TemplateLocation)
    case section(name: [String], inverted: Bool, body: [Segment], location: TemplateLocation)
}

/// A token in document order, before sections are nested.
package enum Token {
    case bytes([UInt8])
    case value(path: String, escaping: ValueEscaping, location: TemplateLocation)
    case open(name: String, inverted: Bool, location: TemplateLocation)
    case close(name: String, location: TemplateLocation)
}

package enum SegmentBuilder {
    /// Nests the tokens into sections; merges adjacent bytes.
    package static func build(_ tokens: [Token], templateName: String) throws(TemplateError) -> [Segment] {
        struct Frame {
            var name: String
            var inverted: Bool
            var location: TemplateLocation
            var segments: [Segment] = []
        }
        var stack: [Frame] = [Frame(name: "", inverted: false, location: TemplateLocation(template: templateName, place: .lineColumn(line: 0, column: 0)))]
        func append(_ segment: Segment, to frame: inout Frame) {
            if case .bytes(let new) = segment, case .bytes(var old)? = frame.segments.last {
                // Emptied first so that `old` is the array's only reference and grows in place: `old + new`
                // would copy the run each time (quadratic in the lines of a long text without tags).
                frame.segments[frame.segments.count - 1] = .bytes([])
                old.append(contentsOf: new)
                frame.segments[frame.segments.count - 1] = .bytes(old)
            } else {
                frame.segments.append(segment)
            }
        }
        for token in tokens {
            switch token {
            case .bytes(let b):
                if !b.isEmpty { append(.bytes(b), to: &stack[stack.count - 1]) }
            case .value(let path, let escaping, let location):
                append(.value(path: splitPath(path), escaping: escaping, location: location), to: &stack[stack.count - 1])
            case .open(let name, let inverted, let location):
                // Checked while the tokens are still flat: rendering, key listing and releasing the tree recurse per level.
                guard stack.count <= TemplateLimits.maximumSectionDepth else {
                    throw TemplateError(.tooDeep, at: location,
                                        "section '\(name)' is nested more than \(TemplateLimits.maximumSectionDepth) sections deep")
                }
                stack.append(Frame(name: name, inverted: inverted, location: location))
            case .close(let name, let location):
                guard stack.count > 1 else {
                    throw TemplateError(.unexpectedClose(name), at: location, "'{{/\(name)}}' closes a section that was never opened")
                }
                let frame = stack.removeLast()
                guard frame.name == name else {
                    throw TemplateError(.mismatchedClose(expected: frame.name, found: name), at: location,
                                        "'{{/\(name)}}' does not match the open section '\(frame.name)' (opened at \(frame.location))")
                }
                append(.section(name: splitPath(frame.name), inverted: frame.inverted, body: frame.segments, location: frame.location),
                       to: &stack[stack.count - 1])
            }
        }
        if stack.count > 1 {
            let open = stack[stack.count - 1]
            throw TemplateError(.unclosedSection(open.name), at: open.location, "section '\(open.name)' is not closed (expected '{{/\(open.name)}}')")
        }
        return stack[0].segments
    }

    static func splitPath(_ path: String) -> [String] {
        path == "." ? ["."] : path.split(separator: ".").map(String.init)
    }
}

/// One key a template uses, with the sections it stands in (outermost first).
public struct TemplateKey: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable { case value, section, invertedSection }
    public var path: String
    public var kind: Kind
    public var sections: [String]

    public var description: String {
        let name: String
        switch kind {
        case .value: name = path
        case .section: name = "#" + path
        case .invertedSection: name = "^" + path
        }
        return (sections + [name]).joined(separator: " > ")
    }

    package static func collect(_ segments: [Segment], sections: [String] = [], into keys: inout [TemplateKey], seen: inout Set<TemplateKey>) {
        for segment in segments {
            switch segment {
            case .bytes: break
            case .value(let path, _, _):
                let key = TemplateKey(path: path.joined(separator: "."), kind: .value, sections: sections)
                if seen.insert(key).inserted { keys.append(key) }
            case .section(let name, let inverted, let body, _):
                let joined = name.joined(separator: ".")
                let key = TemplateKey(path: joined, kind: inverted ? .invertedSection : .section, sections: sections)
                if seen.insert(key).inserted { keys.append(key) }
                collect(body, sections: sections + [joined], into: &keys, seen: &seen)
            }
        }
    }
}
