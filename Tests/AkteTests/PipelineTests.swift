import Akte
import AkteCase
import AkteTemplate
import AkteTestSupport
import Foundation
import Testing

/// The pipeline as values: a case held in memory, typed errors, the writer table, the template folders.
@Suite("generate: the pipeline's stages, formats and template folders")
struct PipelineTests {
    static func generator(out: URL, formats: Set<OutputFormat> = [.odt, .txt], only: Set<ArtefactKind>? = nil,
                          templates override: URL? = nil) -> Generator {
        Generator(options: Examples.options(out: out, templates: override, formats: formats, only: only))
    }

    @Test("a case held in memory (YAML text or a decoded case) gives the same documents as its file, and writes nothing")
    func caseInMemory() throws {
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        let target = out.appendingPathComponent("out")
        let generator = Self.generator(out: target)
        let url = Examples.folder.appendingPathComponent(Examples.kinrooi)
        let fromFile = try generator.documents(.file(url.path))
        let fromText = try generator.documents(.text(Examples.text(Examples.kinrooi), name: url.path, directory: Examples.folder))
        let decoded = try CaseLoader.load(contentsOf: url, displayName: url.path)
        let fromValue = try generator.documents(.value(decoded, directory: Examples.folder))
        let expected = Examples.expected[Examples.kinrooi]!.files.flatMap { ["\($0).odt", "\($0).txt"] }
        #expect(Set(fromFile.files.map(\.name)) == Set(expected))
        for other in [fromText, fromValue] {
            #expect(other.files.map(\.name) == fromFile.files.map(\.name))
            #expect(other.files.map(\.data) == fromFile.files.map(\.data))
        }
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test("the stages compose: load → evaluate → plan → render → check → write is generate")
    func stagesCompose() throws {
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        let generator = Self.generator(out: out, formats: [.txt])
        let loaded = try generator.load(.file(Examples.folder.appendingPathComponent(Examples.reflection).path))
        let evaluated = generator.evaluate(loaded)
        #expect(evaluated.folderName == "RK-2025-07")
        let planned = try generator.plan(evaluated)
        #expect(planned.artefacts.map(\.kind) == [.reflectieverslag])
        let rendered = try generator.render(planned)
        #expect(rendered.documents.count == 1 && rendered.documents[0].outputs.keys.sorted() == [.txt])
        let result = try generator.write(try generator.check(rendered))
        #expect(result.written.map(\.url.lastPathComponent) == ["01-reflectieverslag.txt"])
        let golden = try String(contentsOf: Examples.golden.appendingPathComponent("RK-2025-07/01-reflectieverslag.txt"), encoding: .utf8)
        #expect(try String(contentsOf: result.written[0].url, encoding: .utf8) == golden)
    }

    @Test("bad YAML held in memory: the load error as a value, with the name and line given")
    func loadErrorIsAValue() throws {
        let generator = Self.generator(out: FileManager.default.temporaryDirectory.appendingPathComponent("unused-\(UUID().uuidString)"))
        #expect {
            _ = try generator.documents(.text("kind: commissie\nmunicipality: [\n", name: "in-memory.yaml"))
        } throws: { error in
            guard case .caseFile(let load)? = error as? GenerateError else { return false }
            return load.issues.first?.position.file == "in-memory.yaml" && (load.issues.first?.position.line ?? 0) >= 2
        }
    }

    @Test("a broken override template: the template error as a value, with its file")
    func templateErrorIsAValue() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{{#open}}\nnever closed\n".write(to: folder.appendingPathComponent("reflectieverslag.txt"), atomically: true, encoding: .utf8)
        let generator = Self.generator(out: folder.appendingPathComponent("out"), templates: folder)
        #expect {
            _ = try generator.generate(.file(Examples.folder.appendingPathComponent(Examples.reflection).path))
        } throws: { error in
            guard case .template(let failure)? = error as? GenerateError, let templateError = failure.templateError else { return false }
            return failure.name == "reflectieverslag.txt" && failure.path == folder.appendingPathComponent("reflectieverslag.txt").path
                && templateError.kind == .unclosedSection("open")
        }
    }

    /// The agenda item's text blocks in document order: every element that holds text of its own.
    static func htmlBlocks(_ html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"<(h1|h2|h3|p|li)( value="(\d+)")?>(.*?)</\1>"#)
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).map { match in
            let text = String(html[Range(match.range(at: 4), in: html)!]).replacingOccurrences(of: "<strong>", with: "")
                .replacingOccurrences(of: "</strong>", with: "")
            guard let number = Range(match.range(at: 3), in: html) else { return text }
            return "\(html[number]). \(text)"
        }.map { block in
            var text = block
            for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&")] {
                text = text.replacingOccurrences(of: entity, with: character)
            }
            return text
        }
    }

    @Test("--format html: the agenda item as HTML5, 0600, with the text of its reviewed .txt golden file block by block; the other kinds are named in a warning",
          arguments: [(Examples.wommelgem, "DC-2025-01/04-agendapunt-gemeenteraad-2025-10-20"), (Examples.kinrooi, "DC-2025-03/04-agendapunt-gemeenteraad-2025-10-27")])
    func htmlAgendaItem(example: String, document: String) throws {
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try Self.generator(out: out, formats: [.odt, .txt, .html]).generate(.file(Examples.folder.appendingPathComponent(example).path))
        let html = result.written.filter { $0.url.pathExtension == "html" }
        #expect(html.map(\.url.lastPathComponent) == [URL(fileURLWithPath: document).lastPathComponent + ".html"])
        let file = try #require(html.first)
        #expect(file.kind == .agendapunt)
        let mode = try FileManager.default.attributesOfItem(atPath: file.url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let text = try String(contentsOf: file.url, encoding: .utf8)
        #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl-BE\">\n"))
        #expect(!text.contains("{{"))
        let golden = try String(contentsOf: Examples.golden.appendingPathComponent(document + ".txt"), encoding: .utf8)
        let lines = golden.split(separator: "\n").map(String.init)
        // The <title> repeats the item's title; the blocks of the body are the .txt's paragraphs, in order.
        #expect(Array(Self.htmlBlocks(text)) == lines)
        #expect(result.warnings.contains { $0.hasPrefix("warning: --format html: no html template for ") && $0.contains("oproeping") && !$0.contains("agendapunt") })
        // The .odt and .txt beside it are the same as without html.
        #expect(result.written.filter { $0.url.pathExtension != "html" }.count == 2 * Examples.expected[example]!.files.count)
    }

    @Test("HTML escapes the case's text: markup in the data stays text in the .html and as typed in the .txt")
    func htmlEscapesCaseData() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Examples.edited(Examples.wommelgem, in: folder, [
            ("in het bijzonder de artikelen 24 tot en met 31 over de stemmingen.", "in het bijzonder de artikelen 24 & 25 <stemmingen> \"geheim\"."),
        ])
        let result = try Self.generator(out: folder.appendingPathComponent("out"), formats: [.txt, .html], only: [.agendapunt]).generate(.file(file.path))
        let html = try String(contentsOf: try #require(result.written.first { $0.url.pathExtension == "html" }).url, encoding: .utf8)
        let txt = try String(contentsOf: try #require(result.written.first { $0.url.pathExtension == "txt" }).url, encoding: .utf8)
        #expect(html.contains("<p>Het huishoudelijk reglement van de gemeenteraad, in het bijzonder de artikelen 24 &amp; 25 &lt;stemmingen&gt; &quot;geheim&quot;.</p>"))
        #expect(!html.contains("<stemmingen>"))
        #expect(txt.contains("in het bijzonder de artikelen 24 & 25 <stemmingen> \"geheim\"."))
    }

    @Test("the writer table: generate's formats and what each renders from")
    func writerTable() {
        let table = FormatWriters.standard()
        #expect(table.formats == [.odt, .txt, .pdf, .html])
        #expect(table.rendered[.odt]?.templateExtension == "fodt")
        #expect(table.rendered[.html]?.templateExtension == "html")
        #expect(table.converted[.pdf]?.source == .odt)
        #expect(table.rendered[.fodt] == nil && table.converted[.fodt] == nil)
    }
}

@Suite("templates: shipped as a resource, overridden file by file")
struct TemplateFolderTests {
    @Test("the shipped templates are the repository's Templates/, byte for byte")
    func shippedAreTheRepositorys() throws {
        let shipped = try #require(TemplateFolders.shippedFolder)
        let repository = Examples.templates
        let files = try #require(FileManager.default.subpaths(atPath: repository.path)).filter { !$0.hasPrefix(".") }
        #expect(files.contains("agendapunt.html") && files.contains("oproeping.fodt"))
        for file in files {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: repository.appendingPathComponent(file).path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            #expect(FileManager.default.contents(atPath: shipped.appendingPathComponent(file).path)
                    == FileManager.default.contents(atPath: repository.appendingPathComponent(file).path), "\(file)")
        }
    }

    @Test("order: --templates, then $AKTE_TEMPLATES, then the shipped ones, file by file; never the working directory")
    func overrideOrder() throws {
        let root = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: root) }
        let user = root.appendingPathComponent("user"), environment = root.appendingPathComponent("env")
        for folder in [user, environment] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        try "user\n".write(to: user.appendingPathComponent("oproeping.txt"), atomically: true, encoding: .utf8)
        try "env\n".write(to: environment.appendingPathComponent("oproeping.txt"), atomically: true, encoding: .utf8)
        try "env\n".write(to: environment.appendingPathComponent("verslag.txt"), atomically: true, encoding: .utf8)
        let folders = TemplateFolders.standard(user: user, environment: ["AKTE_TEMPLATES": environment.path])
        #expect(folders.searchOrder.map(\.path) == [user.path, environment.path, TemplateFolders.shippedFolder!.path])
        #expect(folders.url(for: "oproeping.txt")?.path == user.appendingPathComponent("oproeping.txt").path)
        #expect(folders.url(for: "verslag.txt")?.path == environment.appendingPathComponent("verslag.txt").path)
        #expect(folders.url(for: "besluit.txt")?.path == TemplateFolders.shippedFolder!.appendingPathComponent("besluit.txt").path)
        // An empty $AKTE_TEMPLATES is no folder; without either, only the shipped ones are searched.
        #expect(TemplateFolders.standard(environment: ["AKTE_TEMPLATES": ""]).searchOrder == [TemplateFolders.shippedFolder!])
        #expect(!TemplateFolders.standard(environment: [:]).searchOrder.contains { $0.path.hasPrefix(FileManager.default.currentDirectoryPath + "/Templates") })
    }

    @Test("the library compiles a template once and shares it; preload finds every shipped template good")
    func libraryCompilesOnce() throws {
        let library = TemplateLibrary(folders: .shippedOnly)
        try library.preload()
        #expect(library.contains("agendapunt.html") && !library.contains("oproeping.html"))
        let first = try library.template(named: "agendapunt.html"), second = try library.template(named: "agendapunt.html")
        guard case .text(let a) = first, case .text(let b) = second else { Issue.record("not a text template"); return }
        #expect(a.contentType == .html && a.keys == b.keys)
        #expect { try library.template(named: "oproeping.html") } throws: { error in
            guard let failure = error as? TemplateFailure, case .notFound = failure.reason else { return false }
            return failure.description.hasPrefix("oproeping.html: template not found")
        }
    }
}
