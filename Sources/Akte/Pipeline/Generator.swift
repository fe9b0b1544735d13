import AkteCase
import AkteRules
import AkteTemplate
import AkteODF
import AkteSystem
import Foundation

/// The pipeline of `generate`: load → evaluate → plan → render → check → write, each stage a value in and a value
/// out (swift-openapi-generator's `GeneratorPipeline` habit), so a test or the web app can run any prefix of it on
/// a case held in memory (`documents(_:)` stops before writing). Every stage throws a typed `GenerateError`.
public struct Generator: Sendable {
    public let options: GenerateOptions

    public init(options: GenerateOptions) {
        self.options = options
    }

    /// The whole pipeline.
    public func generate(_ source: CaseSource) throws(GenerateError) -> GenerateResult {
        try write(documents(source))
    }

    /// Everything but writing: the documents of the case, rendered and checked, in memory.
    public func documents(_ source: CaseSource) throws(GenerateError) -> CheckedDocuments {
        try check(render(plan(evaluate(load(source)))))
    }

    /// `generate(.file(path))` with these options.
    public static func generate(caseFile path: String, options: GenerateOptions) throws(GenerateError) -> GenerateResult {
        try Generator(options: options).generate(.file(path))
    }

    // MARK: 1. load

    public func load(_ source: CaseSource) throws(GenerateError) -> LoadedCase {
        let file: CaseFile, name: String, directory: URL?
        do {
            switch source {
            case .file(let path):
                file = try CaseLoader.load(contentsOf: URL(fileURLWithPath: path), displayName: path)
                name = path
                directory = URL(fileURLWithPath: path).deletingLastPathComponent()
            case .text(let text, let textName, let base):
                file = try CaseLoader.load(yaml: text, file: textName)
                name = textName
                directory = base
            case .value(let value, let base):
                file = value
                switch value {
                case .commission(let c): name = c.file
                case .reflection(let s): name = s.file
                }
                directory = base
            }
        } catch {
            throw .caseFile(error)
        }
        guard case .commission(let commissionCase) = file else { return LoadedCase(file: file, name: name, profile: nil) }
        do {
            let profile = try RuleProfile.load(nameOrPath: commissionCase.profile, relativeTo: directory)
            return LoadedCase(file: file, name: name, profile: profile)
        } catch {
            throw .profile(error, name: commissionCase.profile, reference: commissionCase.profilePosition)
        }
    }

    // MARK: 2. evaluate

    public func evaluate(_ loaded: LoadedCase) -> EvaluatedCase {
        switch loaded.file {
        case .commission(let commissionCase):
            // `load` gives every commission case its profile.
            let facts = CaseEvaluator.evaluate(commissionCase, profile: loaded.profile!)
            let setting = CaseSetting(commissionCase: commissionCase, facts: facts)
            return EvaluatedCase(loaded: loaded, findings: facts.diagnostics, plan: DocumentPlan.plan(for: setting),
                                 folderName: commissionCase.details.number)
        case .reflection(let session):
            return EvaluatedCase(loaded: loaded, findings: ReflectionEvaluator.evaluate(session),
                                 plan: DocumentPlan.plan(for: session), folderName: session.number)
        }
    }

    // MARK: 3. plan

    /// The documents asked for (`--only`), refused when an error of the rules blocks one (`Refusal`).
    public func plan(_ evaluated: EvaluatedCase) throws(GenerateError) -> PlannedDocuments {
        var warnings = evaluated.findings.filter { $0.severity >= .warning }.map(\.description)
        warnings += evaluated.plan.warnings.map { "warning: \($0)" }
        let artefacts = evaluated.plan.artefacts.filter { options.only?.contains($0.kind) ?? true }
        if artefacts.isEmpty {
            let asked = options.only.map { " of the kinds asked (\($0.map(\.rawValue).sorted().joined(separator: ", ")))" } ?? ""
            warnings.append("warning: the case's stage calls for no document\(asked); nothing to write")
        }
        try Refusal.check(evaluated.findings, artefacts: artefacts, selective: options.only != nil)
        return PlannedDocuments(evaluated: evaluated, artefacts: artefacts, warnings: warnings)
    }

    // MARK: 4. render

    /// Every document in every format rendered from templates (`FormatWriters.renderedFormats`), in memory.
    public func render(_ planned: PlannedDocuments) throws(GenerateError) -> RenderedDocuments {
        let writers = options.writerTable
        let formats = writers.renderedFormats(for: options.formats)
        var documents: [RenderedDocument] = []
        var uncovered: [OutputFormat: Set<ArtefactKind>] = [:]
        let progress = ProgressReporter(total: planned.artefacts.count, label: "documents", quiet: options.quiet)
        defer { progress.finish() }
        for artefact in planned.artefacts {
            defer { progress.advance() }
            let context: TemplateValue
            do { context = try artefact.context() } catch { throw .document(name: artefact.fileName, error: error) }
            var outputs: [OutputFormat: Data] = [:]
            for format in formats {
                guard let writer = writers.rendered[format] else { continue }
                let name = "\(artefact.kind.templateName).\(writer.templateExtension)"
                if !writer.coversEveryKind, !options.library.contains(name) {
                    uncovered[format, default: []].insert(artefact.kind)
                    continue
                }
                let template: LoadedTemplate
                do { template = try options.library.template(named: name) } catch { throw .template(error) }
                do {
                    outputs[format] = try writer.render(template, context: context)
                } catch {
                    throw .document(name: artefact.fileName, error: error)
                }
            }
            documents.append(RenderedDocument(artefact: artefact, outputs: outputs))
        }
        var warnings = planned.warnings
        for (format, kinds) in uncovered.sorted(by: { $0.key < $1.key }) where options.formats.contains(format) {
            warnings.append("warning: --format \(format.rawValue): no \(format.rawValue) template for \(kinds.sorted().map(\.rawValue).joined(separator: ", ")); those documents are written in the other formats only")
        }
        return RenderedDocuments(planned: planned, documents: documents, warnings: warnings)
    }

    // MARK: 5. check

    /// The leak check of anonymised reports, a signal during rendering, the case folder's name, distinct file names.
    public func check(_ rendered: RenderedDocuments) throws(GenerateError) -> CheckedDocuments {
        for document in rendered.documents {
            if let report = document.artefact as? ReflectionReport {
                try Self.checkLeaks(report, outputs: document.outputs)
            }
        }
        // A signal during rendering: stop before anything is staged.
        if let signal = Interruption.shared.signal { throw .interrupted(signal: signal) }
        // Every name below is one path component inside OUT/<case number>/ (FileName): the loader refuses unsafe
        // numbers; this is the second line of defence for cases built in code.
        let evaluated = rendered.planned.evaluated
        if let problem = FileName.problem(with: evaluated.folderName) {
            throw .caseNumber(file: evaluated.loaded.name, number: evaluated.folderName, problem: problem)
        }
        let artefacts = rendered.documents.map(\.artefact)
        let collisions = PlannedFileNames.collisions(in: artefacts)
        if !collisions.isEmpty { throw .fileNameCollisions(collisions) }
        let names = PlannedFileNames.names(for: artefacts)
        let writers = options.writerTable
        var files: [DocumentFile] = []
        for (document, name) in zip(rendered.documents, names) {
            for format in OutputFormat.allCases where options.formats.contains(format) && writers.rendered[format] != nil {
                guard let data = document.outputs[format] else { continue }
                files.append(DocumentFile(name: "\(name).\(format.fileExtension)", format: format, kind: document.artefact.kind, data: data))
            }
        }
        let conversions = OutputFormat.allCases.filter { options.formats.contains($0) && writers.converted[$0] != nil }
        return CheckedDocuments(directory: options.outputDirectory.appendingPathComponent(evaluated.folderName, isDirectory: true),
                                files: files, sources: Array(zip(names, rendered.documents)).map { (name: $0, document: $1) },
                                conversions: conversions, warnings: rendered.warnings)
    }

    // MARK: 6. write

    /// Refuses existing documents (without `--force`), converts (PDF), then writes the set all or nothing.
    public func write(_ checked: CheckedDocuments) throws(GenerateError) -> GenerateResult {
        if !options.force {
            let existing = checked.plannedNames.map { checked.directory.appendingPathComponent($0) }
                .filter { FileManager.default.fileExists(atPath: $0.path) || AtomicFile.irreplaceable($0.path) != nil }
            if !existing.isEmpty { throw .exists(existing.map(\.path)) }
        }
        let targets = try convertedFiles(checked)
        var written: [WrittenDocument] = []
        if !targets.isEmpty {
            do {
                // All or nothing: staged privately, then moved into place (DocumentSetWriter).
                let urls = try DocumentSetWriter(overwrite: options.force).write(targets.map { ($0.name, $0.data) }, into: checked.directory)
                written = zip(urls, targets).map { WrittenDocument(url: $0, kind: $1.kind, confidential: $1.kind.isConfidential) }
            } catch {
                switch error {
                case .existing(let paths): throw .exists(paths)
                case .interrupted(let signal): throw .interrupted(signal: signal)
                default: throw .output(error)
                }
            }
        }
        return GenerateResult(directory: checked.directory, written: written, warnings: checked.warnings)
    }

    /// The rendered files followed by the converted ones (PDF through LibreOffice), in memory.
    public func convertedFiles(_ checked: CheckedDocuments) throws(GenerateError) -> [DocumentFile] {
        var files = checked.files
        let writers = options.writerTable
        for format in checked.conversions {
            guard let writer = writers.converted[format] else { continue }
            let inputs = checked.sources.map { (name: $0.name, data: $0.document.outputs[writer.source] ?? Data()) }
            let converted = try writer.convert(inputs)
            for source in checked.sources {
                let fileName = "\(source.name).\(format.fileExtension)"
                guard let data = converted[source.name] else {
                    throw .conversion("\(checked.directory.appendingPathComponent(fileName).path): LibreOffice did not convert the document")
                }
                files.append(DocumentFile(name: fileName, format: format, kind: source.document.artefact.kind, data: data))
            }
        }
        return files
    }

    /// The leak check over the rendered report: every text format line by line (the .txt, an .html), and every
    /// text a reader or a program can extract from the .odt (`ExtractableText`: all parts, paragraphs joined
    /// across formatting, attribute values, entry names). An .odt that cannot be read back is a leak too: nothing
    /// checked it.
    static func checkLeaks(_ report: ReflectionReport, outputs: [OutputFormat: Data]) throws(GenerateError) {
        let check = LeakCheck(entities: report.entities)
        var problems: [String] = []
        for format in [OutputFormat.txt, .html] {
            guard let data = outputs[format] else { continue }
            problems += check.leaks(in: String(decoding: data, as: UTF8.self)).map { "\(report.fileName).\(format.fileExtension):\($0)" }
        }
        if let odt = outputs[.odt] {
            do {
                // One check over all pieces, one piece per line (a line break never joins two words), is far
                // cheaper than one per piece; each leak's line says which piece it is in.
                let pieces = try ExtractableText.pieces(ofODT: odt)
                let joined = pieces.map { $0.text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ") }
                    .joined(separator: "\n")
                problems += check.leaks(in: joined).map { leak in
                    let place = pieces.indices.contains(leak.line - 1) ? pieces[leak.line - 1].place : "?"
                    return "\(report.fileName).odt, \(place): " + leak.description.drop { $0 != " " }.dropFirst()
                }
            } catch {
                problems.append("\(report.fileName).odt: the written document cannot be read back for the check: \(error)")
            }
        }
        if !problems.isEmpty { throw .leak(problems) }
    }
}
