import AkteODF
import AkteXML
import AkteTestSupport
import Foundation
import Testing
@testable import AkteTemplate

/// Helpers for ODF tests: schema validation of rendered parts, LibreOffice conversion to PDF text.
enum ODFSupport {
    static let schema: RelaxNGSchema? = {
        let url = TestPaths.repositoryRoot.appendingPathComponent("Sources/AkteODF/Schemas/OpenDocument-v1.3-schema.rng")
        return try? RelaxNGSchema(contentsOf: url)
    }()

    /// Schema errors of one XML part (empty when valid).
    static func schemaErrors(_ bytes: [UInt8], name: String) throws -> [String] {
        let document = try XMLDocument(data: Data(bytes), name: name)
        guard let schema else { return ["ODF schema could not be loaded"] }
        return schema.validate(document).map(\.description)
    }

    static func fixture(_ path: String) -> URL { TestPaths.fixtures().appendingPathComponent(path) }

    static func context(_ jsonFixture: String) throws -> TemplateValue {
        try TemplateValue.fromJSON(Data(contentsOf: fixture(jsonFixture)))
    }

    /// Runs a program, returning its exit status and standard output.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], in folder: URL? = nil) throws -> (Int32, String) {
        let result = try ProgramResult.run(program: executable, arguments, in: folder)
        return (result.status, result.stdout)
    }

    /// Writes an .odt package as akte does (`ODTPackager`).
    static func writeODT(_ parts: [ODFPart], to url: URL) throws {
        try ODTPackager().package(parts).write(to: url)
    }

    static let validator: PackageValidator? = try? PackageValidator()

    /// The problems `akte validate` reports for an .odt (empty when it is conforming ODF 1.3).
    static func validationProblems(odt url: URL) throws -> [String] {
        guard let validator else { return ["the ODF schemas could not be loaded"] }
        let report = try validator.validate(contentsOf: url)
        if report.conformance == .conforming { return [] }
        return ["\(report.conformance)"] + report.problems.map(\.description)
    }

    /// Converts a document with LibreOffice and returns the PDF's text (`pdftotext`), lines trimmed, empty lines dropped.
    static func pdfLines(of document: URL) throws -> [String] {
        let folder = try TemporaryFolder.make()
        let profile = "file://" + folder.appendingPathComponent("profile").path
        try run("soffice", ["-env:UserInstallation=\(profile)", "--headless", "--convert-to", "pdf", "--outdir", folder.path, document.path])
        let pdf = folder.appendingPathComponent(document.deletingPathExtension().lastPathComponent + ".pdf")
        let (status, text) = try run("pdftotext", ["-enc", "UTF-8", pdf.path, "-"])
        guard status == 0 else { return ["<no PDF: LibreOffice conversion failed>"] }
        // Trim blanks, form feeds and private-use glyphs (a list without a list style gets an invisible PUA bullet).
        func isNoise(_ s: Unicode.Scalar) -> Bool {
            s.properties.isWhitespace || s.value == 0x0C || s.properties.generalCategory == .privateUse
        }
        return text.split(separator: "\n").map { line in
            var scalars = Substring(line).unicodeScalars[...]
            while let first = scalars.first, isNoise(first) { scalars = scalars.dropFirst() }
            while let last = scalars.last, isNoise(last) { scalars = scalars.dropLast() }
            let line = String(String.UnicodeScalarView(scalars))
            // List bullets are decoration, not content (they depend on the list style LibreOffice assigned).
            return line.hasPrefix("• ") ? String(line.dropFirst(2)) : line
        }.filter { !$0.isEmpty }
    }
}
