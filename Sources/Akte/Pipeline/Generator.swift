import AkteCase
import AkteRules
import AkteTemplate
import AkteODF
import AkteSystem
import Foundation

/// Why `generate` wrote nothing. Each case maps to one exit code of the CLI.
public enum GenerateError: Error, Equatable, CustomStringConvertible {
    /// Bad input: the case file, the profile or a template (exit 2).
    case input(String)
    /// An error of the rules makes a document illegal, e.g. a sending date that breaks the notice period (exit 1):
    /// the findings, as `check` prints them, and the documents each blocks.
    case ruleViolation([String])
    /// A declared name survives anonymisation (exit 1).
    case leak([String])
    /// Documents exist and `--force` was not given (exit 3).
    case exists([String])
    /// A document could not be written (exit 3).
    case output(String)
    /// LibreOffice is needed for PDF and is not installed (exit 4).
    case missingProgram(String)
    /// SIGINT/SIGTERM/SIGHUP before the set was in place: nothing written (exit 128 + signal).
    case interrupted(signal: Int32, String)

    public var description: String {
        switch self {
        case .input(let m), .output(let m), .missingProgram(let m), .interrupted(_, let m): return m
        case .ruleViolation(let lines): return lines.joined(separator: "\n")
        case .leak(let lines): return (["the anonymised report still names declared people or places; nothing was written:"] + lines).joined(separator: "\n")
        case .exists(let paths): return (paths.map { "\($0): already exists" } + ["nothing was written; use --force to replace the documents"]).joined(separator: "\n")
        }
    }
}

/// The output formats of `generate`.
public enum DocumentFormat: String, Sendable, Hashable, CaseIterable, Comparable {
    case odt, txt, pdf
    public static func < (lhs: Self, rhs: Self) -> Bool { allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)! }
}

public struct GenerateOptions: Sendable {
    public var outputDirectory: URL
    /// Only these kinds (nil: every document the stage calls for).
    public var only: Set<ArtefactKind>?
    public var formats: Set<DocumentFormat>
    public var templates: TemplateLocator
    public var force: Bool
    /// The LibreOffice program for PDF (nil: looked up on PATH as `soffice`, then `libreoffice`).
    public var soffice: String?
    /// No progress line on a terminal (`--quiet`).
    public var quiet = false

    public init(outputDirectory: URL, only: Set<ArtefactKind>? = nil, formats: Set<DocumentFormat> = [.odt, .txt],
                templates: TemplateLocator = TemplateLocator(), force: Bool = false, soffice: String? = nil) {
        self.outputDirectory = outputDirectory
        self.only = only
        self.formats = formats
        self.templates = templates
        self.force = force
        self.soffice = soffice
    }
}

/// One file written.
public struct WrittenDocument: Sendable, Hashable {
    public let url: URL
    public let kind: ArtefactKind
    public let confidential: Bool
}

public struct GenerateResult: Sendable {
    public let directory: URL
    public let written: [WrittenDocument]
    /// The rules' findings (`file:line:column: warning: …`) and the documents the case lacks data for.
    public let warnings: [String]
}

/// The pipeline: load → evaluate → plan → build contexts → render → check → write.
public enum Generator {
    public static func generate(caseFile path: String, options: GenerateOptions) throws(GenerateError) -> GenerateResult {
        let file: CaseFile
        do {
            file = try CaseLoader.load(contentsOf: URL(fileURLWithPath: path), displayName: path)
        } catch {
            throw .input(error.description)
        }
        var warnings: [String] = []
        let findings: [Finding]
        let plan: DocumentPlan
        let folderName: String
        switch file {
        case .commission(let commissionCase):
            let profile: RuleProfile
            do {
                profile = try RuleProfile.load(nameOrPath: commissionCase.profile,
                                               relativeTo: URL(fileURLWithPath: path).deletingLastPathComponent())
            } catch {
                throw .input(error.issues.map { issue in
                    issue.position.file == commissionCase.profile ? "\(commissionCase.profilePosition): profile: \(issue.message)" : issue.description
                }.joined(separator: "\n"))
            }
            let facts = CaseEvaluator.evaluate(commissionCase, profile: profile)
            findings = facts.diagnostics
            let setting = CaseSetting(commissionCase: commissionCase, facts: facts)
            plan = DocumentPlan.plan(for: setting)
            folderName = commissionCase.details.number
        case .reflection(let session):
            findings = ReflectionEvaluator.evaluate(session)
            plan = DocumentPlan.plan(for: session)
            folderName = session.number
        }
        warnings += findings.filter { $0.severity >= .warning }.map(\.description)
        warnings += plan.warnings.map { "warning: \($0)" }
        let artefacts = plan.artefacts.filter { options.only?.contains($0.kind) ?? true }
        if artefacts.isEmpty {
            let asked = options.only.map { " of the kinds asked (\($0.map(\.rawValue).sorted().joined(separator: ", ")))" } ?? ""
            warnings.append("warning: the case's stage calls for no document\(asked); nothing to write")
        }
        try Refusal.check(findings, artefacts: artefacts, selective: options.only != nil)

        // Render everything in memory first: nothing is written unless every document is good.
        var cache: [String: LoadedTemplate] = [:]
        func template(_ name: String) throws(GenerateError) -> LoadedTemplate {
            if let loaded = cache[name] { return loaded }
            let url = try options.templates.url(for: name)
            do {
                let loaded = try LoadedTemplate.load(url.path)
                cache[name] = loaded
                return loaded
            } catch {
                throw .input("\(error)")
            }
        }
        struct Rendered { let artefact: any Artefact; let odt: Data?; let txt: String }
        var rendered: [Rendered] = []
        let progress = ProgressReporter(total: artefacts.count, label: "documents", quiet: options.quiet)
        defer { progress.finish() }
        for artefact in artefacts {
            defer { progress.advance() }
            do {
                let context = try artefact.context()
                let txt = String(decoding: try template("\(artefact.kind.templateName).txt").render(context, format: .txt), as: UTF8.self)
                let needsODT = options.formats.contains(.odt) || options.formats.contains(.pdf)
                let odt = needsODT ? try template("\(artefact.kind.templateName).fodt").render(context, format: .odt) : nil
                rendered.append(Rendered(artefact: artefact, odt: odt, txt: txt))
            } catch let error as GenerateError {
                throw error
            } catch {
                throw .input("\(artefact.fileName): \(error)")
            }
        }
        for item in rendered {
            if let report = item.artefact as? ReflectionReport {
                try checkLeaks(report, txt: item.txt, odt: item.odt)
            }
        }

        // A signal during rendering: stop before anything is staged.
        if let signal = Interruption.shared.signal {
            throw .interrupted(signal: signal, DocumentWriteError.interrupted(signal: signal).description)
        }
        // The write phase. Every name below is one path component inside OUT/<case number>/ (FileName):
        // the loader refuses unsafe numbers; this is the second line of defence for cases built in code.
        if let problem = FileName.problem(with: folderName) {
            throw .input("\(path): the case number \(FileName.quoted(folderName)) cannot name the case folder: it \(problem)")
        }
        let directory = options.outputDirectory.appendingPathComponent(folderName, isDirectory: true)
        let names = PlannedFileNames.names(for: rendered.map(\.artefact))
        let collisions = PlannedFileNames.collisions(in: rendered.map(\.artefact))
        if !collisions.isEmpty { throw .ruleViolation(collisions.map(\.description)) }
        var targets: [(name: String, data: Data, kind: ArtefactKind)] = []
        for (item, name) in zip(rendered, names) {
            if options.formats.contains(.odt), let odt = item.odt { targets.append((name + ".odt", odt, item.artefact.kind)) }
            if options.formats.contains(.txt) { targets.append((name + ".txt", Data(item.txt.utf8), item.artefact.kind)) }
        }
        let pdfNames = options.formats.contains(.pdf) ? names.map { $0 + ".pdf" } : []
        if !options.force {
            let existing = (targets.map(\.name) + pdfNames).map { directory.appendingPathComponent($0) }
                .filter { FileManager.default.fileExists(atPath: $0.path) || AtomicFile.irreplaceable($0.path) != nil }
            if !existing.isEmpty { throw .exists(existing.map(\.path)) }
        }
        if options.formats.contains(.pdf) {
            let pdfs = try PDFConverter(program: options.soffice).convert(zip(names, rendered).map { ($0, $1.odt ?? Data()) })
            for ((item, name), pdfName) in zip(zip(rendered, names), pdfNames) {
                guard let pdf = pdfs[name] else { throw .output("\(directory.appendingPathComponent(pdfName).path): LibreOffice did not convert the document") }
                targets.append((pdfName, pdf, item.artefact.kind))
            }
        }

        // All or nothing: staged privately, then moved into place (DocumentSetWriter).
        var written: [WrittenDocument] = []
        if !targets.isEmpty {
            do {
                let urls = try DocumentSetWriter(overwrite: options.force).write(targets.map { ($0.name, $0.data) }, into: directory)
                written = zip(urls, targets).map { WrittenDocument(url: $0, kind: $1.kind, confidential: $1.kind.isConfidential) }
            } catch {
                switch error {
                case .existing(let paths): throw .exists(paths)
                case .interrupted(let signal): throw .interrupted(signal: signal, error.description)
                default: throw .output(error.description)
                }
            }
        }
        return GenerateResult(directory: directory, written: written, warnings: warnings)
    }

    /// The leak check over the rendered report: the text version line by line, and every text a reader or a
    /// program can extract from the .odt (`ExtractableText`: all parts, paragraphs joined across formatting,
    /// attribute values, entry names). An .odt that cannot be read back is a leak too: nothing checked it.
    static func checkLeaks(_ report: ReflectionReport, txt: String, odt: Data?) throws(GenerateError) {
        let check = LeakCheck(entities: report.entities)
        var problems = check.leaks(in: txt).map { "\(report.fileName).txt:\($0)" }
        if let odt {
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
