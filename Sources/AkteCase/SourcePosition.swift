/// Where something is in a source file: file name as given, 1-based line and column.
public struct SourcePosition: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `case.yaml:14:7`.
    public var description: String { "\(file):\(line):\(column)" }
}

/// One problem found while loading a file: position, field path (`meetings[0].date`), message.
public struct LoadIssue: Sendable, Hashable, CustomStringConvertible {
    public let position: SourcePosition
    public let path: String
    public let message: String

    public init(position: SourcePosition, path: String, message: String) {
        self.position = position
        self.path = path
        self.message = message
    }

    /// `case.yaml:14:7: meeting.date: "2025-02-30" is not a date`.
    public var description: String {
        path.isEmpty ? "\(position): \(message)" : "\(position): \(path): \(message)"
    }
}

/// A file that could not be loaded; `issues` holds every problem found (all missing fields at once).
public struct LoadError: Error, Sendable, CustomStringConvertible {
    public let issues: [LoadIssue]

    public init(issues: [LoadIssue]) { self.issues = issues }

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}

/// Levenshtein distance, for "did you mean" suggestions.
public func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.lowercased()), b = Array(b.lowercased())
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}

/// The closest candidate within a distance that grows with the word's length, or nil.
public func closestMatch(to word: String, in candidates: [String]) -> String? {
    let limit = max(2, word.count / 3)
    let scored = candidates.map { ($0, editDistance(word, $0)) }.filter { $0.1 <= limit }
    return scored.min { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }?.0
}
