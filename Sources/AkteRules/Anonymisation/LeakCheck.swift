/// A declared name, or a part of one, that still stands in a text meant to be anonymised.
public struct NameLeak: Sendable, Equatable, CustomStringConvertible {
    public var entityName: String
    /// The text as it stands in the document (the whole word when the name sits inside a compound).
    public var fragment: String
    public var line: Int
    public var column: Int

    public var description: String {
        "\(line):\(column): \"\(fragment)\" reveals declared name \"\(entityName)\""
    }
}

/// The last gate before a reflection report is written: if any declared name survives, nothing is written.
public struct LeakCheck: Sendable {
    private let entities: [DeclaredEntity]
    private let matcher: NameMatcher

    public init(entities: [DeclaredEntity]) {
        self.entities = entities
        self.matcher = NameMatcher(entities: entities)
    }

    public func leaks(in text: String) -> [NameLeak] {
        let folded = FoldedText(text)
        return matcher.matches(in: folded).map { match in
            let (line, column) = folded.lineAndColumn(of: match.range.lowerBound)
            return NameLeak(
                entityName: entities[match.entityIndex].name,
                fragment: String(folded.original[match.range]),
                line: line, column: column)
        }
    }
}
