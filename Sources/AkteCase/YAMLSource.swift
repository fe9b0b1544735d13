import Foundation
import Yams

/// Reads a YAML (or JSON) file into a Yams node tree, with the guards a case file needs:
/// a size cap, UTF-8 checked with the position of the first bad byte, a BOM and CRLF accepted,
/// one document only, and a cap on the nodes a reader may visit (aliases cannot blow up).
public struct YAMLSource {
    /// Largest file accepted (5 MB).
    public static let maximumSize = 5 * 1024 * 1024
    /// Nodes a reader of one file may visit, aliases counted each time they are followed: case files, rule
    /// profiles and render data share it (a 580-byte alias bomb names a billion nodes).
    public static let maximumNodes = 100_000

    public let file: String
    public let root: Node?

    /// Parses `data`; `file` is the name used in messages.
    public init(data: Data, file: String) throws(LoadError) {
        self.file = file
        let origin = SourcePosition(file: file, line: 1, column: 1)
        guard data.count <= YAMLSource.maximumSize else {
            throw LoadError(issues: [LoadIssue(position: origin, path: "",
                message: "file is \(data.count) bytes, more than the \(YAMLSource.maximumSize) allowed")])
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = YAMLSource.firstInvalidUTF8(bytes) {
            let (line, column) = YAMLSource.lineAndColumn(of: bad, in: bytes)
            throw LoadError(issues: [LoadIssue(position: SourcePosition(file: file, line: line, column: column),
                path: "", message: "invalid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)))")])
        }
        var text = String(decoding: bytes, as: UTF8.self)
        text = text.replacingOccurrences(of: "\r\n", with: "\n")
        if let nul = text.firstIndex(of: "\u{0}") {
            let prefix = text[..<nul]
            let line = prefix.filter { $0 == "\n" }.count + 1
            let column = prefix.count - (prefix.lastIndex(of: "\n").map { prefix.distance(from: prefix.startIndex, to: $0) + 1 } ?? 0) + 1
            throw LoadError(issues: [LoadIssue(position: SourcePosition(file: file, line: line, column: column), path: "", message: "NUL character in file")])
        }
        if let (line, column) = YAMLSource.aliasUsedAsKey(in: text) {
            throw LoadError(issues: [LoadIssue(position: SourcePosition(file: file, line: line, column: column), path: "",
                message: "an alias used as a mapping key is not accepted (write the key out): Yams compares keys by their whole expanded value, so such a key can make a small file take unbounded time")])
        }
        do {
            let parser = try Parser(yaml: text)
            let first = try parser.nextRoot()
            if first != nil, try parser.nextRoot() != nil {
                throw LoadError(issues: [LoadIssue(position: origin, path: "", message: "more than one YAML document; a case file holds one")])
            }
            root = first
        } catch let error as LoadError {
            throw error
        } catch let error as YamlError {
            throw LoadError(issues: [YAMLSource.issue(for: error, file: file)])
        } catch {
            throw LoadError(issues: [LoadIssue(position: origin, path: "", message: "\(error)")])
        }
    }

    /// The line and column of the first alias (`*name`) standing as a mapping key (`*a: …`, `[*a: …]`), if any.
    /// Yams checks a mapping's keys for duplicates by hashing each key's whole tree before our node budget can
    /// count it; an alias to nested aliases expands exponentially there (a fuzzer found a 800-byte file that runs
    /// for minutes). No case file, profile or render data needs an alias as a key, so it is refused before parsing.
    static func aliasUsedAsKey(in text: String) -> (line: Int, column: Int)? {
        guard text.contains("&") else { return nil }
        // An alias at the start of a node (line start, after indentation, "[", "{", ",", "? " or "- "), then ":".
        let pattern = #/(?:^|[\[{,]|\?[ \t]|-[ \t])[ \t]*(\*[A-Za-z0-9_-]+)[ \t]*:(?:[ \t]|$)/#.anchorsMatchLineEndings()
        guard let match = text.firstMatch(of: pattern) else { return nil }
        let prefix = text[..<match.output.1.startIndex]
        let line = prefix.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let column = prefix.distance(from: prefix.lastIndex(of: "\n").map { prefix.index(after: $0) } ?? prefix.startIndex, to: prefix.endIndex) + 1
        return (line, column)
    }

    /// Reads and parses the file at `url`; the message names `url.path` (or `displayName`).
    public init(contentsOf url: URL, displayName: String? = nil) throws(LoadError) {
        let name = displayName ?? url.path
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        if let size = attributes?[.size] as? Int, size > YAMLSource.maximumSize {
            throw LoadError(issues: [LoadIssue(position: SourcePosition(file: name, line: 1, column: 1), path: "",
                message: "file is \(size) bytes, more than the \(YAMLSource.maximumSize) allowed")])
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw LoadError(issues: [LoadIssue(position: SourcePosition(file: name, line: 1, column: 1), path: "",
                message: "cannot read the file (\(error.localizedDescription))")])
        }
        try self.init(data: data, file: name)
    }

    static func issue(for error: YamlError, file: String) -> LoadIssue {
        func at(_ mark: Mark, _ problem: String, _ context: YamlError.Context?) -> LoadIssue {
            var text = context.map { "\(problem) \($0.text)" } ?? problem
            if text.count > 200 { text = String(text.prefix(197)) + "..." }
            return LoadIssue(position: SourcePosition(file: file, line: mark.line, column: mark.column), path: "",
                             message: "YAML syntax: " + text)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            return at(mark, problem, context)
        case let .duplicatedKeysInMapping(duplicates, context):
            // The context text is the whole mapping's source: the mark, not the text, says where.
            return LoadIssue(position: SourcePosition(file: file, line: context.mark.line, column: context.mark.column), path: "",
                             message: "duplicate key " + duplicates.sorted().map { "\"\($0)\"" }.joined(separator: ", ") + ": given more than once in this mapping (first here)")
        default:
            // Bounded: a message is one line, never a copy of the file.
            var text = "\(error)".replacingOccurrences(of: "\n", with: " ")
            if text.count > 200 { text = String(text.prefix(197)) + "..." }
            return LoadIssue(position: SourcePosition(file: file, line: 1, column: 1), path: "", message: "YAML: " + text)
        }
    }

    /// Index of the first byte that is not part of valid UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            var minimum: UInt32 = 0
            var scalar: UInt32
            switch b {
            case 0x00...0x7F: i += 1; continue
            case 0xC2...0xDF: length = 2; scalar = UInt32(b & 0x1F); minimum = 0x80
            case 0xE0...0xEF: length = 3; scalar = UInt32(b & 0x0F); minimum = 0x800
            case 0xF0...0xF4: length = 4; scalar = UInt32(b & 0x07); minimum = 0x10000
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += length
        }
        return nil
    }

    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1, lineStart = 0
        for (index, byte) in bytes[..<offset].enumerated() where byte == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
        return (line, column)
    }
}
