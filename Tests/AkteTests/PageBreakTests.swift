import Akte
import AkteODF
import AkteXML
import AkteTestSupport
import Foundation
import Testing

/// Issue 10, finding 11: no heading stands alone at the bottom of a page and no signature block (closing formula,
/// signatures, publication date) alone at the top of one. Every document of the bundled commission examples, and
/// of the scenario case files in `Tests/AkteTests/Scenarios/` when present, is converted to PDF by LibreOffice;
/// pdftotext gives the text per page (pages end with a form feed); the headings and the signature block are read
/// from the document's own content.xml.
@Suite("generate: page breaks through LibreOffice")
struct PageBreakTests {
    /// The case files whose documents are checked: the two commission examples and every generating scenario
    /// (the test adds the examples' other branches, `PDFTests.branches`).
    static func caseFiles() -> [URL] {
        var files = [Examples.wommelgem, Examples.kinrooi].map { Examples.folder.appendingPathComponent($0) }
        let scenarios = TestPaths.testsFolder().appendingPathComponent("Scenarios")
        if let found = FileManager.default.enumerator(at: scenarios, includingPropertiesForKeys: nil) {
            for case let url as URL in found where url.pathExtension == "yaml" { files.append(url) }
        }
        return files
    }

    @Test("no heading alone at the bottom and no signature block alone at the top of a page",
          .enabled(if: PDFTests.soffice != nil || PDFTests.onCI, "LibreOffice (soffice) is not installed; set CI=true to make this a failure"))
    func noLoneHeadingsOrSignatures() throws {
        try #require(PDFTests.soffice != nil, "CI=true but soffice is not installed")
        let pdftotext = try #require(PDFTests.pdftotext(), "pdftotext (poppler-utils) is not installed")
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        var documents: [(name: String, odt: Data)] = []
        var structures: [String: DocumentStructure] = [:]
        var files = Self.caseFiles()
        for (index, edit) in PDFTests.branches.enumerated() {
            let folder = out.appendingPathComponent("branch-\(index)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            files.append(try Examples.edited(Examples.wommelgem, in: folder, [edit]))
        }
        for (index, file) in files.enumerated() {
            // A scenario whose documents the rules refuse writes nothing: nothing to lay out.
            guard let result = try? Examples.generate(file, out: out.appendingPathComponent("\(index)"), formats: [.odt]) else { continue }
            for document in result.written {
                let name = "\(index)-\(document.url.deletingPathExtension().lastPathComponent)"
                let data = try Data(contentsOf: document.url)
                documents.append((name, data))
                structures[name] = try DocumentStructure(odt: document.url)
            }
        }
        try #require(documents.count >= 40, "the examples alone write more than 40 commission documents")
        let pdfs = try PDFConverter().convert(documents)
        var multiPage = 0
        for document in documents {
            let pdf = out.appendingPathComponent("\(document.name).pdf")
            try #require(pdfs[document.name]).write(to: pdf)
            let pages = try Self.pages(of: pdf, pdftotext: pdftotext)
            if pages.count > 1 { multiPage += 1 }
            let problems = try #require(structures[document.name]).problems(pages: pages)
            #expect(problems.isEmpty, "\(document.name): \(problems.joined(separator: "; "))")
        }
        // The check means something only if documents do cross pages (the advice, the decisions, the minutes).
        #expect(multiPage >= 5, "only \(multiPage) documents have more than one page")
    }

    @Test("the check finds a heading at the bottom and a lone signature block at the top of a page")
    func checkerFindsProblems() {
        let structure = DocumentStructure(headings: ["Stemming", "Besluit"], closing: ["Met vriendelijke groeten,", "De voorzitter,", "Ann Peeters"])
        let header = ["Gemeente Heidebeek", "Vertrouwelijk"], footer = ["Gemeenteplein 1"]
        let pages = [
            header + ["Tekst van het advies.", "Stemming"] + footer + ["Pagina 1 van 2"],
            header + ["Met vriendelijke groeten,", "De voorzitter,", "Ann Peeters"] + footer + ["Pagina 2 van 2"],
        ]
        let problems = structure.problems(pages: pages)
        #expect(problems.count == 2)
        #expect(problems.contains { $0.contains("\"Stemming\"") && $0.contains("bottom of page 1") })
        #expect(problems.contains { $0.contains("top of page 2") })
        let fine = [
            header + ["Tekst van het advies.", "Stemming", "5 stemmen voor."] + footer + ["Pagina 1 van 2"],
            header + ["Laatste zin.", "Met vriendelijke groeten,", "De voorzitter,", "Ann Peeters"] + footer + ["Pagina 2 van 2"],
        ]
        #expect(structure.problems(pages: fine).isEmpty)
    }

    /// The non-empty lines of each page.
    static func pages(of pdf: URL, pdftotext: String) throws -> [[String]] {
        var pages = try PDFTests.text(of: pdf, pdftotext: pdftotext).components(separatedBy: "\u{0C}").map { page in
            page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        while pages.last?.isEmpty == true { pages.removeLast() }
        return pages
    }
}

/// What a document's page breaks must respect: its headings (`text:h`, the `Titel` paragraph) and its signature
/// block (the closing formula, the `Handtekening` table and what follows it).
struct DocumentStructure {
    var headings: [String]
    var closing: [String]

    init(headings: [String], closing: [String]) {
        self.headings = headings
        self.closing = closing
    }

    init(odt: URL) throws {
        let package = try ODFPackage.read(contentsOf: odt)
        let body = package.content.root?.descendantElements("text", namespaceURI: ODFNamespace.office).first
        let blocks = body?.childElements ?? []
        func style(_ node: XMLNode) -> String { node.attribute("style-name", namespaceURI: ODFNamespace.text) ?? "" }
        func text(_ node: XMLNode) -> String { Self.normalised(node.textContent) }
        headings = blocks.filter { $0.localName == "h" || ($0.localName == "p" && style($0) == "Titel") }.map(text).filter { !$0.isEmpty }
        var closing: [String] = []
        if let table = blocks.lastIndex(where: { $0.localName == "table" && $0.attribute("name", namespaceURI: ODFNamespace.table) == "Handtekening" }) {
            var start = table
            while start > 0, style(blocks[start - 1]) == "Slotformule" { start -= 1 }
            for block in blocks[start...] {
                let paragraphs = block.localName == "table" ? block.descendantElements("p", namespaceURI: ODFNamespace.text) : [block]
                closing += paragraphs.map(text).filter { !$0.isEmpty }
            }
        }
        self.closing = closing
    }

    static func normalised(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The body lines of each page: without the page header and footer, which LibreOffice repeats on every page
    /// (the lines all pages share at their start and, page numbers aside, at their end).
    static func bodies(_ pages: [[String]]) -> [[String]] {
        guard pages.count > 1 else { return pages }
        func unnumbered(_ line: String) -> String {
            line.replacingOccurrences(of: "Pagina [0-9]+ van [0-9]+", with: "Pagina", options: .regularExpression)
        }
        var head = 0
        while head < 3, pages.allSatisfy({ $0.count > head }), Set(pages.map { $0[head] }).count == 1 { head += 1 }
        var tail = 0
        while tail < 3, pages.allSatisfy({ $0.count > head + tail }),
              Set(pages.map { unnumbered($0[$0.count - 1 - tail]) }).count == 1 { tail += 1 }
        return pages.map { Array($0[head..<($0.count - tail)]) }
    }

    func problems(pages: [[String]]) -> [String] {
        let bodies = Self.bodies(pages)
        var problems: [String] = []
        for (index, body) in bodies.enumerated() {
            let lines = body.map(Self.normalised)
            if index < bodies.count - 1 {
                // A heading (one to three lines long) that ends the page.
                for heading in headings {
                    let alone = (1...3).contains { count in
                        lines.count >= count && lines.suffix(count).joined(separator: " ") == heading
                    }
                    if alone { problems.append("heading \"\(heading)\" alone at the bottom of page \(index + 1)") }
                }
            }
            if index > 0, !lines.isEmpty, !closing.isEmpty {
                let block = closing.joined(separator: " ")
                if lines.allSatisfy({ block.contains($0) }) {
                    problems.append("signature block alone at the top of page \(index + 1)")
                }
            }
        }
        return problems
    }
}
