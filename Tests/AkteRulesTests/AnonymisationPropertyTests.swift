import Testing
@testable import AkteRules

/// Belgian-style names: accents, particles, hyphenated given names and surnames.
enum NameFactory {
    static let givenNames = [
        "Jan", "Els", "An", "Marie-Louise", "Jean-Pierre", "Émile", "Zoë", "Inès", "François", "Lotte", "Wout",
        "Noël", "Anaïs", "Hélène", "Bram", "Sien", "Joëlle", "Pieter-Jan", "Ilse", "Kris",
    ]
    static let particles = ["", "", "", "Van ", "Van den ", "De ", "Van der ", "Vanden", "D'", "Ter "]
    static let surnameCores = [
        "Peeters", "Janssens", "Maes", "Smet", "Wouters", "Broeck", "Dubois", "Lambrechts", "Goossens", "Claes",
        "Hermans", "Mertens", "Coppens", "Vermeulen", "Lefèvre", "Çelik", "Moreau", "Brouwers", "Aerts", "Dewaele",
    ]
    static let places = ["Zonnedorp", "Beekhoven", "Heidewijk-Noord", "Sint-Brielen", "Ramskapelle"]

    static func person(using random: inout SplitMix64) -> String {
        var surname = particles.randomElement(using: &random)! + surnameCores.randomElement(using: &random)!
        if Int.random(in: 0..<5, using: &random) == 0 { surname += "-" + surnameCores.randomElement(using: &random)! }
        return givenNames.randomElement(using: &random)! + " " + surname
    }

    /// The ways a text may name a person: in full, surname only, given name only, in capitals,
    /// lower case, with a title, or as the start of a compound.
    static func mention(of name: String, using random: inout SplitMix64) -> String {
        let words = name.split(separator: " ").map(String.init)
        let surname = words.dropFirst().joined(separator: " ")
        let core = words.last!.split(separator: "-").last.map(String.init)!
        switch Int.random(in: 0..<8, using: &random) {
        case 0: return name
        case 1: return name.uppercased()
        case 2: return "mevrouw " + surname
        case 3: return words[0]
        case 4: return name.lowercased()
        case 5: return core + "straat"
        case 6: return "de familie " + surname
        default: return core + "s"
        }
    }
}

@Suite struct AnonymisationPropertyTests {
    static let fillers = [
        "vroeg zich af of", "had gesprekken met", "kreeg in januari een vraag van", "schreef aan",
        "twijfelde over een geschenk van", "zat samen met", "zag een belangenconflict bij",
    ]

    /// Issue 6, item 5: thousands of generated session texts; the anonymised text never contains a declared name.
    @Test func anonymisedTextNeverContainsADeclaredName() {
        for seed in UInt64(1)...2000 {
            var random = SplitMix64(seed: seed)
            let people = (0..<Int.random(in: 1...4, using: &random)).map { _ in NameFactory.person(using: &random) }
            let place = NameFactory.places.randomElement(using: &random)!
            let entities = people.map { DeclaredEntity(kind: .person, name: $0) }
                + [DeclaredEntity(kind: .municipality, name: "Gemeente \(place)")]
            var sentences: [String] = []
            for _ in 0..<6 {
                let subject = NameFactory.mention(of: people.randomElement(using: &random)!, using: &random)
                let object = NameFactory.mention(of: people.randomElement(using: &random)!, using: &random)
                sentences.append("\(subject) \(Self.fillers.randomElement(using: &random)!) \(object) in \(place).")
            }
            let text = sentences.joined(separator: " ")
            let anonymised = Anonymiser(entities: entities).anonymise(text)
            let leaks = LeakCheck(entities: entities).leaks(in: anonymised)
            #expect(leaks.isEmpty, "seed \(seed): \(leaks) in \(anonymised)")
            if !leaks.isEmpty { return }
        }
    }
}
