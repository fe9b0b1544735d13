import Testing
@testable import AkteRules

/// VVSG reflectiekamer (seed 000): the secretariat keeps an ANONYMISED report.
@Suite struct AnonymiserTests {
    let entities = [
        DeclaredEntity(kind: .person, name: "Jan Peeters"),
        DeclaredEntity(kind: .person, name: "Marie-Louise Van den Broeck", aliases: ["Malou"]),
        DeclaredEntity(kind: .municipality, name: "Gemeente Zonnedorp"),
        DeclaredEntity(kind: .organisation, name: "vzw De Brug"),
        DeclaredEntity(kind: .person, name: "Els Smet"),
    ]

    @Test func declaredEntitiesGetConsistentLabels() {
        let anonymiser = Anonymiser(entities: entities)
        #expect(anonymiser.labels == ["persoon A", "persoon B", "gemeente X", "organisatie 1", "persoon C"])
        let text = "Jan Peeters sprak met Marie-Louise Van den Broeck over vzw De Brug in Zonnedorp. Later belde Peeters opnieuw."
        #expect(anonymiser.anonymise(text)
            == "persoon A sprak met persoon B over organisatie 1 in gemeente X. Later belde persoon A opnieuw.")
    }

    @Test func matchingIgnoresCaseAndAccents() {
        let anonymiser = Anonymiser(entities: [DeclaredEntity(kind: .person, name: "Émile Dubois")])
        #expect(anonymiser.anonymise("EMILE DUBOIS en emile dubois en Émile") == "persoon A en persoon A en persoon A")
    }

    @Test func surnameInsideACompoundIsRemoved() {
        let anonymiser = Anonymiser(entities: entities)
        #expect(anonymiser.anonymise("de Peetersbrug en de Zonnedorpse feesten") == "de [weggelaten] en de [weggelaten] feesten")
    }

    @Test func shortGivenNameInsideAnOrdinaryWordIsNotAName() {
        let anonymiser = Anonymiser(entities: entities)
        #expect(anonymiser.anonymise("In januari ging Jan naar Jansens.") == "In januari ging persoon A naar Jansens.")
        #expect(LeakCheck(entities: entities).leaks(in: "In januari besprak de raad de besmetting.").isEmpty)
    }

    @Test func shortSurnameAtTheStartOfACompoundLeaks() {
        let leaks = LeakCheck(entities: entities).leaks(in: "Ze woont in de Smetstraat.")
        #expect(leaks.map(\.fragment) == ["Smetstraat"])
        #expect(leaks.first?.entityName == "Els Smet")
    }

    @Test func aliasesAndHyphenPartsAreNames() {
        let anonymiser = Anonymiser(entities: entities)
        #expect(anonymiser.anonymise("Malou en Louise") == "persoon B en persoon B")
    }

    @Test func leakCheckNamesLineAndColumn() {
        let leaks = LeakCheck(entities: entities).leaks(in: "Eerste regel.\nDaarna kwam mevrouw VAN DEN BROECK.")
        #expect(leaks == [NameLeak(entityName: "Marie-Louise Van den Broeck", fragment: "VAN DEN BROECK", line: 2, column: 21)])
    }

    @Test(arguments: [
        ("Mail jan.peeters@zonnedorp.be gerust.", "Mail [e-mailadres] gerust."),
        ("Bel 03 123 45 67 of 0475 12 34 56.", "Bel [telefoonnummer] of [telefoonnummer]."),
        ("Bel +32 475 12 34 56.", "Bel [telefoonnummer]."),
        ("Rijksregisternummer 85.07.30-033.61 staat erop.", "Rijksregisternummer [rijksregisternummer] staat erop."),
        ("Stort op BE68 5390 0754 7034.", "Stort op [rekeningnummer]."),
        ("Hij woont Kerkstraat 12 bus 3, 2160 Wommelgem sinds kort.", "Hij woont [adres] sinds kort."),
        ("Op donderdag 4 september 2025 om 20 uur.", "Op september 2025 om 20 uur."),
        ("Op 04/09/2025 en op 2025-10-01.", "Op september 2025 en op oktober 2025."),
    ])
    func undeclaredPersonalDataIsRemovedOrGeneralised(input: String, expected: String) {
        #expect(Anonymiser(entities: []).anonymise(input) == expected)
    }

    @Test func labelsNeverRunOut() {
        #expect(Anonymiser.label(for: .person, ordinal: 25) == "persoon Z")
        #expect(Anonymiser.label(for: .person, ordinal: 26) == "persoon AA")
        #expect(Anonymiser.label(for: .organisation, ordinal: 2) == "organisatie 3")
    }
}

extension AnonymiserTests {
    @Test func surnameWithParticlesIsReplacedWhole() {
        #expect(Anonymiser(entities: entities).anonymise("mevrouw Van den Broeck") == "mevrouw persoon B")
    }
}
