import Akte
import AkteCase
import AkteODF
import AkteTemplate
import AkteSystem
import ArgumentParser
import Dispatch
import Foundation
import Synchronization

extension AkteCommand {
    /// `akte render TEMPLATE --data DATA --out PATH`: a general mail-merge over akte's template language.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render a template (.fodt, .odt, .txt) with YAML/JSON data, or one document per line of JSON Lines.")

        @Argument(help: "The template: .fodt or .odt (ODF text) or .txt (plain text).")
        var template: String

        @Option(help: "The data: a YAML or JSON document, or JSON Lines (.jsonl: one document per line, with --out DIR).")
        var data: String

        @Option(help: "The output file, or the output folder for JSON Lines.")
        var out: String

        @Option(help: "Output format: odt, fodt or txt (default: from --out's extension, else from the template).")
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

        /// The most documents rendered at once (README, "Limits").
        static let maximumJobs = 256

        func validate() throws {
            if name != nil && !RenderData.isJSONLines(data) {
                throw ValidationError("--name applies only to JSON Lines data (.jsonl)")
            }
            if let jobs, jobs < 1 || jobs > Self.maximumJobs {
                // Each job is a thread holding a document; more than this only waits on the processors.
                throw ValidationError("--jobs must be between 1 and \(Self.maximumJobs)")
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
            let outputFormat = format
                ?? (multiple ? nil : OutputFormat(rawValue: URL(fileURLWithPath: out).pathExtension.lowercased()))
                ?? loaded.defaultFormat
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

        private func renderLines(_ loaded: LoadedTemplate, format: OutputFormat, started: ContinuousClock.Instant) throws {
            // The lines are read as the workers take them (a bounded window: one line and one document per
            // worker in memory), in file order; each worker takes the next line when it is free.
            let reader: JSONLinesReader
            do { reader = try JSONLinesReader(path: data) } catch { throw fail(error) }
            let folder = URL(fileURLWithPath: out, isDirectory: true)
            do {
                // New folders are private (README, "Confidentiality"); an existing folder keeps its mode.
                try DocumentWriter().prepareDirectory(folder)
            } catch {
                printFailure("\(out): cannot create the folder: \(error)")
                throw AkteExit.outputError
            }
            StaleFiles.removeTemporaries(in: folder)
            Interruption.shared.install()
            let nameTemplate: TextTemplate?
            do { nameTemplate = try name.map { try TextTemplate(source: $0, name: "--name") } } catch { throw fail(error) }
            let failures = Locked<[(Int, String, Bool)]>([])  // document index, message, is an output error
            let workers = jobs ?? max(1, ProcessInfo.processInfo.activeProcessorCount)
            let source = Locked(reader)
            let stop = Atomic<Bool>(false)
            // The documents this run wrote, each with the hidden copy of the document it replaced (--force):
            // when any line fails or a signal arrives, the new ones are removed and the replaced ones put back,
            // so a failed batch leaves the folder as it found it.
            let written = Locked<[(path: String, previous: String?)]>([])
            let replace = force
            let rendered = Atomic<Int>(0)
            let progress = ProgressReporter(total: nil, label: "documents", quiet: quiet || timing)
            defer { progress.finish() }
            let totals = Locked(StageTiming())
            let usedNames = Locked<[String: Int]>([:])  // file name → line number of its first use, to refuse silent overwrites
            let folderPath = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
            let suffix = "." + format.rawValue
            let dataPath = data
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                var timing = StageTiming()
                var packager: ODTPackager?
                defer { totals.withLock { $0 = $0 + timing } }
                while !stop.load(ordering: .relaxed) && Interruption.shared.signal == nil {
                    let line: JSONLinesReader.Line
                    do {
                        guard let next = try source.withLock({ try $0.next() }) else { return }
                        line = next
                    } catch {
                        failures.withLock { $0.append((Int.max, "\(error)", false)) }
                        stop.store(true, ordering: .relaxed)
                        return
                    }
                    func failed(_ message: String, output: Bool = false) {
                        failures.withLock { $0.append((line.index, message, output)) }
                        stop.store(true, ordering: .relaxed)
                    }
                    do {
                        let t0 = ContinuousClock.now
                        let context = try TemplateValue.fromJSON(bytes: line.bytes)
                        timing.parse += t0.duration(to: .now)
                        let base = try nameTemplate.map { try Self.fileName($0.render(context)) } ?? Self.numberedName(line.index)
                        if let problem = FileName.problem(with: base) ?? FileName.problem(with: base + suffix) {
                            failed("\(dataPath):\(line.number): --name gives \(FileName.quoted(base + suffix)), which cannot be a file name: it \(problem)")
                            return
                        }
                        // Case-insensitive: "A" and "a" are one file on macOS and Windows file systems.
                        if nameTemplate != nil, let earlier = usedNames.withLock({ names in
                            let earlier = names[base.lowercased()]
                            if earlier == nil { names[base.lowercased()] = line.number }
                            return earlier
                        }) {
                            failed("\(dataPath):\(line.number): --name gives '\(base)\(suffix)', already the name of line \(earlier)")
                            return
                        }
                        let path = folderPath + base + suffix
                        var writeError: (any Error)?
                        var previous: String?
                        if replace {
                            do { previous = try AtomicFile.keepCopy(of: path) } catch {
                                failed("\(error)", output: true)
                                return
                            }
                        }
                        if case .odf(let template, let staticParts) = loaded, format == .odt {
                            // The fast path: the package is built in the thread's reused buffers and written from there.
                            let t1 = ContinuousClock.now
                            let parts = try template.renderParts(context)
                            let t2 = ContinuousClock.now
                            timing.render += t1.duration(to: t2)
                            let odt = try packager ?? ODTPackager()
                            packager = odt
                            try odt.package(parts, prepared: staticParts) { bytes in
                                let t3 = ContinuousClock.now
                                timing.package += t2.duration(to: t3)
                                do { try AtomicFile.write(bytes, to: path, replace: replace, durability: .ordinary) } catch { writeError = error }
                                timing.write += t3.duration(to: .now)
                            }
                        } else {
                            let bytes = try loaded.render(context, format: format, timing: &timing, packager: &packager)
                            let t3 = ContinuousClock.now
                            do { try AtomicFile.write(bytes, to: path, replace: replace, durability: .ordinary) } catch { writeError = error }
                            timing.write += t3.duration(to: .now)
                        }
                        if let writeError {
                            if let previous { unlink(previous) }
                            failed("\(writeError)", output: true)
                            return
                        }
                        written.withLock { $0.append((path, previous)) }
                        rendered.add(1, ordering: .relaxed)
                        progress.advance()
                    } catch {
                        failed("\(dataPath):\(line.number): \(error)")
                        return
                    }
                }
            }
            let done = written.withLock { $0 }
            func undo() {
                for document in done.reversed() {
                    if let previous = document.previous { rename(previous, document.path) } else { unlink(document.path) }
                }
            }
            if let signal = Interruption.shared.signal {
                undo()
                progress.finish()
                let restored = done.filter { $0.previous != nil }.count
                printFailure("interrupted (\(Interruption.name(of: signal))) after \(done.count) documents; none of this run's documents were kept"
                    + (restored > 0 ? " and the \(restored) it had replaced were put back" : "") + "; \(out) is as before the run")
                throw AkteExit.interrupted(signal)
            }
            if let first = failures.withLock({ $0.min(by: { $0.0 < $1.0 }) }) {
                undo()
                printFailure(first.1)
                throw first.2 ? AkteExit.outputError : AkteExit.inputError
            }
            for document in done { if let previous = document.previous { unlink(previous) } }
            report(count: rendered.load(ordering: .relaxed), started: started, stages: totals.withLock { $0 }, workers: workers)
        }

        /// `doc_0000`, `doc_0001`, …
        static func numberedName(_ index: Int) -> String {
            let digits = String(index)
            return "doc_" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        }

        /// The rendered --name, trimmed of surrounding spaces, a path separator made "_" (ids such as "A/1"
        /// are common; two lines that end up under one name are refused by the caller). Whatever else may not
        /// be a file name (empty, hidden, "..", control characters) is refused by the caller (`FileName.problem`).
        static func fileName(_ rendered: String) -> String {
            rendered.trimmingCharacters(in: .whitespaces)
                .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "\\", with: "_")
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

/// Prints a failure of the command itself (not a finding in a file) on standard error, as "akte: …".
func printFailure(_ message: String) {
    printError("akte: " + message)
}

extension OutputFormat: ExpressibleByArgument {}
