import Akte
import AkteCase
import AkteTemplate
import AkteSystem
import ArgumentParser
import Foundation

extension AkteCommand {
    /// `akte render TEMPLATE --data DATA --out PATH`: a general mail-merge over akte's template language.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render a template (.fodt, .odt, .txt, .html) with YAML/JSON data, or one document per line of JSON Lines.")

        @Argument(help: "The template: .fodt or .odt (ODF text), .txt (plain text) or .html (HTML).")
        var template: String

        @Option(help: "The data: a YAML or JSON document, or JSON Lines (.jsonl: one document per line, with --out DIR).")
        var data: String

        @Option(help: "The output file, or the output folder for JSON Lines.")
        var out: String

        @Option(help: "Output format: odt, fodt, txt or html (default: from --out's extension, else from the template).")
        var format: OutputFormat?

        @Option(help: "For JSON Lines: file names as a template over each line's data, e.g. '{{ case.id }}' (default: doc_0000, doc_0001, ...).")
        var name: String?

        @Option(help: "For JSON Lines: the number of documents rendered at once (default: the number of processors).")
        var jobs: Int?

        @Flag(help: "Replace existing output files (without it, an existing file is never overwritten).")
        var force = false

        @Flag(help: "No progress line on the terminal during a JSON Lines batch (it is never shown when standard error is not a terminal).")
        var quiet = false

        @Flag(help: "Print the in-process time of the render loop as a JSON line (for benchmarks).")
        var timing = false

        func validate() throws {
            if name != nil && !RenderData.isJSONLines(data) {
                throw ValidationError("--name applies only to JSON Lines data (.jsonl)")
            }
            if let jobs, jobs < 1 || jobs > MailMerge.maximumJobs {
                throw ValidationError("--jobs must be between 1 and \(MailMerge.maximumJobs)")
            }
            if format == .pdf {
                throw ValidationError("--format pdf: render writes odt, fodt, txt or html; a PDF comes from akte generate --format pdf")
            }
            if out.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--out: the output path is empty") }
        }

        func run() throws {
            let started = ContinuousClock.now
            let loaded: LoadedTemplate
            do {
                loaded = try LoadedTemplate.load(template)
            } catch {
                throw fail(error)
            }
            let multiple = RenderData.isJSONLines(data)
            // From --out's extension: odt, fodt or txt as before; html only for an HTML template (an ODF template
            // written to `x.html` stays an .odt, as it always was); never pdf, which no template renders.
            let inferred = multiple ? nil : OutputFormat(rawValue: URL(fileURLWithPath: out).pathExtension.lowercased())
                .flatMap { [.odt, .fodt, .txt].contains($0) || ($0 == .html && loaded.defaultFormat == .html) ? $0 : nil }
            let outputFormat = format ?? inferred ?? loaded.defaultFormat
            if multiple {
                try renderLines(loaded, format: outputFormat, started: started)
            } else {
                let context: TemplateValue
                do { context = try RenderData.single(data) } catch { throw fail(error) }
                let bytes: Data
                do { bytes = try loaded.render(context, format: outputFormat) } catch { throw fail(error) }
                StaleFiles.removeTemporaries(in: URL(fileURLWithPath: out).deletingLastPathComponent())
                do {
                    try AtomicFile.write(bytes, to: out, replace: force, durability: .ordinary)
                } catch {
                    printFailure("\(error)")
                    throw AkteExit.outputError
                }
                report(count: 1, started: started)
            }
        }

        /// One document per line of JSON Lines, by the library's batch engine (`MailMerge`).
        private func renderLines(_ loaded: LoadedTemplate, format: OutputFormat, started: ContinuousClock.Instant) throws {
            let nameTemplate: TextTemplate?
            do { nameTemplate = try name.map { try TextTemplate(source: $0, name: "--name") } } catch { throw fail(error) }
            let batch = MailMerge(template: loaded, format: format, dataPath: data, folder: URL(fileURLWithPath: out, isDirectory: true),
                                  shownFolder: out, nameTemplate: nameTemplate,
                                  jobs: jobs ?? max(1, ProcessInfo.processInfo.activeProcessorCount),
                                  replace: force, quiet: quiet || timing)
            let outcome: MailMerge.Outcome
            do {
                outcome = try batch.run()
            } catch {
                printFailure(error.description)
                switch error {
                case .input: throw AkteExit.inputError
                case .output: throw AkteExit.outputError
                case .interrupted(let signal, _, _, _): throw AkteExit.interrupted(signal)
                }
            }
            report(count: outcome.documents, started: started, stages: outcome.stages, workers: outcome.workers)
        }

        private func report(count: Int, started: ContinuousClock.Instant, stages: StageTiming? = nil, workers: Int = 1) {
            guard timing else { return }
            let seconds = started.duration(to: .now).seconds
            var line = "{\"docs\": \(count), \"loop_s\": \(seconds), \"docs_per_s\": \(seconds > 0 ? Double(count) / seconds : 0)"
            if let stages {
                // Stage times summed over all documents and threads (CPU-side cost of each stage).
                line += ", \"threads\": \(workers)"
                line += ", \"parse_s\": \(stages.parse.seconds), \"render_s\": \(stages.render.seconds)"
                line += ", \"zip_s\": \(stages.package.seconds), \"write_s\": \(stages.write.seconds)"
                if stages.render > .zero { line += ", \"render_only_docs_per_s\": \(Double(count) / stages.render.seconds)" }
            }
            print(line + "}")
        }

        private func fail(_ error: any Error) -> ExitCode {
            printFailure("\(error)")
            return AkteExit.inputError
        }
    }
}

