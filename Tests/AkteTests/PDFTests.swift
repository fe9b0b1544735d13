import Akte
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

    /// kind → a phrase its PDF must contain.
    static let expectedText: [ArtefactKind: String] = [
        .oproeping: "roep ik u op tot de vergadering",
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

    @Test("one document per kind converts to PDF and pdftotext finds its text",
          .enabled(if: soffice != nil || onCI, "LibreOffice (soffice) is not installed; set CI=true to make this a failure"))
    func oneOfEachKind() throws {
        try #require(Self.soffice != nil, "CI=true but soffice is not installed")
        let pdftotext = try #require(Self.pdftotext(), "pdftotext (poppler-utils) is not installed")
        let out = try Examples.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        var picked: [ArtefactKind: URL] = [:]
        for example in [Examples.wommelgem, Examples.kinrooi, Examples.reflection, "advies-kinrooi.yaml"] {
            let result = try Examples.generate(Examples.folder.appendingPathComponent(example), out: out, formats: [.odt])
            for document in result.written where picked[document.kind] == nil { picked[document.kind] = document.url }
        }
        #expect(Set(picked.keys) == Set(ArtefactKind.allCases))
        let kinds = picked.keys.sorted()
        let pdfs = try PDFConverter().convert(kinds.map { (name: $0.rawValue, odt: try Data(contentsOf: picked[$0]!)) })
        for kind in kinds {
            let pdf = out.appendingPathComponent("\(kind.rawValue).pdf")
            try #require(pdfs[kind.rawValue]).write(to: pdf)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: pdftotext)
            process.arguments = [pdf.path, "-"]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let phrase = try #require(Self.expectedText[kind])
            #expect(text.replacingOccurrences(of: "\n", with: " ").contains(phrase), "\(kind.rawValue): \(phrase) not found in the PDF text")
            #expect(!text.contains("{{"), "\(kind.rawValue): a template tag in the PDF")
        }
    }

    @Test("without LibreOffice, pdf is refused with exit-4 error before anything is written")
    func missingLibreOffice() throws {
        let out = try Examples.temporaryFolder()
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
