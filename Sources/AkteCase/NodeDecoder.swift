import Yams

/// A small decoding layer over Yams nodes: every problem is recorded with file, line, column and
/// field path instead of being thrown at the first one, so a run reports everything at once.
/// Used for case files here and for rule profiles in AkteRules. Not shared across tasks.
public final class NodeDecoder {
    public let file: String
    public private(set) var issues: [LoadIssue] = []
    /// Nodes a decoder may visit; aliases that multiply a tree run it out instead of the memory.
    private var budget: Int
    private var budgetReported = false

    public init(file: String, nodeBudget: Int = YAMLSource.maximumNodes) {
        self.file = file
        self.budget = nodeBudget
    }

    public func position(_ node: Node?) -> SourcePosition {
        guard let mark = node?.mark else { return SourcePosition(file: file, line: 1, column: 1) }
        return SourcePosition(file: file, line: mark.line, column: mark.column)
    }

    /// Records a problem at `node`.
    public func fail(_ node: Node?, _ path: String, _ message: String) {
        issues.append(LoadIssue(position: position(node), path: path, message: message))
    }

    /// Records a problem at a known position.
    public func appendIssue(_ issue: LoadIssue) { issues.append(issue) }

    /// Throws every recorded problem, if any.
    public func throwIfFailed() throws(LoadError) {
        if !issues.isEmpty { throw LoadError(issues: issues) }
    }

    private func visit(_ node: Node, _ path: String) -> Bool {
        budget -= 1
        if budget >= 0 { return true }
        if !budgetReported {
            budgetReported = true
            fail(node, path, "the file expands to too many values (aliases?); refused")
        }
        return false
    }

    static func isNull(_ node: Node) -> Bool {
        if case let .scalar(scalar) = node, scalar.style == .plain,
           ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return true }
        return false
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case let .scalar(scalar): return "\"\(scalar.string)\""
        }
    }

    // MARK: scalars

    public func string(_ node: Node, _ path: String) -> String? {
        guard visit(node, path) else { return nil }
        guard case let .scalar(scalar) = node else {
            fail(node, path, "expected text, found \(NodeDecoder.describe(node))")
            return nil
        }
        return scalar.string
    }

    /// Text that must not be empty after trimming.
    public func text(_ node: Node, _ path: String) -> String? {
        guard let value = string(node, path) else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            fail(node, path, "must not be empty")
            return nil
        }
        // XML 1.0 cannot hold most control characters (they reach the .odt): refuse them here, naming the field.
        if let bad = trimmed.unicodeScalars.first(where: NodeDecoder.isForbiddenControl) {
            fail(node, path, "control character U+\(String(format: "%04X", bad.value)) is not allowed in a text")
            return nil
        }
        return trimmed
    }

    /// U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+007F and the noncharacters U+FFFE, U+FFFF.
    static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    public func int(_ node: Node, _ path: String) -> Int? {
        guard let value = string(node, path) else { return nil }
        guard let number = Int(value) else {
            fail(node, path, "\"\(value)\" is not a whole number")
            return nil
        }
        return number
    }

    public func nonNegativeInt(_ node: Node, _ path: String) -> Int? {
        guard let number = int(node, path) else { return nil }
        guard number >= 0 else {
            fail(node, path, "\(number) must be 0 or more")
            return nil
        }
        return number
    }

    /// The largest seat count a case file may give (council size, a fraction's seats). Flemish councils have
    /// at most 55 members; 1000 is the bound of the seat allocation (`SeatAllocation.maxCouncilSize`).
    public static let maxSeatCount = 1000

    /// A number of council seats: 0 through `maxSeatCount`.
    public func seatCount(_ node: Node, _ path: String) -> Int? {
        guard let number = nonNegativeInt(node, path) else { return nil }
        guard number <= Self.maxSeatCount else {
            fail(node, path, "\(number) seats is more than akte accepts (at most \(Self.maxSeatCount); Flemish councils have at most 55 members)")
            return nil
        }
        return number
    }

    public func bool(_ node: Node, _ path: String) -> Bool? {
        guard let value = string(node, path) else { return nil }
        switch value.lowercased() {
        case "true", "yes", "ja": return true
        case "false", "no", "nee": return false
        default:
            fail(node, path, "\"\(value)\" is not true or false")
            return nil
        }
    }

    public func date(_ node: Node, _ path: String) -> CivilDate? {
        guard let value = string(node, path) else { return nil }
        guard let date = CivilDate(iso: value) else {
            fail(node, path, "\"\(value)\" is not a date (YYYY-MM-DD)")
            return nil
        }
        guard CivilDate.supportedYears.contains(date.year) else {
            fail(node, path, "\"\(value)\": the year must be between \(CivilDate.supportedYears.lowerBound) and \(CivilDate.supportedYears.upperBound)")
            return nil
        }
        return date
    }

    public func time(_ node: Node, _ path: String) -> TimeOfDay? {
        guard let value = string(node, path) else { return nil }
        guard let time = TimeOfDay(text: value) else {
            fail(node, path, "\"\(value)\" is not a time (HH:MM)")
            return nil
        }
        return time
    }

    /// One of `allowed` (the spelling in the file); unknown values get a "did you mean".
    public func choice<T>(_ node: Node, _ path: String, _ allowed: [(String, T)]) -> T? {
        guard let value = string(node, path) else { return nil }
        if let match = allowed.first(where: { $0.0 == value }) { return match.1 }
        let names = allowed.map(\.0)
        let hint = closestMatch(to: value, in: names).map { "; did you mean \"\($0)\"?" }
            ?? "; expected one of: \(names.joined(separator: ", "))"
        fail(node, path, "\"\(value)\" is not allowed here\(hint)")
        return nil
    }

    // MARK: containers

    public func list<T>(_ node: Node, _ path: String, _ element: (Node, String) -> T?) -> [T]? {
        guard visit(node, path) else { return nil }
        guard case let .sequence(sequence) = node else {
            fail(node, path, "expected a list, found \(NodeDecoder.describe(node))")
            return nil
        }
        var result: [T] = []
        var failed = false
        for (index, item) in sequence.enumerated() {
            if let value = element(item, "\(path)[\(index)]") { result.append(value) } else { failed = true }
        }
        return failed ? nil : result
    }

    /// A list of texts; a single text is accepted as a list of one.
    public func textList(_ node: Node, _ path: String) -> [String]? {
        if case .scalar = node { return text(node, path).map { [$0] } }
        return list(node, path) { text($0, $1) }
    }

    public func object(_ node: Node, _ path: String) -> ObjectReader? {
        guard visit(node, path) else { return nil }
        guard case let .mapping(mapping) = node else {
            fail(node, path, "expected a mapping (key: value), found \(NodeDecoder.describe(node))")
            return nil
        }
        var entries: [ObjectReader.Entry] = []
        for (key, value) in mapping {
            guard case let .scalar(scalar) = key else {
                fail(key, path, "a key must be text")
                continue
            }
            if entries.contains(where: { $0.key == scalar.string }) {
                fail(key, path.isEmpty ? scalar.string : "\(path).\(scalar.string)", "duplicate key")
                continue
            }
            entries.append(.init(key: scalar.string, keyNode: key, value: value))
        }
        return ObjectReader(decoder: self, node: node, path: path, entries: entries)
    }
}

/// Reads the keys of one mapping. Call `finish()` when done: it reports unknown keys (with a
/// "did you mean") and all missing required keys of this mapping in one issue.
public final class ObjectReader {
    struct Entry {
        let key: String
        let keyNode: Node
        let value: Node
    }

    public let decoder: NodeDecoder
    public let node: Node
    public let path: String
    let entries: [Entry]
    /// The keys present in the mapping.
    public var keys: [String] { entries.map(\.key) }
    private var known: [String] = []
    private var missing: [String] = []

    init(decoder: NodeDecoder, node: Node, path: String, entries: [Entry]) {
        self.decoder = decoder
        self.node = node
        self.path = path
        self.entries = entries
    }

    public var position: SourcePosition { decoder.position(node) }

    public func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The value node of `key` if present and not null; registers `key` as known.
    public func node(_ key: String) -> Node? {
        known.append(key)
        guard let entry = entries.first(where: { $0.key == key }), !NodeDecoder.isNull(entry.value) else { return nil }
        return entry.value
    }

    public func has(_ key: String) -> Bool { node(key) != nil }

    public func required<T>(_ key: String, _ decode: (Node, String) -> T?) -> T? {
        guard let value = node(key) else {
            missing.append(key)
            return nil
        }
        return decode(value, childPath(key))
    }

    public func optional<T>(_ key: String, _ decode: (Node, String) -> T?) -> T? {
        guard let value = node(key) else { return nil }
        return decode(value, childPath(key))
    }

    /// Like `optional`, but tells whether the value was present and bad (so callers can fail the record).
    public func optional<T>(_ key: String, _ decode: (Node, String) -> T?, failed: inout Bool) -> T? {
        guard let value = node(key) else { return nil }
        let result = decode(value, childPath(key))
        if result == nil { failed = true }
        return result
    }

    /// Reports unknown keys (unless `reportUnknown` is false) and missing required fields.
    public func finish(reportUnknown: Bool = true) {
        for entry in entries where reportUnknown && !known.contains(entry.key) {
            let hint = closestMatch(to: entry.key, in: known.filter { k in !entries.contains { $0.key == k } })
                ?? closestMatch(to: entry.key, in: known)
            decoder.fail(entry.keyNode, childPath(entry.key),
                         "unknown key \"\(entry.key)\"" + (hint.map { "; did you mean \"\($0)\"?" } ?? ""))
        }
        if !missing.isEmpty {
            let list = missing.map { "\"\($0)\"" }.joined(separator: ", ")
            decoder.fail(node, path, missing.count == 1 ? "missing required field \(list)" : "missing required fields \(list)")
        }
    }
}
