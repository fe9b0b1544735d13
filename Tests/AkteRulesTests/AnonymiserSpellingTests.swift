import Testing
@testable import AkteRules

/// Issue 11, classes 9, 10 and 12: the spellings, characters and combinations a report may name someone by.
/// VVSG reflectiekamer (seed 000): the report is anonymised.
@Suite struct AnonymiserSpellingTests {
    static let people = [
        DeclaredEntity(kind: .person, name: "Marijke Peeters"),
        DeclaredEntity(kind: .person, name: "Els De Smet"),
        DeclaredEntity(kind: .person, name: "Stijn D'Hondt"),
        DeclaredEntity(kind: .person, name: "Ayşe Yıldız"),
        DeclaredEntity(kind: .person, name: "Lech Wałęsa"),
        DeclaredEntity(kind: .person, name: "Søren Weiß"),
    ]

    static func anonymised(_ text: String) -> String {
        Anonymiser(entities: people).anonymise(text)
    }

    /// Class 9: everyday spellings of a declared name.
    @Test(arguments: [
        ("Marijkes dossier", "persoon A dossier"),              // genitive
        ("mevrouw Desmet", "mevrouw persoon B"),                  // surname written together
        ("Stijn D’Hondt", "persoon C"),                          // typographic apostrophe
        ("de heer Dhondt", "de heer persoon C"),
        ("Hondt zei", "persoon C zei"),
        ("Ayse Yildiz", "persoon D"),                             // dotless ı, ş without their marks
        ("Walesa", "persoon E"),                                  // ł, ę
        ("Soren Weiss", "persoon F"),                             // ø, ß
        ("Pee\u{00AD}ters", "persoon A"),                         // soft hyphen from a word processor
        ("S. Weiss", "persoon F"),                                // initial next to the surname
        ("mevrouw P. was er", "mevrouw persoon A was er"),        // initial after a title
        ("M.P. was er", "persoon A was er"),                      // all the initials
    ])
    func everydaySpellings(text: String, expected: String) {
        #expect(Self.anonymised(text) == expected)
        #expect(LeakCheck(entities: Self.people).leaks(in: Self.anonymised(text)).isEmpty)
    }

    /// An initial that stands alone, not beside the name nor after a title, identifies nobody (docs/anonymisation.md).
    @Test func loneInitialStays() {
        #expect(Self.anonymised("Zie bijlage P. voor de rest.") == "Zie bijlage P. voor de rest.")
    }

    /// Class 10: invisible and look-alike characters; the leak check sees what a reader sees.
    @Test(arguments: [
        "Pee\u{200B}ters",                 // zero-width space
        "P\u{0435}\u{0435}ters",           // Cyrillic е
        "Ｐｅｅｔｅｒｓ",                       // full-width
        "\u{202E}sreteeP\u{202C}",         // right-to-left override: shows as Peeters
        "Pe\u{200D}eters",                 // zero-width joiner
        "\u{2066}Peeters\u{2069}",         // isolate
    ])
    func invisibleAndLookAlikeCharacters(text: String) {
        let check = LeakCheck(entities: Self.people)
        #expect(check.leaks(in: "Zo sprak \(text) gisteren.").map(\.entityName) == ["Marijke Peeters"])
        #expect(Self.anonymised("Zo sprak \(text) gisteren.") == "Zo sprak persoon A gisteren.")
    }

    /// Class 9: identifying details the documentation promises to remove.
    @Test(arguments: [
        ("op donderdag 4 september", "op september"),
        ("op 4 sept. 2025 om acht uur", "op september 2025 om acht uur"),
        ("op 4 mrt. 2025", "op maart 2025"),
        ("op 04/09/25", "op [datum]"),
        ("woont Kerkstr. 12, 2160 Wommelgem", "woont [adres]"),
        ("aan de Antwerpsestwg. 5", "aan de [adres]"),
        ("woont rue de la Loi 16, 1000 Bruxelles nu", "woont [adres] nu"),
        ("woont Hoofdstraat 5, 1234 AB Ergens", "woont [adres]"),
        ("woont Hauptstraße 3, 10115 Berlin", "woont [adres]"),
        ("bel +31 20 123 4567", "bel [telefoonnummer]"),
        ("bel +33 1 23 45 67 89", "bel [telefoonnummer]"),
        ("bel 0031 20 123 4567", "bel [telefoonnummer]"),
        ("bel +49 30 1234567", "bel [telefoonnummer]"),
    ])
    func identifyingDetails(text: String, expected: String) {
        #expect(Anonymiser(entities: []).anonymise(text) == expected)
    }

    /// Class 12: municipalities of the Flemish list are recognised without being declared; a unique function
    /// together with a place is broken up.
    @Test(arguments: [
        ("de schepen van Kinrooi", "de schepen van [gemeente]"),
        ("in Sint-Katelijne-Waver en Tessenderlo-Ham", "in [gemeente] en [gemeente]"),
        ("de Kinrooise oppositie", "de [weggelaten] oppositie"),
        ("de burgemeester van Zonnedorp", "de burgemeester van [gemeente]"),
        ("de algemeen directeur te Heidebeek", "de algemeen directeur te [gemeente]"),
        ("de Zonnedorpse burgemeester", "de [gemeente] burgemeester"),
        ("de financieel directeur van de gemeente Beekhoven", "de financieel directeur van de gemeente [gemeente]"),
        ("ze woont in Geel.", "ze woont in [gemeente]."),
        // Municipalities that are ordinary words: only capitalised and not at the start of a sentence.
        ("Geel is de kleur van de map.", "Geel is de kleur van de map."),
        ("andere landen halen het peil", "andere landen halen het peil"),
        ("de burgemeester van gemeente X", "de burgemeester van gemeente X"),
    ])
    func placesAndUniqueFunctions(text: String, expected: String) {
        #expect(Anonymiser(entities: []).anonymise(text) == expected)
        #expect(LeakCheck(entities: []).leaks(in: expected).isEmpty)
    }

    @Test func leakCheckFlagsUndeclaredMunicipalityAndFunctionWithPlace() {
        let leaks = LeakCheck(entities: []).leaks(in: "De burgemeester van Zonnedorp woont in Kinrooi.")
        #expect(leaks.map(\.kind).sorted { "\($0)" < "\($1)" } == [.functionAndPlace, .listedMunicipality])
    }

    /// Agentschap Binnenlands Bestuur: 300 Flemish municipalities from 2019 to 2024, 285 from 1 January 2025.
    @Test func municipalityListHasTheOfficialCounts() {
        let list = MunicipalityList.flemish
        #expect(list.names.count == 307)  // the 300 and the 7 names new in 2025
        #expect(Set(list.names.map(\.since2025)).count == 285)
        #expect(Set(list.names.map(\.name)).count == list.names.count)
        #expect(list.names.first { $0.name == "Borsbeek" }?.since2025 == "Antwerpen")
        #expect(list.names.first { $0.name == "Herne" }?.since2025 == "Pajottegem")
    }
}
