import AkteCase
import AkteRules
import AkteTemplate
import Foundation

/// Why `generate` wrote nothing. Each case maps to one exit code of the CLI.
public enum GenerateError: Error, Equatable, CustomStringConvertible {
    /// Bad input: the case file, the profile or a template (exit 2).
    case input(String)
    /// A rule that makes a document illegal, e.g. a sending date that breaks the notice period (exit 1).
    case ruleViolation([String])
    /// A declared name survives anonymisation (exit 1).
    case leak([String])
    /// Documents exist and `--force` was not given (exit 3).
    case exists([String])
    /// A document could not be written (exit 3).
    case output(String)
    /// LibreOffice is needed for PDF and is not installed (exit 4).
    case missingProgram(String)

    public var description: String {
        switch self {
        case .input(let m), .output(let m), .missingProgram(let m): return m
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
            warnings += facts.diagnostics.filter { $0.severity >= .warning }.map(\.description)
            let setting = CaseSetting(commissionCase: commissionCase, facts: facts)
            plan = DocumentPlan.plan(for: setting)
            folderName = commissionCase.details.number
        case .reflection(let session):
            warnings += ReflectionEvaluator.evaluate(session).filter { $0.severity >= .warning }.map(\.description)
            plan = DocumentPlan.plan(for: session)
            folderName = session.number
        }
        warnings += plan.warnings.map { "warning: \($0)" }
        let artefacts = plan.artefacts.filter { options.only?.contains($0.kind) ?? true }
        if artefacts.isEmpty {
            let asked = options.only.map { " of the kinds asked (\($0.map(\.rawValue).sorted().joined(separator: ", ")))" } ?? ""
            warnings.append("warning: the case's stage calls for no document\(asked); nothing to write")
        }
        try refuseIllegal(artefacts)

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

        let directory = options.outputDirectory.appendingPathComponent(folderName, isDirectory: true)
        var targets: [(URL, Data, ArtefactKind)] = []
        for item in rendered {
            let base = directory.appendingPathComponent(item.artefact.fileName)
            if options.formats.contains(.odt), let odt = item.odt { targets.append((base.appendingPathExtension("odt"), odt, item.artefact.kind)) }
            if options.formats.contains(.txt) { targets.append((base.appendingPathExtension("txt"), Data(item.txt.utf8), item.artefact.kind)) }
        }
        var pdfTargets: [URL] = []
        if options.formats.contains(.pdf) {
            pdfTargets = rendered.map { directory.appendingPathComponent($0.artefact.fileName).appendingPathExtension("pdf") }
        }
        if !options.force {
            let existing = (targets.map(\.0) + pdfTargets).filter { FileManager.default.fileExists(atPath: $0.path) }
            if !existing.isEmpty { throw .exists(existing.map(\.path)) }
        }
        if options.formats.contains(.pdf) {
            let pdfs = try PDFConverter(program: options.soffice).convert(rendered.map { ($0.artefact.fileName, $0.odt ?? Data()) })
            for (item, url) in zip(rendered, pdfTargets) {
                guard let pdf = pdfs[item.artefact.fileName] else { throw .output("\(url.path): LibreOffice did not convert the document") }
                targets.append((url, pdf, item.artefact.kind))
            }
        }

        let writer = DocumentWriter(overwrite: options.force)
        var written: [WrittenDocument] = []
        do {
            if !targets.isEmpty { try writer.prepareDirectory(directory) }
            for (url, data, kind) in targets {
                try writer.write(data, to: url, access: kind.isConfidential ? .confidential : .ordinary)
                written.append(WrittenDocument(url: url, kind: kind, confidential: kind.isConfidential))
            }
        } catch {
            throw .output(error.description)
        }
        return GenerateResult(directory: directory, written: written, warnings: warnings)
    }

    /// A convocation sent too late (or urgently without a motivation) would be illegal: refuse, naming the
    /// latest legal sending date.
    static func refuseIllegal(_ artefacts: [any Artefact]) throws(GenerateError) {
        var problems: [String] = []
        var seen = Set<String>()
        for case let convocation as Convocation in artefacts where seen.insert(convocation.meeting.id).inserted {
            let m = convocation.meeting
            let setting = convocation.setting
            guard let notice = setting.facts.meeting(m.id)?.notice else { continue }
            let position = "\(m.position): meetings[\(m.id)]"
            if notice.satisfied == false, let sending = m.plannedSending {
                let rule = m.urgent ? setting.profile.urgentNotice : setting.profile.notice
                problems.append("\(position): the convocation for \(DutchFormat.longDate(m.date)) cannot be sent on \(DutchFormat.longDate(sending)): \(notice.countedDays ?? 0) of the \(rule.amount) \(rule.unit.english(rule.amount)) required\(m.urgent ? " (urgent)" : "") (\(setting.citation(m.urgent ? "urgentNotice" : "notice", article: rule.article))); latest legal sending date: \(DutchFormat.longDate(notice.latestSendingDate))"
                    + (m.urgent ? "" : "; if the chair declares urgency, add urgent: true and urgencyMotivation"))
            }
            if m.urgent, setting.profile.urgentRequiresMotivation, (m.urgencyMotivation ?? "").isEmpty {
                problems.append("\(position): the meeting is convened urgently without a motivation (urgencyMotivation); the letter must state it")
            }
        }
        if !problems.isEmpty { throw .ruleViolation(problems) }
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
