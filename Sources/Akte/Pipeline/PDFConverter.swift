import AkteODF
import Foundation

/// PDF through LibreOffice: `soffice --headless --convert-to pdf` with a private user profile, so it neither
/// disturbs nor waits for a LibreOffice the user has open.
///
/// The documents are confidential (README, "Confidentiality"), so the conversion's working folder is made
/// with `mkdtemp` (0700: only the user can enter it), every copy in it is 0600, and LibreOffice's profile
/// lives inside it too. It is removed when the conversion ends, fails or is interrupted (SIGINT, SIGTERM,
/// SIGHUP end LibreOffice and the folder goes); a folder left by a SIGKILLed run (its process id is in the
/// name) is removed by the next conversion.
public struct PDFConverter: Sendable {
    public let program: String?

    /// `akte-pdf-<pid>-XXXXXX` in the temporary folder.
    static let workPrefix = "akte-pdf-"

    public init(program: String? = nil) {
        self.program = program
    }

    /// `soffice` (or `libreoffice`) on PATH.
    public static func findProgram(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for name in ["soffice", "libreoffice"] {
            for directory in path.split(separator: ":") {
                let candidate = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// Converts documents (name → .odt bytes) in LibreOffice runs of `batchSize`; returns name → PDF bytes.
    public func convert(_ documents: [(name: String, odt: Data)]) throws(GenerateError) -> [String: Data] {
        guard let soffice = program ?? Self.findProgram(),
              FileManager.default.isExecutableFile(atPath: soffice) else {
            throw .missingProgram("PDF needs LibreOffice, and neither soffice nor libreoffice was found on PATH; install it (apt-get install libreoffice-writer) or leave pdf out of --format")
        }
        let temporary = FileManager.default.temporaryDirectory
        // Folders of SIGKILLed conversions: exactly `akte-pdf-<pid>-XXXXXX`, ours, and their process gone.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
        where StaleFiles.isGone(name, prefix: Self.workPrefix, rest: { $0.count == 6 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }) {
            var info = stat()
            let url = temporary.appendingPathComponent(name)
            if lstat(url.path, &info) == 0, info.st_uid == getuid(), info.st_mode & S_IFMT == S_IFDIR {
                try? FileManager.default.removeItem(at: url)
            }
        }
        var template = Array(temporary.appendingPathComponent("\(Self.workPrefix)\(getpid())-XXXXXX").path.utf8CString)
        guard let made = mkdtemp(&template) else {
            throw .conversion("\(temporary.path): cannot create a private folder for the PDF conversion: \(String(cString: strerror(errno)))")
        }
        let work = URL(fileURLWithPath: String(cString: made), isDirectory: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let input = work.appendingPathComponent("in"), output = work.appendingPathComponent("out")
        do {
            for folder in [input, output, work.appendingPathComponent("profile")] where mkdir(folder.path, DocumentAccess.folderMode) != 0 {
                throw DocumentWriteError.system(path: folder.path, operation: "create the folder", code: errno)
            }
            for document in documents {
                let file = input.appendingPathComponent(document.name + ".odt")
                try DocumentSetWriter.writePrivate(document.odt, to: file, shownAs: file.path)
            }
        } catch {
            throw .conversion("\(work.path): cannot prepare the PDF conversion: \(error)")
        }
        // One LibreOffice run per batch: a single run over hundreds of files was seen to stop part-way (246 of 443
        // converted under load). What the batches leave out is converted once more, in one last run; whatever is
        // still missing then is an error.
        var result: [String: Data] = [:]
        var lastStatus: Int32 = 0
        var pending = documents.map(\.name)
        for attempt in 0..<2 where !pending.isEmpty {
            let size = attempt == 0 ? Self.batchSize : pending.count
            let batches = stride(from: 0, to: pending.count, by: size).map { Array(pending[$0..<min($0 + size, pending.count)]) }
            pending = []
            for batch in batches {
                lastStatus = try run(soffice, batch, work: work, input: input, output: output)
                for name in batch {
                    if let pdf = try? Data(contentsOf: output.appendingPathComponent(name + ".pdf")) {
                        result[name] = pdf
                    } else {
                        pending.append(name)
                    }
                }
            }
        }
        if result.count != documents.count {
            let log = work.appendingPathComponent("soffice.log")
            let details = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw .conversion("LibreOffice converted \(result.count) of \(documents.count) documents to PDF (exit status \(lastStatus)): \(details.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return result
    }

    /// Documents per LibreOffice run.
    static let batchSize = 40

    /// One `soffice --convert-to pdf` over the named copies in `input`; returns its exit status.
    private func run(_ soffice: String, _ names: [String], work: URL, input: URL, output: URL) throws(GenerateError) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["-env:UserInstallation=\(work.appendingPathComponent("profile").absoluteString)",
                             "--headless", "--norestore", "--convert-to", "pdf", "--outdir", output.path]
            + names.map { input.appendingPathComponent($0 + ".odt").path }
        let log = work.appendingPathComponent("soffice.log")
        if !FileManager.default.fileExists(atPath: log.path) {
            _ = FileManager.default.createFile(atPath: log.path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        let handle = try? FileHandle(forWritingTo: log)
        _ = try? handle?.seekToEnd()
        process.standardOutput = handle
        process.standardError = handle
        let started: Bool = Interruption.shared.whileRunning(onSignal: { [process] in
            if process.isRunning { process.terminate() }
        }) {
            do {
                try process.run()
            } catch {
                return false
            }
            process.waitUntilExit()
            return true
        }
        try? handle?.close()
        guard started else { throw .missingProgram("\(soffice): cannot start LibreOffice") }
        if let signal = Interruption.shared.signal {
            throw .interrupted(signal: signal, during: "the PDF conversion")
        }
        return process.terminationStatus
    }
}
