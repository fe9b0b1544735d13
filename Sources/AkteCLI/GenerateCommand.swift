import Akte
import ArgumentParser
import Foundation

extension AkteCommand {
    /// `akte generate CASE.yaml`: every document the case's stage calls for. Argument parsing and exit codes
    /// only; the pipeline is `Akte.Generator`.
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every document a case (or reflection session) calls for into OUT/<case number>/ as .odt and .txt.",
            discussion: """
                Kinds for --only: \(ArtefactKind.allCases.map(\.rawValue).joined(separator: ", ")).
                Exit codes: 0 written; 1 a rule makes a document illegal (e.g. a late convocation) or the anonymised \
                report still names someone; 2 bad input; 3 a document exists (without --force) or cannot be written; \
                4 LibreOffice is missing for --format pdf.
                """)

        @Argument(help: "The case file (kind: commissie) or reflection-session file (kind: reflectiekamer).")
        var caseFile: String

        @Option(help: "The output folder; documents go to OUT/<case number>/.")
        var out = "Output"

        @Option(help: "Only these kinds, comma-separated (e.g. oproeping,uitnodiging).")
        var only: String?

        @Option(help: "Formats, comma-separated: odt, txt, pdf (pdf through LibreOffice).")
        var format = "odt,txt"

        @Option(help: "A folder with your own templates; each file it has replaces the shipped one, the others are taken from the default folder.")
        var templates: String?

        @Flag(help: "Replace existing documents.")
        var force = false

        @Flag(help: "Print nothing but warnings and errors.")
        var quiet = false

        func run() throws {
            // An empty --out would resolve to the current folder's parent chain oddly ("/<case>"): refuse it.
            if out.trimmingCharacters(in: .whitespaces).isEmpty { throw usageError("--out: the output folder is empty; name a folder (default: Output)") }
            var kinds: Set<ArtefactKind>?
            if let only {
                var set = Set<ArtefactKind>()
                for word in only.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                    guard let kind = ArtefactKind(rawValue: word) else {
                        throw usageError("--only: unknown kind \"\(word)\"; kinds: \(ArtefactKind.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    set.insert(kind)
                }
                kinds = set
            }
            var formats = Set<DocumentFormat>()
            for word in format.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
                guard let f = DocumentFormat(rawValue: word) else {
                    throw usageError("--format: unknown format \"\(word)\"; formats: odt, txt, pdf")
                }
                formats.insert(f)
            }
            if formats.isEmpty { throw usageError("--format: name at least one of odt, txt, pdf") }
            if let templates {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: templates, isDirectory: &isDirectory), isDirectory.boolValue else {
                    throw usageError("--templates: \(templates) is not a folder")
                }
            }
            var options = GenerateOptions(
                outputDirectory: URL(fileURLWithPath: out),
                only: kinds, formats: formats,
                templates: TemplateLocator(overrideDirectory: templates.map { URL(fileURLWithPath: $0) }),
                force: force)
            options.quiet = quiet
            Interruption.shared.install()
            let result: GenerateResult
            do {
                result = try Generator.generate(caseFile: caseFile, options: options)
            } catch {
                for line in error.description.split(separator: "\n", omittingEmptySubsequences: false) {
                    printError(line.hasPrefix(caseFile) ? String(line) : "akte: \(line)")
                }
                switch error {
                case .input: throw AkteExit.inputError
                case .ruleViolation, .leak: throw AkteExit.findings
                case .exists, .output: throw AkteExit.outputError
                case .missingProgram: throw AkteExit.missingProgram
                case .interrupted(let signal, _): throw AkteExit.interrupted(signal)
                }
            }
            for warning in result.warnings { printError(warning) }
            if !quiet {
                let base = out.hasSuffix("/") ? out : out + "/"
                for document in result.written {
                    let shown = base + result.directory.lastPathComponent + "/" + document.url.lastPathComponent
                    print("wrote \(shown)\(document.confidential ? " (vertrouwelijk, 0600)" : "")")
                }
            }
        }
    }
}
