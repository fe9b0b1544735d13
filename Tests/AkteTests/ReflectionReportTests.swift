import AkteODF
import Akte
import AkteRules
import AkteTestSupport
import Foundation
import Testing

@Suite("generate: the anonymised reflection-chamber report")
struct ReflectionReportTests {
    static let exampleFile = Examples.folder.appendingPathComponent(Examples.reflection)

    /// A template folder whose `reflectieverslag.txt` prints `planted` in its closing line (a user's own template).
    static func plantingTemplates(_ planted: String, in folder: URL) throws -> URL {
        let own = folder.appendingPathComponent("sjablonen")
        try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
        let shipped = try String(contentsOf: Examples.templates.appendingPathComponent("reflectieverslag.txt"), encoding: .utf8)
        try (shipped + "Met dank aan \(planted).\n").write(to: own.appendingPathComponent("reflectieverslag.txt"), atomically: true, encoding: .utf8)
        return own
    }

    @Test("the example's report names nobody: participants by role, month and year only",
          arguments: [OutputFormat.txt])
    func anonymised(format: OutputFormat) throws {
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try Examples.generate(Self.exampleFile, out: out, formats: [format])
        let text = try String(contentsOf: try #require(result.written.first).url, encoding: .utf8)
        for name in ["Marijke", "Peeters", "Oostervelde", "Verhaegen", "Van Acker", "Claeys", "Bouzid", "Vermeiren", "Devos", "Verbist", "14 mei", "Bischoffsheimlaan"] {
            #expect(!text.contains(name), "\(name) in the report")
        }
        #expect(text.contains("Zitting: mei 2025"))
        #expect(text.contains("- vier deskundigen, leden van de reflectiekamer"))
        #expect(text.contains("De casusinbrenger laat haar woning verbouwen door een lokale aannemer."))
    }

    @Test("a planted declared name blocks the report, whatever its case or accents, also inside a compound; nothing is written",
          arguments: ["Marijke Peeters", "MARIJKE PEETERS", "marijke péeters", "de Peetersstraat", "Oostervelde", "een OOSTERVELDENAAR"])
    func plantedNameBlocks(planted: String) throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let own = try Self.plantingTemplates(planted, in: folder)
        let out = folder.appendingPathComponent("out")
        #expect {
            try Examples.generate(Self.exampleFile, out: out, templates: own)
        } throws: { error in
            guard case .leak(let places) = error as? GenerateError else { return false }
            // The .txt place names the line and column of the planted text.
            return places.contains { $0.hasPrefix("01-reflectieverslag.txt:") && $0.contains("reveals declared name") }
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("a name that comes back through the session file itself (a replacement naming another declared entity) blocks the report")
    func leakThroughReplacement() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Examples.edited(Examples.reflection, in: folder, [
            ("{kind: organisatie, name: Bouwbedrijf Verhaegen, replacement: een lokale aannemer}",
             "{kind: organisatie, name: Bouwbedrijf Verhaegen, replacement: een aannemer uit Oostervelde}"),
        ])
        #expect {
            try Examples.generate(file, out: folder.appendingPathComponent("out"))
        } throws: { error in
            guard case .leak(let places) = error as? GenerateError else { return false }
            return places.contains { $0.contains("\"Oostervelde\" reveals declared name \"Oostervelde\"") }
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test("ordinary words that merely contain a short given name do not block the report")
    func shortGivenName() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Examples.edited(Examples.reflection, in: folder, [
            ("  - {name: Kim Verbist, replacement: het secretariaat}", "  - {name: Kim Verbist, replacement: het secretariaat}\n  - {name: Jan Verhulst, variants: [Jan]}"),
            ("      - Ook de schijn van partijdigheid weegt, los van de vraag of er werkelijk voordeel is.",
             "      - Ook de schijn van partijdigheid weegt, los van de vraag of er werkelijk voordeel is.\n      - In januari sprak Jan er al over met de Jansens, een ander gezin in de straat."),
        ])
        let own = try Self.plantingTemplates("de leden van januari", in: folder)
        let result = try Examples.generate(file, out: folder.appendingPathComponent("out"), templates: own, formats: [.txt])
        let text = try String(contentsOf: try #require(result.written.first).url, encoding: .utf8)
        // "Jan" as a word is replaced by the anonymiser's label; "januari" and "Jansens" stay.
        #expect(text.range(of: "In januari sprak persoon [A-Z]+ er al over met de Jansens, een ander gezin in de straat.", options: .regularExpression) != nil)
        #expect(!text.contains(" Jan "))
        #expect(text.contains("Met dank aan de leden van januari."))
    }

    @Test("undeclared e-mail, phone, IBAN and national-number patterns are removed")
    func personalData() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let planted = "Contact: kim.vdb@steunpunt.example, 0475 12 34 56 of +32 3 123 45 67; rekening BE68 5390 0754 7034; rijksregisternummer 85.07.30-033.61; sessie op 14/05/2025."
        let file = try Examples.edited(Examples.reflection, in: folder, [
            ("      - Wat weet het college al over de verbouwing? Wie zou aan de onpartijdigheid kunnen twijfelen?",
             "      - Wat weet het college al over de verbouwing? Wie zou aan de onpartijdigheid kunnen twijfelen?\n      - \"\(planted)\""),
        ])
        let result = try Examples.generate(file, out: folder.appendingPathComponent("out"), formats: [.txt, .odt])
        for document in result.written {
            let text = document.url.pathExtension == "txt"
                ? try String(contentsOf: document.url, encoding: .utf8)
                : try ODTText.text(of: Data(contentsOf: document.url)).map(\.text).joined(separator: "\n")
            for leaked in ["kim.vdb", "steunpunt.example", "0475", "123 45 67", "BE68", "5390", "85.07.30", "033.61", "14/05/2025"] {
                #expect(!text.contains(leaked), "\(leaked) in \(document.url.lastPathComponent)")
            }
            for marker in ["[e-mailadres]", "[telefoonnummer]", "[rekeningnummer]", "[rijksregisternummer]", "mei 2025"] {
                #expect(text.contains(marker), "\(marker) missing in \(document.url.lastPathComponent)")
            }
        }
    }
}

/// Issue 11, class 11: the leak check reads every text a reader or a program can extract from the .odt.
extension ReflectionReportTests {
    static let xlink = "http://www.w3.org/1999/xlink"

    /// A template folder whose `reflectieverslag.fodt` carries `paragraph` at the end of the body, and whose
    /// root declares the xlink namespace if it did not.
    static func plantingODT(_ paragraph: String, in folder: URL) throws -> URL {
        let own = folder.appendingPathComponent("sjablonen-odt")
        try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
        var shipped = try String(contentsOf: Examples.templates.appendingPathComponent("reflectieverslag.fodt"), encoding: .utf8)
        try #require(shipped.contains("  </office:text>"))
        shipped = shipped.replacingOccurrences(of: "  </office:text>", with: "   \(paragraph)\n  </office:text>")
        if !shipped.contains("xmlns:xlink=") {
            shipped = shipped.replacingOccurrences(of: "<office:document ", with: "<office:document xmlns:xlink=\"\(xlink)\" ")
        }
        try shipped.write(to: own.appendingPathComponent("reflectieverslag.fodt"), atomically: true, encoding: .utf8)
        return own
    }

    @Test("a declared name in the user's .odt template blocks the report wherever a program can read it; nothing is written",
          arguments: [
            #"<text:p text:style-name="Tekst"><text:bookmark text:name="Peeters"/>Bijlage</text:p>"#,
            #"<text:p text:style-name="Tekst"><text:a xlink:type="simple" xlink:href="https://example.org/dossier/Peeters">dossier</text:a></text:p>"#,
            #"<text:p text:style-name="Tekst"><text:a xlink:type="simple" xlink:href="https://example.org/Marijke%20Peeters">dossier</text:a></text:p>"#,
            #"<text:p text:style-name="Tekst">Met dank aan Pee<text:span>ters</text:span>.</text:p>"#,
            #"<text:p text:style-name="Tekst">Met dank aan <text:span>Oosterv</text:span>elde.</text:p>"#,
            #"<text:p text:style-name="Tekst">Met dank aan P&#x435;eters.</text:p>"#,
            #"<text:p text:style-name="Tekst">Met dank aan Pee&#x200B;ters.</text:p>"#,
          ])
    func plantedInODTTemplateBlocks(paragraph: String) throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let own = try Self.plantingODT(paragraph, in: folder)
        let out = folder.appendingPathComponent("out")
        #expect {
            try Examples.generate(Self.exampleFile, out: out, templates: own, formats: [.odt])
        } throws: { error in
            guard case .leak(let places) = error as? GenerateError else { return false }
            return places.contains { $0.hasPrefix("01-reflectieverslag.odt, content.xml:") }
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("invisible and look-alike characters in the user's .txt template do not hide a declared name",
          arguments: ["Pee\u{200B}ters", "P\u{0435}eters", "\u{202E}sreteeP\u{202C}", "Ｐｅｅｔｅｒｓ", "Marijkes"])
    func invisibleInTextTemplateBlocks(planted: String) throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let own = try Self.plantingTemplates(planted, in: folder)
        #expect {
            try Examples.generate(Self.exampleFile, out: folder.appendingPathComponent("out"), templates: own, formats: [.txt])
        } throws: { error in
            guard case .leak(let places) = error as? GenerateError else { return false }
            return places.contains { $0.hasPrefix("01-reflectieverslag.txt:") && $0.contains("Marijke Peeters") }
        }
    }
}
