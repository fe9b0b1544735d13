import Akte
import AkteODF
import AkteTestSupport
import Foundation
import Testing

@Suite("generate: the documents of the bundled examples")
struct GenerateExampleTests {
    @Test("every expected document exists as .odt and .txt, confidential ones 0600, and nothing else",
          arguments: [Examples.wommelgem, Examples.kinrooi, Examples.reflection])
    func documents(example: String) throws {
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try Examples.generate(Examples.folder.appendingPathComponent(example), out: out)
        let (folder, files) = try #require(Examples.expected[example])
        #expect(result.directory.lastPathComponent == folder)
        let expected = Set(files.flatMap { ["\($0).odt", "\($0).txt"] })
        let actual = Set(try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent(folder).path))
        #expect(actual == expected, "missing: \(expected.subtracting(actual).sorted()), unexpected: \(actual.subtracting(expected).sorted())")
        for document in result.written {
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: document.url.path)[.posixPermissions] as? Int)
            #expect(mode == (document.kind.isConfidential ? 0o600 : 0o644), "\(document.url.lastPathComponent): mode \(String(mode, radix: 8))")
        }
    }

    @Test("every .odt is conforming ODF 1.3 and carries the document's title",
          arguments: [Examples.wommelgem, Examples.kinrooi, Examples.reflection])
    func conforming(example: String) throws {
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try Examples.generate(Examples.folder.appendingPathComponent(example), out: out, formats: [.odt])
        let validator = try PackageValidator()
        for document in result.written {
            let report = try validator.validate(contentsOf: document.url)
            #expect(report.conformance == .conforming, "\(document.url.lastPathComponent): \(report.problems.prefix(3))")
            let meta = try ODTText.text(of: Data(contentsOf: document.url)).first { $0.part == "meta.xml" }?.text ?? ""
            #expect(!meta.contains("{{"), "\(document.url.lastPathComponent): tag left in meta.xml")
        }
    }

    @Test("golden files: the .txt of every document (AKTE_RECORD=1 records)",
          arguments: [Examples.wommelgem, Examples.kinrooi, Examples.reflection])
    func golden(example: String) throws {
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try Examples.generate(Examples.folder.appendingPathComponent(example), out: out, formats: [.txt])
        let (folder, _) = try #require(Examples.expected[example])
        for document in result.written {
            let text = try String(contentsOf: document.url, encoding: .utf8)
            #expect(!text.contains("{{") && !text.contains("TODO"), "\(document.url.lastPathComponent)")
            Golden.check(text, against: Examples.golden.appendingPathComponent(folder).appendingPathComponent(document.url.lastPathComponent))
        }
    }

    @Test("the same case twice gives byte-identical files")
    func deterministic() throws {
        let first = try TemporaryFolder.make(), second = try TemporaryFolder.make()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        for example in [Examples.wommelgem, Examples.kinrooi, Examples.reflection] {
            _ = try Examples.generate(Examples.folder.appendingPathComponent(example), out: first)
            _ = try Examples.generate(Examples.folder.appendingPathComponent(example), out: second)
        }
        let a = try Examples.snapshot(first), b = try Examples.snapshot(second)
        #expect(a.count == 2 * Examples.expected.values.reduce(0) { $0 + $1.files.count })
        #expect(a == b)
    }
}

@Suite("generate: the rules a document must obey")
struct GenerateRuleTests {
    static let lateSending: [(String, String)] = [("plannedSending: 2025-08-22", "plannedSending: 2025-08-30")]

    @Test("a sending date that breaks the notice period is refused with the latest legal date; nothing is written")
    func lateSendingRefused() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Examples.edited(Examples.wommelgem, in: folder, Self.lateSending)
        let out = folder.appendingPathComponent("out")
        #expect {
            try Examples.generate(file, out: out)
        } throws: { error in
            guard let lines = (error as? GenerateError)?.ruleViolationLines else { return false }
            // One error (the finding `check` reports) and the documents it makes illegal.
            return lines.count == 3 && lines[1].contains("latest sending date: dinsdag 26 augustus 2025")
                && lines[1].contains("planned sending 2025-08-30") && lines[1].contains("[art. 46 §1] (notice.late)")
                && lines[2].contains("the convocations of meeting hoorzitting")
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("with urgency declared and motivated, the urgent period applies and the letter prints the motivation")
    func urgentVariant() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let motivation = "De melder vreest dat de vergunning binnen enkele dagen wordt verleend."
        let file = try Examples.edited(Examples.wommelgem, in: folder, Self.lateSending + [
            ("    plannedSending: 2025-08-30\n", "    plannedSending: 2025-08-30\n    urgent: true\n    urgencyMotivation: \(motivation)\n"),
        ])
        let result = try Examples.generate(file, out: folder.appendingPathComponent("out"), formats: [.txt], only: [.oproeping])
        let letter = try #require(result.written.first { $0.url.lastPathComponent == "01-oproeping-2025-09-04-koen-mertens.txt" })
        let text = try String(contentsOf: letter.url, encoding: .utf8)
        // The motivation is its own paragraph: no sentence of the user's starts after a colon (issue 10, finding 12).
        #expect(text.contains("met de volgende motivering.\n\n\(motivation)"))
        #expect(text.contains("verkorte termijn van ten minste drie dagen vóór de vergadering (artikel 46, § 1 van de deontologische code)"))
        #expect(text.contains("Heidebeek, 30 augustus 2025"))
    }

    @Test("a neutral form of address greets by full name, with one space")
    func neutralFormOfAddress() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Examples.edited(Examples.wommelgem, in: folder, [
            ("name: Koen Mertens, surname: Mertens, form: heer", "name: Koen Mertens, surname: Mertens, form: neutraal"),
        ])
        let result = try Examples.generate(file, out: folder.appendingPathComponent("out"), formats: [.txt], only: [.oproeping])
        let letter = try #require(result.written.first { $0.url.lastPathComponent == "01-oproeping-2025-09-04-koen-mertens.txt" })
        let text = try String(contentsOf: letter.url, encoding: .utf8)
        #expect(text.contains("\nGeachte Koen Mertens,\n"))
        #expect(!text.contains("Geachte  "))
    }

    @Test("an urgent meeting without a motivation is refused")
    func urgentWithoutMotivation() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Examples.edited(Examples.wommelgem, in: folder, [("    plannedSending: 2025-08-22\n", "    plannedSending: 2025-08-22\n    urgent: true\n")])
        #expect {
            try Examples.generate(file, out: folder.appendingPathComponent("out"))
        } throws: { error in
            guard let lines = (error as? GenerateError)?.ruleViolationLines else { return false }
            return lines.contains { $0.contains("without a motivation") }
        }
    }

    @Test("the respondent member is replaced by the substitute in the convocations")
    func substitute() throws {
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try Examples.generate(Examples.folder.appendingPathComponent(Examples.wommelgem), out: out, formats: [.txt], only: [.oproeping])
        let names = result.written.map(\.url.lastPathComponent)
        #expect(!names.contains { $0.contains("pieter-de-smet") })
        #expect(names.filter { $0.contains("sofie-goossens") }.count == 2)
        for document in result.written {
            let text = try String(contentsOf: document.url, encoding: .utf8)
            let isSubstitute = document.url.lastPathComponent.contains("sofie-goossens")
            #expect(text.contains("U wordt opgeroepen als plaatsvervanger") == isSubstitute, "\(document.url.lastPathComponent)")
            #expect(!text.contains("Pieter De Smet"))
        }
    }

    @Test("the Kinrooi second convocation says so and names the first meeting and the quorum article")
    func secondConvocation() throws {
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try Examples.generate(Examples.folder.appendingPathComponent(Examples.kinrooi), out: out, formats: [.txt], only: [.oproeping])
        let letter = try #require(result.written.first { $0.url.lastPathComponent == "01-oproeping-2025-10-16-wout-nijs.txt" })
        let text = try String(contentsOf: letter.url, encoding: .utf8)
        #expect(text.contains("Betreft: tweede oproeping"))
        #expect(text.contains("De vergadering van donderdag 2 oktober 2025 kon niet rechtsgeldig plaatsvinden"))
        #expect(text.contains("artikel 5 van het huishoudelijk reglement van de deontologische commissie kan de commissie na deze tweede oproeping"))
    }
}

@Suite("generate: writing")
struct GenerateWritingTests {
    @Test("re-running without force refuses (nothing changed, nothing added); with force it replaces")
    func noOverwrite() throws {
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        let file = Examples.folder.appendingPathComponent(Examples.kinrooi)
        _ = try Examples.generate(file, out: out)
        let removed = out.appendingPathComponent("DC-2025-03/03-beslissing-commissie.txt")
        try FileManager.default.removeItem(at: removed)
        let before = try Examples.snapshot(out)
        #expect {
            try Examples.generate(file, out: out)
        } throws: { error in
            guard case .exists(let paths) = error as? GenerateError else { return false }
            return paths.count == 2 * (Examples.expected[Examples.kinrooi]?.files.count ?? 0) - 1
        }
        #expect(try Examples.snapshot(out) == before)
        #expect(!FileManager.default.fileExists(atPath: removed.path))
        _ = try Examples.generate(file, out: out, force: true)
        #expect(FileManager.default.fileExists(atPath: removed.path))
    }

    @Test("--templates DIR with one overridden template: that document uses it, the others the shipped ones")
    func templateOverride() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let own = folder.appendingPathComponent("mijn-sjablonen")
        try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
        let shipped = try String(contentsOf: Examples.templates.appendingPathComponent("oproeping.txt"), encoding: .utf8)
        try shipped.replacingOccurrences(of: "{{ municipality.letterhead }}", with: "{{ municipality.letterhead }} – eigen briefhoofd")
            .write(to: own.appendingPathComponent("oproeping.txt"), atomically: true, encoding: .utf8)
        let shippedFlat = try String(contentsOf: Examples.templates.appendingPathComponent("oproeping.fodt"), encoding: .utf8)
        try shippedFlat.replacingOccurrences(of: "{{ municipality.letterhead }}", with: "{{ municipality.letterhead }} – eigen briefhoofd")
            .write(to: own.appendingPathComponent("oproeping.fodt"), atomically: true, encoding: .utf8)
        let withOverride = folder.appendingPathComponent("a"), plain = folder.appendingPathComponent("b")
        let file = Examples.folder.appendingPathComponent(Examples.wommelgem)
        _ = try Examples.generate(file, out: withOverride, templates: own)
        _ = try Examples.generate(file, out: plain)
        let a = try Examples.snapshot(withOverride), b = try Examples.snapshot(plain)
        #expect(a.keys == b.keys)
        for (path, data) in a {
            let overridden = path.contains("/01-oproeping-")
            #expect((data != b[path]) == overridden, "\(path)")
            guard overridden else { continue }
            if path.hasSuffix(".txt") {
                #expect(String(decoding: data, as: UTF8.self).hasPrefix("Gemeente en OCMW Heidebeek – eigen briefhoofd\n"))
            } else {
                #expect(try ODTText.text(of: data).contains { $0.text.contains("Gemeente en OCMW Heidebeek – eigen briefhoofd") })
                #expect(try PackageValidator().validate(odt: data).conformance == .conforming)
            }
        }
    }

    @Test("a template with an unknown key is an input error naming the template")
    func badOverride() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{{ recipient.nam }}\n".write(to: folder.appendingPathComponent("uitnodiging-hoorzitting.txt"), atomically: true, encoding: .utf8)
        #expect {
            try Examples.generate(Examples.folder.appendingPathComponent(Examples.wommelgem), out: folder.appendingPathComponent("out"), templates: folder)
        } throws: { error in
            guard let error = error as? GenerateError else { return false }
            switch error {
            case .template, .document: break
            default: return false
            }
            return error.description.contains("uitnodiging-hoorzitting") && error.description.contains("recipient.nam")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }
}
