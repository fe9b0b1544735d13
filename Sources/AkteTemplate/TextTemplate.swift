import Foundation

/// A compiled plain-text template: parsed once, rendered many times, safe to share between threads.
///
/// A line that holds only a section tag (`{{#x}}`, `{{^x}}`, `{{/x}}`) or a comment, with optional
/// surrounding blanks, disappears entirely with its line end: no blank line is left behind.
public struct TextTemplate: Sendable {
    public let name: String
    /// How inserted values are escaped: plain text, or HTML.
    public let contentType: TextContentType
    let segments: [Segment]

    /// Compiles `source`; `name` is used in error messages (e.g. `Templates/brief.txt`).
    public init(source: String, name: String, contentType: TextContentType = .plainText) throws(TemplateError) {
        self.name = name
        self.contentType = contentType
        self.segments = try SegmentBuilder.build(try TextTemplate.tokenize(source, name: name, escaping: contentType.escaping), templateName: name)
    }

    public init(contentsOf url: URL, name: String? = nil, contentType: TextContentType = .plainText) throws {
        let data = try Data(contentsOf: url)
        guard let source = String(data: data, encoding: .utf8) else {
            throw TemplateError(.unreadable, at: nil, "\(name ?? url.path): not UTF-8 text")
        }
        try self.init(source: source, name: name ?? url.path, contentType: contentType)
    }

    public func render(_ context: TemplateValue) throws(TemplateError) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        var renderer = Renderer(context: context)
        try renderer.render(segments, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The keys the template uses, in order of first use.
    public var keys: [TemplateKey] {
        var keys: [TemplateKey] = []
        var seen: Set<TemplateKey> = []
        TemplateKey.collect(segments, into: &keys, seen: &seen)
        return keys
    }

    static func tokenize(_ source: String, name: String, escaping: ValueEscaping = .plain) throws(TemplateError) -> [Token] {
        var tokens: [Token] = []
        // Split into lines, keeping the line end with each line.
        var lines: [Substring] = []
        var lineStart = source.startIndex
        var index = source.startIndex
        while index < source.endIndex {
            if source[index] == "\n" {
                let next = source.index(after: index)
                lines.append(source[lineStart..<next])
                lineStart = next
            }
            index = source.index(after: index)
        }
        if lineStart < source.endIndex { lines.append(source[lineStart...]) }

        for (lineIndex, line) in lines.enumerated() {
            let chars = Array(line)
            let found: [FoundTag]
            do {
                found = try TagScanner.scan(chars)
            } catch {
                throw TemplateError(error.kind, at: location(name, lineIndex, chars, error.offset), error.message)
            }
            // Standalone: only blanks besides one section or comment tag.
            if found.count == 1, found[0].kind.isSectionTag || found[0].kind == .comment {
                let before = chars[..<found[0].start]
                let after = chars[found[0].end...]
                if before.allSatisfy({ $0 == " " || $0 == "\t" }) && after.allSatisfy({ $0.isWhitespace }) {
                    tokens.append(tagToken(found[0], location(name, lineIndex, chars, found[0].start), escaping: escaping))
                    continue
                }
            }
            var cursor = 0
            for tag in found {
                if tag.start > cursor { tokens.append(.bytes(Array(String(chars[cursor..<tag.start]).utf8))) }
                tokens.append(tagToken(tag, location(name, lineIndex, chars, tag.start), escaping: escaping))
                cursor = tag.end
            }
            if cursor < chars.count { tokens.append(.bytes(Array(String(chars[cursor...]).utf8))) }
        }
        return tokens.filter { if case .bytes(let b) = $0 { return !b.isEmpty } else { return true } }
    }

    private static func location(_ name: String, _ lineIndex: Int, _ chars: [Character], _ offset: Int) -> TemplateLocation {
        TemplateLocation(template: name, place: .lineColumn(line: lineIndex + 1, column: offset + 1))
    }

    private static func tagToken(_ tag: FoundTag, _ location: TemplateLocation, escaping: ValueEscaping) -> Token {
        switch tag.kind {
        case .value(let path): return .value(path: path, escaping: escaping, location: location)
        case .open(let name, let inverted): return .open(name: name, inverted: inverted, location: location)
        case .close(let name): return .close(name: name, location: location)
        case .comment: return .bytes([])
        }
    }
}
