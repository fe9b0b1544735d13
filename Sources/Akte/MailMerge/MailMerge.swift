import AkteCase
import AkteTemplate
import AkteODF
import AkteSystem
import Dispatch
import Foundation
import Synchronization

/// The mail-merge engine of `akte render` over JSON Lines: one document per line of data, rendered by `jobs`
/// threads and written into one folder, all or nothing.
///
/// The lines are read as the workers take them (a bounded window: one line and one document per worker in
/// memory), in file order; each worker takes the next line when it is free. When any line fails or a signal
/// arrives, the documents of this run are removed and, with `replace`, the ones they replaced put back (each
/// kept as a hidden hard link until the batch is complete), so a failed batch leaves the folder as it found it.
public struct MailMerge: Sendable {
    public var template: LoadedTemplate
    public var format: OutputFormat
    /// The JSON Lines file.
    public var dataPath: String
    /// The output folder (made 0700 when new).
    public var folder: URL
    /// The folder as the user wrote it, for messages.
    public var shownFolder: String
    /// File names as a template over each line's data (nil: `doc_0000`, `doc_0001`, …).
    public var nameTemplate: TextTemplate?
    /// The number of documents rendered at once.
    public var jobs: Int
    /// Replace existing files (`--force`).
    public var replace: Bool
    /// No progress line on the terminal.
    public var quiet: Bool

    /// The most documents rendered at once (README, "Limits"): each job is a thread holding a document; more
    /// than this only waits on the processors.
    public static let maximumJobs = 256

    public init(template: LoadedTemplate, format: OutputFormat, dataPath: String, folder: URL, shownFolder: String,
                nameTemplate: TextTemplate? = nil, jobs: Int, replace: Bool, quiet: Bool) {
        self.template = template
        self.format = format
        self.dataPath = dataPath
        self.folder = folder
        self.shownFolder = shownFolder
        self.nameTemplate = nameTemplate
        self.jobs = jobs
        self.replace = replace
        self.quiet = quiet
    }

    /// What a batch did: the documents written and the time of each stage, summed over documents and threads.
    public struct Outcome: Sendable {
        public let documents: Int
        public let stages: StageTiming
        public let workers: Int
    }

    public func run() throws(MailMergeError) -> Outcome {
        let reader: JSONLinesReader
        do { reader = try JSONLinesReader(path: dataPath) } catch { throw .input("\(error)") }
        do {
            // New folders are private (README, "Confidentiality"); an existing folder keeps its mode.
            try DocumentWriter().prepareDirectory(folder)
        } catch {
            throw .output("\(shownFolder): cannot create the folder: \(error)")
        }
        StaleFiles.removeTemporaries(in: folder)
        Interruption.shared.install()
        let failures = Locked<[(Int, String, Bool)]>([])  // document index, message, is an output error
        let workers = jobs
        let source = Locked(reader)
        let stop = Atomic<Bool>(false)
        // The documents this run wrote, each with the hidden copy of the document it replaced (replace).
        let written = Locked<[(path: String, previous: String?)]>([])
        let rendered = Atomic<Int>(0)
        let progress = ProgressReporter(total: nil, label: "documents", quiet: quiet)
        defer { progress.finish() }
        let totals = Locked(StageTiming())
        let usedNames = Locked<[String: Int]>([:])  // file name → line number of its first use, to refuse silent overwrites
        let folderPath = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        let suffix = "." + format.fileExtension
        let (template, format, dataPath, nameTemplate, replace) = (self.template, self.format, self.dataPath, self.nameTemplate, self.replace)
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
                    if case .odf(let odf, let staticParts) = template, format == .odt {
                        // The fast path: the package is built in the thread's reused buffers and written from there.
                        let t1 = ContinuousClock.now
                        let parts = try odf.renderParts(context)
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
                        let bytes = try template.render(context, format: format, timing: &timing, packager: &packager)
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
            throw .interrupted(signal: signal, written: done.count, restored: done.filter { $0.previous != nil }.count, folder: shownFolder)
        }
        if let first = failures.withLock({ $0.min(by: { $0.0 < $1.0 }) }) {
            undo()
            throw first.2 ? .output(first.1) : .input(first.1)
        }
        for document in done { if let previous = document.previous { unlink(previous) } }
        return Outcome(documents: rendered.load(ordering: .relaxed), stages: totals.withLock { $0 }, workers: workers)
    }

    /// `doc_0000`, `doc_0001`, …
    public static func numberedName(_ index: Int) -> String {
        let digits = String(index)
        return "doc_" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The rendered --name, trimmed of surrounding spaces, a path separator made "_" (ids such as "A/1"
    /// are common; two lines that end up under one name are refused by the caller). Whatever else may not
    /// be a file name (empty, hidden, "..", control characters) is refused by the caller (`FileName.problem`).
    public static func fileName(_ rendered: String) -> String {
        rendered.trimmingCharacters(in: .whitespaces)
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "\\", with: "_")
    }
}
