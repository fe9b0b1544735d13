import Akte
import AkteTestSupport
import Foundation
import Testing

/// LibreOffice round trip: one generated document of every kind converted to PDF, its text read back.
/// Skipped (with the reason) when LibreOffice is not installed, except on CI (CI=true), where it fails.
@Suite("generate: PDF through LibreOffice")
struct PDFTests {
    static let soffice = PDFConverter.findProgram()
    static let onCI = ProcessInfo.processInfo.environment["CI"] == "true"

    static func pdftotext() -> String? {
        ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext", "/opt/homebrew/bin/pdftotext"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The text pdftotext reads from `pdf` (pages end with a form feed).
    static func text(of pdf: URL, pdftotext: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdftotext)
        process.arguments = [pdf.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text
    }

    /// kind → a phrase its PDF must contain.
    static let expectedText: [ArtefactKind: String] = [
        .oproeping: "roep ik u op tot de vergadering",
        .uitnodigingGetuige: "om als getuige gehoord te worden",
        .kennisgevingMelding: "kennisgeving van een klacht",
        .onontvankelijkheid: "onontvankelijk hebben verklaard",
        .uitnodigingRaad: "om door de gemeenteraad gehoord te worden",
        .uitnodiging: "uitnodiging tot een hoorzitting",
        .advies: "Gemotiveerd advies aan de gemeenteraad",
        .agendapunt: "Financiële weerslag",
        .besluit: "Publicatiedatum: 27/10/2025",
        .beslissing: "De klacht wordt gegrond verklaard.",
        .kennisgeving: "kennisgeving van de beslissing",
        .verslag: "Beknopt verslag van de vergadering",
        .reflectieverslag: "GEANONIMISEERD",
        .oproepingAdvies: "om het advies te behandelen",
        .adviesCode: "Advies van de deontologische commissie",
        .mededelingAdvies: "het advies mee",
    ]

    static let branches: [(String, String)] = [
        ("    admissible: true", "    admissible: false"),
        ("  followsAdvice: true", "  followsAdvice: false\n  respondentHeard: 2025-10-20"),
    ]

    @Test("one document per kind converts to PDF and pdftotext finds its text",
          .enabled(if: soffice != nil || onCI, "LibreOffice (soffice) is not installed; set CI=true to make this a failure"))
    func oneOfEachKind() throws {
        try #require(Self.soffice != nil, "CI=true but soffice is not installed")
        let pdftotext = try #require(Self.pdftotext(), "pdftotext (poppler-utils) is not installed")
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        var picked: [ArtefactKind: URL] = [:]
        var files = [Examples.wommelgem, Examples.kinrooi, Examples.reflection, "advies-kinrooi.yaml"].map { Examples.folder.appendingPathComponent($0) }
        // The letters of the branches the examples do not take: an inadmissible report (Wommelgem art. 52) and a
        // council departing from the advice (art. 53).
        for (index, edit) in Self.branches.enumerated() {
            let folder = out.appendingPathComponent("branch-\(index)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            files.append(try Examples.edited(Examples.wommelgem, in: folder, [edit]))
        }
        for (index, file) in files.enumerated() {
            let result = try Examples.generate(file, out: out.appendingPathComponent("out-\(index)"), formats: [.odt])
            for document in result.written where picked[document.kind] == nil { picked[document.kind] = document.url }
        }
        #expect(Set(picked.keys) == Set(ArtefactKind.allCases))
        let kinds = picked.keys.sorted()
        let pdfs = try PDFConverter().convert(kinds.map { (name: $0.rawValue, odt: try Data(contentsOf: picked[$0]!)) })
        for kind in kinds {
            let pdf = out.appendingPathComponent("\(kind.rawValue).pdf")
            try #require(pdfs[kind.rawValue]).write(to: pdf)
            let text = try Self.text(of: pdf, pdftotext: pdftotext)
            let phrase = try #require(Self.expectedText[kind])
            #expect(text.replacingOccurrences(of: "\n", with: " ").contains(phrase), "\(kind.rawValue): \(phrase) not found in the PDF text")
            #expect(!text.contains("{{"), "\(kind.rawValue): a template tag in the PDF")
        }
    }

    @Test("without LibreOffice, pdf is refused with exit-4 error before anything is written")
    func missingLibreOffice() throws {
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        var options = Examples.options(out: out, formats: [.odt, .pdf])
        options.soffice = "/nonexistent/soffice"
        #expect {
            try Generator.generate(caseFile: Examples.folder.appendingPathComponent(Examples.reflection).path, options: options)
        } throws: { error in
            guard case .missingProgram(let message) = error as? GenerateError else { return false }
            return message.contains("LibreOffice")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }
}
