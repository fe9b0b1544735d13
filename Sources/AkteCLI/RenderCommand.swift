import Akte
import AkteTemplate
import AkteZip
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

        @Flag(help: "Print the in-process time of the render loop as a JSON line (for benchmarks).")
        var timing = false

        func validate() throws {
            if name != nil && !RenderData.isJSONLines(data) {
                throw ValidationError("--name applies only to JSON Lines data (.jsonl)")
            }
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
                do {
                    try bytes.write(to: URL(fileURLWithPath: out), options: .atomic)
                } catch {
                    printFailure("\(out): cannot write: \(error.localizedDescription)")
                    throw AkteExit.outputError
                }
                report(count: 1, started: started)
            }
        }

        private func renderLines(_ loaded: LoadedTemplate, format: OutputFormat, started: ContinuousClock.Instant) throws {
            let lines: [Substring]
            do { lines = try RenderData.lines(data) } catch { throw fail(error) }
            let folder = URL(fileURLWithPath: out, isDirectory: true)
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                printFailure("\(out): cannot create the folder: \(error.localizedDescription)")
                throw AkteExit.outputError
            }
            let nameTemplate: TextTemplate?
            do { nameTemplate = try name.map { try TextTemplate(source: $0, name: "--name") } } catch { throw fail(error) }
            let failures = Mutex<[(Int, String, Bool)]>([])  // line index, message, is an output error
            let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
            let chunk = max(1, (lines.count + workers - 1) / workers)
            let totals = Mutex(StageTiming())
            let usedNames = Mutex<[String: Int]>([:])  // file name → first line index, to refuse silent overwrites
            let folderPath = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
            let suffix = "." + format.rawValue
            DispatchQueue.concurrentPerform(iterations: min(workers, lines.count)) { worker in
                var timing = StageTiming()
                var staticArchive: ZipArchive?
                defer { totals.withLock { $0 = $0 + timing } }
                let range = (worker * chunk)..<min(lines.count, (worker + 1) * chunk)
                for index in range {
                    do {
                        let t0 = ContinuousClock.now
                        let context = try TemplateValue.fromJSON(Data(lines[index].utf8))
                        timing.parse += t0.duration(to: .now)
                        let base = try nameTemplate.map { try Self.fileName($0.render(context)) } ?? Self.numberedName(index)
                        if nameTemplate != nil, let earlier = usedNames.withLock({ names in
                            let earlier = names[base]
                            if earlier == nil { names[base] = index }
                            return earlier
                        }) {
                            failures.withLock { $0.append((index, "\(data):\(index + 1): --name gives '\(base)\(suffix)', already the name of line \(earlier + 1)", false)) }
                            return
                        }
                        let bytes = try loaded.render(context, format: format, timing: &timing, staticArchive: &staticArchive)
                        let t1 = ContinuousClock.now
                        do {
                            try FastFile.write(bytes, to: folderPath + base + suffix)
                        } catch {
                            failures.withLock { $0.append((index, "\(base)\(suffix): cannot write: \(error.localizedDescription)", true)) }
                            return
                        }
                        timing.write += t1.duration(to: .now)
                    } catch {
                        failures.withLock { $0.append((index, "\(data):\(index + 1): \(error)", false)) }
                        return
                    }
                }
            }
            if let first = failures.withLock({ $0.min(by: { $0.0 < $1.0 }) }) {
                printFailure(first.1)
                throw first.2 ? AkteExit.outputError : AkteExit.inputError
            }
            report(count: lines.count, started: started, stages: totals.withLock { $0 })
        }

        /// `doc_0000`, `doc_0001`, …
        static func numberedName(_ index: Int) -> String {
            let digits = String(index)
            return "doc_" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        }

        static func fileName(_ rendered: String) -> String {
            let cleaned = rendered.trimmingCharacters(in: .whitespacesAndNewlines)
                .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "\0", with: "")
            return cleaned.isEmpty ? "_" : cleaned
        }

        private func report(count: Int, started: ContinuousClock.Instant, stages: StageTiming? = nil) {
            guard timing else { return }
            let seconds = started.duration(to: .now).seconds
            var line = "{\"docs\": \(count), \"loop_s\": \(seconds), \"docs_per_s\": \(seconds > 0 ? Double(count) / seconds : 0)"
            if let stages {
                // Stage times summed over all documents and threads (CPU-side cost of each stage).
                line += ", \"threads\": \(ProcessInfo.processInfo.activeProcessorCount)"
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

/// Writes a whole file with plain POSIX calls: no temporary file, no fsync (a mail-merge writes thousands of
/// files; durability is the file system's normal job).
enum FastFile {
    static func write(_ data: Data, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                offset += n
            }
        }
    }
}
