import Foundation

/// A declared name, or a part of one, or another identifying name that still stands in a text meant to be
/// anonymised.
public struct NameLeak: Sendable, Equatable, CustomStringConvertible {
    public var entityName: String
    /// The text as a reader sees it (the whole word when the name sits inside a compound).
    public var fragment: String
    public var line: Int
    public var column: Int
    /// What the fragment reveals: a declared name, a municipality of the Flemish list, or a place that
    /// together with a unique function names one person.
    public var kind: Kind = .declared

    public enum Kind: Sendable, Equatable {
        case declared
        case listedMunicipality
        case functionAndPlace
    }

    public init(entityName: String, fragment: String, line: Int, column: Int, kind: Kind = .declared) {
        self.entityName = entityName
        self.fragment = fragment
        self.line = line
        self.column = column
        self.kind = kind
    }

    public var description: String {
        switch kind {
        case .declared: return "\(line):\(column): \"\(fragment)\" reveals declared name \"\(entityName)\""
        case .listedMunicipality: return "\(line):\(column): \"\(fragment)\" reveals the municipality \"\(entityName)\" (not declared; Flemish municipality list)"
        case .functionAndPlace: return "\(line):\(column): \"\(fragment)\" together with the function before it names one person"
        }
    }
}

/// The last gate before a reflection report is written: if any declared name survives, nothing is written.
public struct LeakCheck: Sendable {
    private let entities: [DeclaredEntity]
    private let matcher: NameMatcher
    private let combinations = IdentifyingCombinations.shared

    /// The same `places` as the `Anonymiser` whose output is checked.
    public init(entities: [DeclaredEntity], places: MunicipalityList? = .flemish) {
        self.entities = entities
        self.matcher = NameMatcher(entities: entities, places: places)
    }

    /// Checks the text as a reader sees it (`ReaderText`): lines and columns are those of that text.
    public func leaks(in text: String) -> [NameLeak] {
        let visible = ReaderText.visible(text)
        let folded = FoldedText(visible)
        var result = matcher.matches(in: folded).map { match in
            let (line, column) = folded.lineAndColumn(ofOriginal: match.range.lowerBound)
            let fragment = String(folded.original[match.range])
            switch match.target {
            case .entity(let index):
                return NameLeak(entityName: entities[index].name, fragment: fragment, line: line, column: column)
            case .listedPlace(let name):
                return NameLeak(entityName: name, fragment: fragment, line: line, column: column, kind: .listedMunicipality)
            }
        }
        let source = visible as NSString
        for range in combinations.places(in: visible) {
            let fragment = source.substring(with: range)
            let prefix = source.substring(to: range.location)
            let line = prefix.reduce(1) { $1.isNewline ? $0 + 1 : $0 }
            let column = (prefix.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).last?.count ?? 0) + 1
            result.append(NameLeak(entityName: fragment, fragment: fragment, line: line, column: column, kind: .functionAndPlace))
        }
        return result
    }
}
