/// A person, municipality or organisation that a reflection-chamber session file declares,
/// so that the anonymised report can replace it consistently (VVSG reflectiekamer: the report is anonymised).
public struct DeclaredEntity: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case person
        case municipality
        case organisation
    }

    public var kind: Kind
    /// The full name as it is usually written: "Marie-Louise Van den Broeck", "Gemeente Zonnedorp", "vzw De Brug".
    public var name: String
    /// Other ways the text may name it: a nickname, an abbreviation, a former name.
    public var aliases: [String]

    public init(kind: Kind, name: String, aliases: [String] = []) {
        self.kind = kind
        self.name = name
        self.aliases = aliases
    }
}
