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
                Templates: each file of --templates DIR, else of $AKTE_TEMPLATES, else the templates shipped with akte \
                (never a folder that happens to be in the working directory).
                Exit codes: 0 written; 1 a rule makes a document illegal (e.g. a late convocation) or the anonymised \
                report still names someone; 2 bad input; 3 a document exists (without --force) or cannot be written; \
                4 LibreOffice is missing for --format pdf.
                """)

        @Argument(help: "The case file (kind: commissie) or reflection-session file (kind: reflectiekamer).")
        var caseFile: String

        @OptionGroup var output: OutputFolderOptions

        @Option(name: .customLong("only"), help: ArgumentHelp("Only these kinds, comma-separated (e.g. oproeping,uitnodiging).", valueName: "kinds"))
        var only: CommaSeparated<ArtefactKind>?

        @Option(name: .customLong("format"), help: ArgumentHelp("Formats, comma-separated: odt, txt, pdf (through LibreOffice), html (the agenda item).", valueName: "formats"))
        var formats = CommaSeparated<GenerateFormat>([GenerateFormat(.odt), GenerateFormat(.txt)])

        @Option(help: "A folder with your own templates; each file it has replaces the shipped one, the others are taken from $AKTE_TEMPLATES or the shipped templates.")
        var templates: String?

        @Flag(help: "Print nothing but warnings and errors.")
        var quiet = false

        func validate() throws {
            if let templates {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: templates, isDirectory: &isDirectory), isDirectory.boolValue else {
                    throw ValidationError("--templates: \(templates) is not a folder")
                }
            }
        }

        func run() throws {
            var options = GenerateOptions(
                outputDirectory: URL(fileURLWithPath: output.out),
                only: only?.set, formats: Set(formats.values.map(\.format)),
                library: TemplateLibrary(folders: .standard(user: templates.map { URL(fileURLWithPath: $0, isDirectory: true) })),
                force: output.force)
            options.quiet = quiet
            Interruption.shared.install()
            let result: GenerateResult
            do {
                result = try Generator(options: options).generate(.file(caseFile))
            } catch {
                // Lines about the input begin with its file and line; the others are the run's, after "akte: ".
                for message in error.messages { printError(message.located ? message.text : "akte: " + message.text) }
                throw AkteExit.code(for: error)
            }
            for warning in result.warnings { printError(warning) }
            if !quiet {
                for document in result.written {
                    let shown = output.shownPrefix + result.directory.lastPathComponent + "/" + document.url.lastPathComponent
                    print("wrote \(shown)\(document.confidential ? " (vertrouwelijk, 0600)" : "")")
                }
            }
        }
    }
}
