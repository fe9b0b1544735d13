import Akte
import ArgumentParser

/// A comma-separated list of typed values, as one option: `--only oproeping,uitnodiging`, `--format odt,txt,html`.
/// An unknown word makes ArgumentParser refuse the option with the list of values (exit 2, README).
struct CommaSeparated<Element: ExpressibleByArgument & Hashable>: ExpressibleByArgument {
    var values: [Element]

    init(_ values: [Element]) {
        self.values = values
    }

    /// Words are trimmed and empty ones skipped (`odt, txt` and `odt,,txt` are `odt,txt`); a word is taken as
    /// written, else in lower case (`ODT`).
    init?(argument: String) {
        var values: [Element] = []
        for word in argument.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !word.isEmpty {
            guard let value = Element(argument: word) ?? Element(argument: word.lowercased()) else { return nil }
            if !values.contains(value) { values.append(value) }
        }
        guard !values.isEmpty else { return nil }
        self.values = values
    }

    var set: Set<Element> { Set(values) }

    var defaultValueDescription: String { values.map(\.defaultValueDescription).joined(separator: ",") }

    static var allValueStrings: [String] { Element.allValueStrings }
}

extension ArtefactKind: ExpressibleByArgument {}

extension OutputFormat: ExpressibleByArgument {}
