import AkteTemplate
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

        @Flag(help: "Replace existing output files (without it, an existing file is never overwritten).")
        var force = false

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
                    try FastFile.write(bytes, to: out, replace: force)
                } catch {
                    printFailure("\(out): \(error)")
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
            // The documents this run created: removed again when any line fails, so a failed batch leaves no
            // partial set behind (files replaced with --force cannot be brought back).
            let written = Mutex<[String]>([])
            let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
            let chunk = max(1, (lines.count + workers - 1) / workers)
            DispatchQueue.concurrentPerform(iterations: min(workers, lines.count)) { worker in
                let range = (worker * chunk)..<min(lines.count, (worker + 1) * chunk)
                for index in range {
                    if !failures.withLock({ $0.isEmpty }) { return }
                    let lineName = "\(data):\(index + 1)"
                    do {
                        let context = try TemplateValue.fromJSON(Data(lines[index].utf8))
                        let base = try nameTemplate.map { try Self.fileName($0.render(context)) } ?? String(format: "doc_%04d", index)
                        let bytes = try loaded.render(context, format: format)
                        do {
                            let path = folder.appendingPathComponent("\(base).\(format.rawValue)").path
                            try FastFile.write(bytes, to: path, replace: force)
                            written.withLock { $0.append(path) }
                        } catch {
                            failures.withLock { $0.append((index, "\(folder.appendingPathComponent("\(base).\(format.rawValue)").path): \(error)", true)) }
                            return
                        }
                    } catch let error as NSError where error.domain == NSCocoaErrorDomain {
                        let detail = (error.userInfo[NSDebugDescriptionErrorKey] as? String).map { ": \($0)" } ?? ""
                        failures.withLock { $0.append((index, "\(lineName): not valid JSON\(detail)", false)) }
                        return
                    } catch {
                        failures.withLock { $0.append((index, "\(lineName): \(error)", false)) }
                        return
                    }
                }
            }
            if let first = failures.withLock({ $0.min(by: { $0.0 < $1.0 }) }) {
                for path in written.withLock({ $0 }) { unlink(path) }
                printFailure(first.1)
                throw first.2 ? AkteExit.outputError : AkteExit.inputError
            }
            report(count: lines.count, started: started)
        }

        static func fileName(_ rendered: String) -> String {
            let cleaned = rendered.trimmingCharacters(in: .whitespacesAndNewlines)
                .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "\0", with: "")
            return cleaned.isEmpty ? "_" : cleaned
        }

        private func report(count: Int, started: ContinuousClock.Instant) {
            guard timing else { return }
            let elapsed = started.duration(to: .now)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            print("{\"docs\": \(count), \"loop_s\": \(seconds), \"docs_per_s\": \(seconds > 0 ? Double(count) / seconds : 0)}")
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

/// Why `FastFile.write` failed; the description completes "PATH: …".
enum FastFileError: Error, CustomStringConvertible {
    case exists
    case system(String, Int32)

    var description: String {
        switch self {
        case .exists: return "already exists; not overwritten (use --force)"
        case let .system(step, code): return "cannot \(step): \(String(cString: strerror(code)))"
        }
    }
}

/// Writes a whole file with plain POSIX calls, all or nothing: the bytes go to a hidden temporary file in the
/// target's folder (`.NAME.XXXXXX`, never taken for a document), which is then linked into place (refusing an
/// existing file) or, with `replace`, renamed over it. A killed run leaves at most a hidden temporary file, never
/// a truncated document. No fsync: a mail-merge writes thousands of files; durability is the file system's job.
enum FastFile {
    static func write(_ data: Data, to path: String, replace: Bool) throws {
        if !replace, access(path, F_OK) == 0 { throw FastFileError.exists }
        let target = URL(fileURLWithPath: path)
        var template = Array("\(target.deletingLastPathComponent().path)/.\(target.lastPathComponent).XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw FastFileError.system("create a file in the folder", errno) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var placed = false
        defer { if !placed { unlink(temporary) } }
        do {
            defer { close(fd) }
            guard fchmod(fd, 0o644) == 0 else { throw FastFileError.system("set permissions", errno) }
            try data.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw FastFileError.system("write", errno)
                    }
                    offset += n
                }
            }
        }
        if replace {
            guard rename(temporary, path) == 0 else { throw FastFileError.system("move the file into place", errno) }
        } else {
            // link() fails with EEXIST if the target appeared meanwhile: never clobber.
            guard link(temporary, path) == 0 else {
                if errno == EEXIST { throw FastFileError.exists }
                throw FastFileError.system("move the file into place", errno)
            }
            unlink(temporary)
        }
        placed = true
    }
}
