import AkteText

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

/// The closest candidate within a distance that grows with the word's length, or nil.
public func closestMatch(to word: String, in candidates: [String]) -> String? {
    Suggestion.closest(to: word, among: candidates, maximumDistance: max(2, word.count / 3))
}
