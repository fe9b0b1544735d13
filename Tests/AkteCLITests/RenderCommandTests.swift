import AkteODF
import Foundation
import Testing

@Suite struct RenderCommandTests {
    static let templateFixtures = TestPaths.repositoryRoot.appendingPathComponent("Tests/AkteTemplateTests/Fixtures")

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("akte-cli-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func unzip(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["unzip"] + arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func rendersAPlainTextTemplateWithYAMLData() throws {
        let folder = try temporaryFolder()
        let yaml = """
        lid: {naam: "Eva Müller & Zoon", adres: "Kerkstraat 1 <bus 2>"}
        dossier: "2026/017"
        agenda:
          - {nr: 1, titel: Opening}
          - {nr: 2, titel: 'Verslag "vorige" zitting'}
        dringend: false
        leden: [An, Bert, Çelik]
        """
        try yaml.write(to: folder.appendingPathComponent("data.yaml"), atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("brief.txt")
        let result = try AkteBinary.run(["render", Self.templateFixtures.appendingPathComponent("text/brief.txt").path,
                                         "--data", folder.appendingPathComponent("data.yaml").path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = try String(contentsOf: Self.templateFixtures.appendingPathComponent("text/brief.expected.txt"), encoding: .utf8)
        #expect(try String(contentsOf: out, encoding: .utf8) == expected)
    }

    @Test func rendersAnODTPackageFromAFlatTemplate() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("oproeping.odt")
        let result = try AkteBinary.run(["render", Self.templateFixtures.appendingPathComponent("odf/oproeping.fodt").path,
                                         "--data", Self.templateFixtures.appendingPathComponent("odf/oproeping.json").path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let listing = try unzip(["-Z1", out.path]).split(separator: "\n").map(String.init)
        #expect(listing.first == "mimetype")
        #expect(Set(listing) == ["mimetype", "content.xml", "styles.xml", "meta.xml", "settings.xml", "META-INF/manifest.xml"])
        let content = try unzip(["-p", out.path, "content.xml"])
        #expect(content.contains("Beste Eva Müller-Çelik &quot;de Jonge&quot; &amp; &apos;Zoon&apos;,"))
        #expect(!content.contains("{{"))
        let report = try PackageValidator().validate(contentsOf: out)
        #expect(report.conformance == .conforming, "\(report.problems)")
        let validate = try AkteBinary.run(["validate", out.path])
        #expect(validate.status == 0 && validate.stdout.contains("conforming"), "\(validate.stdout)")
    }

    @Test func rendersFlatODFThatAkteValidateAccepts() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("oproeping.fodt")
        let result = try AkteBinary.run(["render", Self.templateFixtures.appendingPathComponent("odf/handmade-resaved.fodt").path,
                                         "--data", Self.templateFixtures.appendingPathComponent("odf/handmade.json").path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let validate = try AkteBinary.run(["validate", out.path])
        #expect(validate.status == 0, "\(validate.stdout)")
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.contains("Kop: Voorbeeldstad") && text.contains("Beste Zoë") && text.contains(", welkom!"))
    }

    @Test func rendersTheBenchmarkLetterFromAnODTTemplate() throws {
        // The peers' benchmark letter in akte's syntax, written by ../shared/bench-peers/make_templates.py.
        let folder = try temporaryFolder()
        let bench = TestPaths.shared.appendingPathComponent("bench-peers")
        guard FileManager.default.fileExists(atPath: bench.appendingPathComponent("make_templates.py").path) else { return }
        let copy = folder.appendingPathComponent("bench")
        try FileManager.default.copyItem(at: bench, to: copy)
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        make.arguments = ["python3", "make_templates.py"]
        make.currentDirectoryURL = copy
        make.standardOutput = FileHandle.nullDevice
        try make.run()
        make.waitUntilExit()
        try #require(make.terminationStatus == 0)
        let data = folder.appendingPathComponent("data.jsonl")
        let line = #"{"name": "Zoë & <Co>", "address": "Rue 1", "date": "2025-01-01", "place": "Zaal", "time": "18:30", "case_number": "1", "#
            + #""agenda": [{"no": "1", "title": "A", "rapporteur": "R"}, {"no": "2", "title": "B", "rapporteur": "S"}], "#
            + #""recipients": [{"name": "N", "role": "lid"}], "urgent": true}"#
        try (line + "\n" + line.replacingOccurrences(of: "\"urgent\": true", with: "\"urgent\": false") + "\n").write(to: data, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try AkteBinary.run(["render", copy.appendingPathComponent("templates/letter_akte.odt").path, "--data", data.path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let first = try unzip(["-p", out.appendingPathComponent("doc_0000.odt").path, "content.xml"])
        let second = try unzip(["-p", out.appendingPathComponent("doc_0001.odt").path, "content.xml"])
        #expect(first.components(separatedBy: "<table:table-row>").count - 1 == 3)  // header + 2 agenda rows
        #expect(first.contains("Zoë &amp; &lt;Co&gt;"))
        #expect(first.contains("urgency procedure") && !second.contains("urgency procedure"))
        let report = try PackageValidator().validate(contentsOf: out.appendingPathComponent("doc_0000.odt"))
        #expect(report.conformance == .conforming, "\(report.problems)")
    }

    @Test func jsonLinesWriteOneDocumentPerLineNamedByATemplate() throws {
        let folder = try temporaryFolder()
        let data = folder.appendingPathComponent("data.jsonl")
        try """
        {"id": "A/1", "xs": ["a"]}
        {"id": "B", "xs": []}

        """.write(to: data, atomically: true, encoding: .utf8)
        let template = folder.appendingPathComponent("t.txt")
        try "{{ id }}:{{#xs}}{{.}}{{/xs}}\n".write(to: template, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try AkteBinary.run(["render", template.path, "--data", data.path, "--out", out.path, "--name", "brief-{{ id }}"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: out.appendingPathComponent("brief-A_1.txt"), encoding: .utf8) == "A/1:a\n")
        #expect(try String(contentsOf: out.appendingPathComponent("brief-B.txt"), encoding: .utf8) == "B:\n")
        let clash = try AkteBinary.run(["render", template.path, "--data", data.path, "--out", out.path, "--name", "same"])
        #expect(clash.status == 2)
        #expect(clash.stderr.contains("already the name of line"))
        let unnamed = try AkteBinary.run(["render", template.path, "--data", data.path, "--out", out.path])
        #expect(unnamed.status == 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("doc_0001.txt").path))
    }

    @Test func anUnknownKeyIsAnInputErrorWithItsLocation() throws {
        let folder = try temporaryFolder()
        let data = folder.appendingPathComponent("data.json")
        try #"{"lid": {"naam": "Eva"}}"#.write(to: data, atomically: true, encoding: .utf8)
        let template = folder.appendingPathComponent("t.txt")
        try "Beste\n{{ lid.nam }}\n".write(to: template, atomically: true, encoding: .utf8)
        let result = try AkteBinary.run(["render", template.path, "--data", data.path, "--out", folder.appendingPathComponent("x.txt").path])
        #expect(result.status == 2)
        #expect(result.stderr == "akte: \(template.path):2:1: unknown key 'lid.nam' (did you mean 'lid.naam'?)\n")
    }

    @Test func templatesKeysListsWhatATemplateNeeds() throws {
        let result = try AkteBinary.run(["templates", "keys", Self.templateFixtures.appendingPathComponent("text/brief.txt").path])
        #expect(result.status == 0)
        #expect(result.stdout == "lid.naam\nlid.adres\ndossier\n#agenda\nagenda > nr\nagenda > titel\nagenda > dossier\n^agenda\n#dringend\n#leden\nleden > .\n")
    }

    @Test func templatesKeysReadsLibreOfficeTemplates() throws {
        let result = try AkteBinary.run(["templates", "keys", Self.templateFixtures.appendingPathComponent("odf/oproeping.fodt").path])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").map(String.init) == [
            "datum", "lid.naam", "dossier", "#punten", "punten > nr", "punten > titel", "#bijlagen", "bijlagen > .",
            "#leden", "leden > naam", "leden > fractie", "#fracties", "fracties > naam", "fracties > #leden",
            "fracties > leden > naam", "fracties > leden > afkorting", "#dringend", "^dringend", "#aanwezigen",
            "aanwezigen > .", "opmerking",
        ])
    }
}
