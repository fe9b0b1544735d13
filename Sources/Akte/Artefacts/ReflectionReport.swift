import AkteCase
import AkteRules
import Foundation

/// The anonymised report of a reflection-chamber session (VVSG): participants by role only, exact dates
/// reduced to month and year, every text through the `Anonymiser`. The pipeline runs `LeakCheck` over the
/// rendered documents before anything is written (docs/anonymisation.md).
public struct ReflectionReport: Artefact {
    public let session: ReflectionSession

    public init(session: ReflectionSession) {
        self.session = session
    }

    public var kind: ArtefactKind { .reflectieverslag }
    public var fileName: String { Self.numbered(kind, "reflectieverslag") }

    /// The declared names, as the anonymiser and the leak check take them.
    public var entities: [DeclaredEntity] {
        session.anonymise.map { entity in
            let kind: DeclaredEntity.Kind
            switch entity.kind {
            case .persoon: kind = .person
            case .gemeente: kind = .municipality
            case .organisatie: kind = .organisation
            }
            return DeclaredEntity(kind: kind, name: entity.name, aliases: entity.variants)
        }
    }

    /// Anonymises one text: personal data patterns and declared names go, a label chosen by the
    /// secretariat (`replacement`) replaces the anonymiser's own label.
    public func anonymise(_ text: String, with anonymiser: Anonymiser) -> String {
        var result = anonymiser.anonymise(text)
        // Longest labels first, so "persoon AA" is not read as "persoon A" + "A".
        let pairs = zip(anonymiser.labels, session.anonymise.map(\.replacement))
            .compactMap { label, replacement in replacement.map { (label, $0) } }
            .sorted { $0.0.count > $1.0.count }
        for (label, replacement) in pairs {
            let pattern = "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: label) + "(?![\\p{L}\\p{N}])"
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            var output = ""
            var last = result.startIndex
            for match in regex.matches(in: result, range: NSRange(result.startIndex..., in: result)) {
                guard let range = Range(match.range, in: result) else { continue }
                output += result[last..<range.lowerBound]
                let before = output.trimmingCharacters(in: .whitespaces)
                let startsSentence = before.isEmpty || before.hasSuffix(".") || before.hasSuffix("?") || before.hasSuffix("!") || before.hasSuffix(":")
                output += startsSentence ? replacement.prefix(1).uppercased() + replacement.dropFirst() : replacement
                last = range.upperBound
            }
            output += result[last...]
            result = output
        }
        return result
    }

    static let numberWords = ["", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"]

    /// One line per role: "de casusinbrenger (schepen)", "vier deskundigen, leden van de reflectiekamer", …
    func participants(_ anonymiser: Anonymiser) -> [String] {
        func count(_ n: Int) -> String { n < Self.numberWords.count ? Self.numberWords[n] : "\(n)" }
        var lines: [String] = []
        let bringer = session.caseBringer.function.map { " (\(anonymise($0, with: anonymiser)))" } ?? ""
        lines.append("de casusinbrenger\(bringer)")
        let roles = session.participants.map(\.role)
        let experts = roles.filter { $0 == .deskundige }.count
        if experts == 1 { lines.append("één deskundige, lid van de reflectiekamer") }
        if experts > 1 { lines.append("\(count(experts)) deskundigen, leden van de reflectiekamer") }
        let external = roles.filter { $0 == .expert }.count
        if external == 1 { lines.append("een externe expert") }
        if external > 1 { lines.append("\(count(external)) externe experts") }
        if roles.contains(.procesbegeleider) { lines.append("de procesbegeleider") }
        let secretariat = roles.filter { $0 == .secretariaat }.count
        if secretariat == 1 { lines.append("een lid van het secretariaat (verslag)") }
        if secretariat > 1 { lines.append("\(count(secretariat)) leden van het secretariaat (verslag)") }
        return lines
    }

    public var typedContext: any DocumentContext {
        let anonymiser = Anonymiser(entities: entities)
        let period = "\(DutchFormat.months[session.date.month - 1]) \(session.date.year)"
        return ReflectionReportContext(
            chamber: Named(name: "Reflectiekamer integriteit – VVSG, steunpunt integriteit"),
            report: .init(number: session.number, period: period,
                          themes: anonymise(session.themes.joined(separator: ", "), with: anonymiser)),
            participants: participants(anonymiser),
            question: anonymise(session.question, with: anonymiser),
            sections: session.notes.map { note in
                .init(heading: anonymise(note.heading, with: anonymiser),
                      paragraphs: note.text.map { anonymise($0, with: anonymiser) })
            },
            copyToCaseBringer: session.copyToCaseBringer)
    }
}
