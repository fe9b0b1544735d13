import AkteTestSupport
import Foundation
import Testing

/// `akte generate` as a user runs it: output lines, warnings, exit codes.
@Suite("akte generate (CLI)")
struct GenerateCommandTests {
    static let examples = TestPaths.examples
    static let environment = ["AKTE_TEMPLATES": TestPaths.templates.path]

    func run(_ arguments: [String], in folder: URL, environment: [String: String] = environment) throws -> AkteBinary.Result {
        try AkteBinary.run(["generate"] + arguments, currentDirectory: folder, environment: environment)
    }

    @Test("the Kinrooi example: prints every file written, marks confidential ones, warns nothing; exit 0")
    func kinrooi() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run([Self.examples.appendingPathComponent("commissie-kinrooi.yaml").path, "--out", "Uit"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        // 24 documents: 12 convocations (not to the chair, who convenes), 2 notifications of the complaint (art. 11),
        // 2 hearing invitations, the decision, 3 notifications of it (art. 8), the council item and extract, 2 minutes.
        #expect(lines.count == 2 * 24)
        // Every document of a case is confidential (Kinrooi art. 5: the meetings are closed), a convocation too.
        #expect(lines.contains("wrote Uit/DC-2025-03/01-oproeping-2025-10-16-wout-nijs.odt (vertrouwelijk, 0600)"))
        #expect(lines.contains("wrote Uit/DC-2025-03/03-beslissing-commissie.txt (vertrouwelijk, 0600)"))
        #expect(result.stderr.isEmpty)
    }

    @Test("--only and --format select the documents and formats")
    func onlyAndFormat() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run([Self.examples.appendingPathComponent("commissie-voorbeeld.yaml").path, "--only", "advies,besluit", "--format", "txt"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "wrote Output/DC-2025-01/03-gemotiveerd-advies.txt (vertrouwelijk, 0600)\nwrote Output/DC-2025-01/05-besluit-gemeenteraad-2025-10-20.txt (vertrouwelijk, 0600)\n")
        let bad = try run([Self.examples.appendingPathComponent("commissie-voorbeeld.yaml").path, "--only", "adviezen"], in: folder)
        #expect(bad.status == 2)
        // A typed option: ArgumentParser names the value and lists the kinds.
        #expect(bad.stderr.hasPrefix("Error: The value 'adviezen' is invalid for '--only <kinds>'. Please provide one of the following:\n  - oproeping\n"))
        let format = try run([Self.examples.appendingPathComponent("commissie-voorbeeld.yaml").path, "--format", "odt,docx"], in: folder)
        #expect(format.status == 2)
        #expect(format.stderr.hasPrefix("Error: The value 'odt,docx' is invalid for '--format <formats>'. Please provide one of 'odt', 'txt', 'pdf' or 'html'."))
        let flat = try run([Self.examples.appendingPathComponent("commissie-voorbeeld.yaml").path, "--format", "fodt"], in: folder)
        #expect(flat.status == 2)
        #expect(flat.stderr.hasPrefix("Error: The value 'fodt' is invalid for '--format <formats>'. Please provide one of 'odt', 'txt', 'pdf' or 'html'."))
    }

    @Test("a late sending date: exit 1, the latest legal sending date in the message, nothing written")
    func lateSending() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: Self.examples.appendingPathComponent("commissie-voorbeeld.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "plannedSending: 2025-08-22", with: "plannedSending: 2025-08-30")
        try text.write(to: folder.appendingPathComponent("case.yaml"), atomically: true, encoding: .utf8)
        let result = try run(["case.yaml"], in: folder)
        #expect(result.status == 1)
        let line = text.components(separatedBy: "\n").firstIndex(of: "  - id: hoorzitting")! + 1
        // The same finding as `akte check` prints, and the documents it makes illegal.
        #expect(result.stderr.contains("case.yaml:\(line):5: error: meeting hoorzitting: planned sending 2025-08-30, meeting donderdag 4 september 2025"))
        #expect(result.stderr.contains("latest sending date: dinsdag 26 augustus 2025"))
        #expect(result.stderr.contains("[art. 46 §1] (notice.late)"))
        #expect(result.stderr.contains("makes illegal: the convocations of meeting hoorzitting: 01-oproeping-2025-09-04-koen-mertens"))
        // Six: the chair who convenes (and signs) gets no convocation of her own (issue 10, finding 4).
        #expect(result.stderr.contains("(6 documents)"))
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
    }

    @Test("the urgent variant passes and the letter prints the motivation")
    func urgent() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: Self.examples.appendingPathComponent("commissie-voorbeeld.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "    plannedSending: 2025-08-22\n",
                                  with: "    plannedSending: 2025-08-30\n    urgent: true\n    urgencyMotivation: De vergunning wordt binnenkort verleend.\n")
        try text.write(to: folder.appendingPathComponent("case.yaml"), atomically: true, encoding: .utf8)
        let result = try run(["case.yaml", "--only", "oproeping", "--format", "txt"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let letter = try String(contentsOf: folder.appendingPathComponent("Output/DC-2025-01/01-oproeping-2025-09-04-jan-van-dyck.txt"), encoding: .utf8)
        #expect(letter.contains("Hoogdringendheid. De voorzitter heeft de hoogdringendheid vastgesteld, met de volgende motivering.\n\nDe vergunning wordt binnenkort verleend."))
    }

    @Test("bad input: exit 2 with the loader's file:line:column message")
    func badInput() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: Self.examples.appendingPathComponent("commissie-kinrooi.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "    date: 2025-10-16\n", with: "    date: 2025-02-30\n")
        try text.write(to: folder.appendingPathComponent("case.yaml"), atomically: true, encoding: .utf8)
        let result = try run(["case.yaml"], in: folder)
        #expect(result.status == 2)
        let line = text.components(separatedBy: "\n").firstIndex(of: "    date: 2025-02-30")! + 1
        #expect(result.stderr.contains("case.yaml:\(line):11: meetings[1].date: \"2025-02-30\" is not a date (YYYY-MM-DD)"))
    }

    @Test("re-running without --force: exit 3, nothing changed; with --force: exit 0")
    func rerun() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = Self.examples.appendingPathComponent("reflectiekamer-voorbeeld.yaml").path
        #expect(try run([file], in: folder).status == 0)
        let report = folder.appendingPathComponent("Output/RK-2025-07/01-reflectieverslag.txt")
        try "eigen aanpassing\n".write(to: report, atomically: true, encoding: .utf8)
        let again = try run([file], in: folder)
        #expect(again.status == 3)
        #expect(again.stderr.contains("01-reflectieverslag.odt: already exists"))
        #expect(again.stderr.contains("nothing was written; use --force to replace the documents"))
        #expect(try String(contentsOf: report, encoding: .utf8) == "eigen aanpassing\n")
        #expect(try run([file, "--force"], in: folder).status == 0)
        #expect(try String(contentsOf: report, encoding: .utf8).hasPrefix("VERTROUWELIJK"))
    }

    @Test("--templates DIR overrides one template, the rest comes from the default folder")
    func templatesOverride() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let own = folder.appendingPathComponent("eigen")
        try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
        try "Eigen kennisgeving aan {{ recipient.name }} over {{ case.number }}.\n".write(to: own.appendingPathComponent("kennisgeving.txt"), atomically: true, encoding: .utf8)
        let result = try run([Self.examples.appendingPathComponent("commissie-kinrooi.yaml").path, "--templates", "eigen", "--format", "txt"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let letter = try String(contentsOf: folder.appendingPathComponent("Output/DC-2025-03/04-kennisgeving-sanne-coenen.txt"), encoding: .utf8)
        #expect(letter == "Eigen kennisgeving aan Sanne Coenen over DC-2025-03.\n")
        let decision = try String(contentsOf: folder.appendingPathComponent("Output/DC-2025-03/03-beslissing-commissie.txt"), encoding: .utf8)
        #expect(decision.contains("Beslissing van de deontologische commissie"))
    }

    @Test("--format pdf without LibreOffice on PATH: exit 4 with a clear error, nothing written")
    func pdfWithoutLibreOffice() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        var environment = Self.environment
        environment["PATH"] = folder.path
        let result = try run([Self.examples.appendingPathComponent("reflectiekamer-voorbeeld.yaml").path, "--format", "odt,pdf"], in: folder, environment: environment)
        #expect(result.status == 4)
        #expect(result.stderr.contains("PDF needs LibreOffice"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output/RK-2025-07/01-reflectieverslag.odt").path))
    }

    @Test("without AKTE_TEMPLATES the shipped templates are used, and a stray ./Templates in the working directory is not")
    func shippedTemplatesNotTheWorkingDirectory() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A Templates/ folder that happens to be where akte runs, with a report template of its own.
        let stray = folder.appendingPathComponent("Templates")
        try FileManager.default.createDirectory(at: stray, withIntermediateDirectories: true)
        try "STRAY TEMPLATE\n".write(to: stray.appendingPathComponent("reflectieverslag.txt"), atomically: true, encoding: .utf8)
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "AKTE_TEMPLATES")
        let process = Process()
        process.executableURL = AkteBinary.executableURL
        process.arguments = ["generate", Self.examples.appendingPathComponent("reflectiekamer-voorbeeld.yaml").path, "--quiet", "--format", "txt"]
        process.currentDirectoryURL = folder
        process.environment = environment
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let written = try String(contentsOf: folder.appendingPathComponent("Output/RK-2025-07/01-reflectieverslag.txt"), encoding: .utf8)
        #expect(!written.contains("STRAY TEMPLATE"))
        // The shipped template's text, as the reviewed golden file has it.
        let golden = TestPaths.repositoryRoot.appendingPathComponent("Tests/AkteTests/Golden/RK-2025-07/01-reflectieverslag.txt")
        #expect(written == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test("--format html writes the agenda item as HTML beside the .odt and .txt")
    func htmlFormat() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run([Self.examples.appendingPathComponent("commissie-voorbeeld.yaml").path, "--only", "agendapunt", "--format", "odt,txt,html"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == ["odt", "txt", "html"].map { "wrote Output/DC-2025-01/04-agendapunt-gemeenteraad-2025-10-20.\($0) (vertrouwelijk, 0600)\n" }.joined())
        #expect(result.stderr.isEmpty)
    }

    @Test("a signed decision without a recorded vote is written, with a warning that points into the case file")
    func decisionWithoutVote() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: Self.examples.appendingPathComponent("commissie-voorbeeld.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "  vote: raadsbesluit\n", with: "")
        try text.write(to: folder.appendingPathComponent("case.yaml"), atomically: true, encoding: .utf8)
        let result = try run(["case.yaml", "--only", "besluit", "--format", "txt"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let line = text.components(separatedBy: "\n").firstIndex(of: "decision:                          # only the council declares a breach (art. 53)")! + 2  // the record starts on the line after "decision:"
        #expect(result.stderr.contains("warning: case.yaml:\(line):3: decision: no vote recorded (vote); the signed decision prints no vote lines"))
    }
}
