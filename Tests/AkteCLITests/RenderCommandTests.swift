import AkteODF
import AkteTestSupport
import Foundation
import Testing

@Suite struct RenderCommandTests {
    static let templateFixtures = TestPaths.repositoryRoot.appendingPathComponent("Tests/AkteTemplateTests/Fixtures")

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
        let folder = try TemporaryFolder.make()
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
        let folder = try TemporaryFolder.make()
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
        let folder = try TemporaryFolder.make()
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
        // The peers' benchmark letter in akte's syntax (Fixtures/bench-peers/README.md says where it comes from).
        let folder = try TemporaryFolder.make()
        defer { TemporaryFolder.remove(folder) }
        let template = TestPaths.fixtures().appendingPathComponent("bench-peers/letter_akte.odt")
        let data = folder.appendingPathComponent("data.jsonl")
        let line = #"{"name": "Zoë & <Co>", "address": "Rue 1", "date": "2025-01-01", "place": "Zaal", "time": "18:30", "case_number": "1", "#
            + #""agenda": [{"no": "1", "title": "A", "rapporteur": "R"}, {"no": "2", "title": "B", "rapporteur": "S"}], "#
            + #""recipients": [{"name": "N", "role": "lid"}], "urgent": true}"#
        try (line + "\n" + line.replacingOccurrences(of: "\"urgent\": true", with: "\"urgent\": false") + "\n").write(to: data, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try AkteBinary.run(["render", template.path, "--data", data.path, "--out", out.path])
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
        let folder = try TemporaryFolder.make()
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

    /// The streaming batch (fast path: one reused zip builder per worker, static parts copied raw, files written
    /// from the builder's buffer) gives byte for byte the documents of one-by-one renders, with 1 or 2 workers.
    @Test func jsonLinesBatchGivesTheSameBytesAsOneByOneRenders() throws {
        let folder = try TemporaryFolder.make()
        let template = Self.templateFixtures.appendingPathComponent("odf/oproeping.fodt").path
        let json = try String(contentsOf: Self.templateFixtures.appendingPathComponent("odf/oproeping.json"), encoding: .utf8)
        let base = json.replacingOccurrences(of: "\n", with: " ")
        var lines: [String] = []
        for i in 0..<12 {
            lines.append(base.replacingOccurrences(of: "2026/017", with: "2026/\(i)")
                .replacingOccurrences(of: "\"dringend\": false", with: "\"dringend\": \(i % 2 == 0)"))
        }
        let data = folder.appendingPathComponent("data.jsonl")
        // A blank line and CRLF line ends do not count as documents.
        try (lines[..<6].joined(separator: "\r\n") + "\n\n" + lines[6...].joined(separator: "\n")).write(to: data, atomically: true, encoding: .utf8)
        for jobs in [1, 2] {
            let out = folder.appendingPathComponent("batch\(jobs)")
            let result = try AkteBinary.run(["render", template, "--data", data.path, "--out", out.path, "--jobs", "\(jobs)"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == (0..<12).map { String(format: "doc_%04d.odt", $0) })
        }
        for (i, line) in lines.enumerated() {
            let single = folder.appendingPathComponent("single\(i).json")
            try line.write(to: single, atomically: true, encoding: .utf8)
            let out = folder.appendingPathComponent("single\(i).odt")
            let result = try AkteBinary.run(["render", template, "--data", single.path, "--out", out.path])
            #expect(result.status == 0, "\(result.stderr)")
            let expected = try Data(contentsOf: out)
            for jobs in [1, 2] {
                let batch = folder.appendingPathComponent("batch\(jobs)/" + String(format: "doc_%04d.odt", i))
                #expect(try Data(contentsOf: batch) == expected, "document \(i), \(jobs) worker(s)")
            }
        }
        // Rendering again into the same folder is refused without --force (exit 3, README "Exit codes"),
        // and with --force replaces the documents (whole files only, no temporary files left).
        let refused = try AkteBinary.run(["render", template, "--data", data.path, "--out", folder.appendingPathComponent("batch2").path])
        #expect(refused.status == 3, "\(refused.stderr)")
        #expect(refused.stderr.contains("already exists"))
        let again = try AkteBinary.run(["render", template, "--data", data.path, "--out", folder.appendingPathComponent("batch2").path, "--force"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("batch2").path).count == 12)
    }

    @Test func aBadLineStopsTheBatchAndNamesItsLine() throws {
        let folder = try TemporaryFolder.make()
        let data = folder.appendingPathComponent("data.jsonl")
        try "{\"x\": \"a\"}\n\n{\"x\": \"b\"}\n{\"x\": oops}\n".write(to: data, atomically: true, encoding: .utf8)
        let template = folder.appendingPathComponent("t.txt")
        try "{{ x }}\n".write(to: template, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try AkteBinary.run(["render", template.path, "--data", data.path, "--out", out.path, "--jobs", "1"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("akte: \(data.path):4: invalid JSON"), "\(result.stderr)")
        // Issue 6: a failed batch leaves nothing behind — the documents of the lines before the bad one are removed.
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasPrefix(".") } == [])
        let zero = try AkteBinary.run(["render", template.path, "--data", data.path, "--out", out.path, "--jobs", "0"])
        #expect(zero.status == 2)
    }

    @Test func anUnknownKeyIsAnInputErrorWithItsLocation() throws {
        let folder = try TemporaryFolder.make()
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
