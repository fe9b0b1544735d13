import AkteCase
import AkteSystem
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a document could not be written. Each case names the path, so the CLI can print it as is.
public enum DocumentWriteError: Error, Equatable, CustomStringConvertible {
    case exists(path: String)
    /// Several documents of a set exist (and `--force` was not given).
    case existing(paths: [String])
    case notADirectory(path: String)
    /// A device node, FIFO, socket, symbolic link or folder stands where a document would go: never replaced.
    case notARegularFile(path: String, what: String)
    case system(path: String, operation: String, code: Int32)
    /// A failure reported by the atomic write, in its own words (they name the path).
    case failed(String)
    /// SIGINT/SIGTERM/SIGHUP arrived before the set was complete; nothing was written.
    case interrupted(signal: Int32)

    public var description: String {
        switch self {
        case .exists(let path):
            return "\(path): already exists; use --force to replace it"
        case .existing(let paths):
            return paths.map { "\($0): already exists" }.joined(separator: "\n") + "\nnothing was written; use --force to replace the documents"
        case .notADirectory(let path):
            return "\(path): is not a directory"
        case .notARegularFile(let path, let what):
            return "\(path): is \(what), not a regular file; akte never replaces it, not even with --force"
        case .system(let path, let operation, let code):
            return "\(path): cannot \(operation): \(String(cString: strerror(code)))"
        case .failed(let message):
            return message
        case .interrupted(let signal):
            return "interrupted (\(Interruption.name(of: signal))); nothing was written, the previous documents are unchanged"
        }
    }
}

/// Who may read a written document.
///
/// The policy (README, "Confidentiality"): every document of a case is confidential — the commission meets
/// in closed session (Wommelgem art. 46 §3; Kinrooi art. 5, 7, 8) and its letters say "VERTROUWELIJK" or
/// "BESLOTEN ZITTING" — so akte writes every file readable by its owner only (0600) and every folder it
/// creates or writes a case into as 0700, whatever the umask. Sharing a document is the user's deliberate
/// act (a copy, `chmod`), never a default. `.ordinary` is kept for callers that spell it; it is the same mode.
public enum DocumentAccess: Sendable {
    case ordinary
    case confidential

    public var mode: mode_t { 0o600 }
    /// The mode of folders akte creates and of case folders it writes into.
    public static let folderMode: mode_t = 0o700
}

/// Writes a document so that the target path only ever holds a complete file (AkteSystem's `AtomicFile`:
/// a temporary file in the same directory, flushed, then linked or renamed into place), with the
/// permissions its confidentiality asks for. An existing document is never replaced unless `overwrite` is
/// set, and then only when it is a regular file.
public struct DocumentWriter: Sendable {
    public var overwrite: Bool

    public init(overwrite: Bool = false) {
        self.overwrite = overwrite
    }

    /// Creates `directory` (and its parents) when missing, each new folder 0700 whatever the umask; fails
    /// when a file stands in the way. Existing folders keep their mode.
    public func prepareDirectory(_ directory: URL) throws(DocumentWriteError) {
        var missing: [URL] = []
        var current = directory.standardizedFileURL
        while true {
            var info = stat()
            if stat(current.path, &info) == 0 {
                guard info.st_mode & S_IFMT == S_IFDIR else { throw .notADirectory(path: current.path) }
                break
            }
            guard errno == ENOENT || errno == ENOTDIR, current.path != "/" else {
                throw .system(path: directory.path, operation: "create the directory", code: errno == 0 ? EACCES : errno)
            }
            missing.append(current)
            current.deleteLastPathComponent()
        }
        for folder in missing.reversed() {
            if mkdir(folder.path, DocumentAccess.folderMode) != 0 && errno != EEXIST {
                throw .system(path: directory.path, operation: "create the directory", code: errno)
            }
            chmod(folder.path, DocumentAccess.folderMode)
        }
    }

    public func write(_ bytes: Data, to target: URL, access: DocumentAccess = .confidential) throws(DocumentWriteError) {
        do {
            try AtomicFile.write(bytes, to: target, replace: overwrite, permissions: access.mode)
        } catch {
            throw error.kind == .fileExists ? .exists(path: target.path) : .failed(error.description)
        }
    }
}

/// Writes the documents of one case into its folder all or nothing: a failure (full disk, a name taken
/// meanwhile, an error, a signal, a crash) leaves either the previous set or the complete new one.
///
/// Every file is first written, flushed and made 0600 in a private staging folder (0700):
/// - when the case folder does not exist yet, the staging folder is made beside it in the output folder
///   and renamed to the case folder at the end: one atomic step;
/// - when it exists, the staging folder is made inside it (same file system), with a journal; each replaced
///   document is first hard-linked into the staging folder, then the new ones are moved into place. If a
///   move fails, the documents already moved are taken back and the kept ones restored.
/// A run killed with SIGKILL leaves its staging folder; the next run into the same case folder finds it
/// (its process is gone) and undoes what it had started (`StaleFiles.recover`).
public struct DocumentSetWriter: Sendable {
    public var overwrite: Bool
    /// For tests: after this many documents are moved into an existing case folder, fail as a full disk
    /// would (the rollback runs) or, with `simulateCrash`, stop as a killed process would (nothing undone,
    /// the staging folder stays for `StaleFiles.recover`).
    var faultAfterMoves: Int?
    var simulateCrash = false

    public init(overwrite: Bool = false) {
        self.overwrite = overwrite
    }

    /// Writes `files` (names without folder) into `directory`; returns the written paths in order.
    public func write(_ files: [(name: String, data: Data)], into directory: URL) throws(DocumentWriteError) -> [URL] {
        let parent = directory.deletingLastPathComponent()
        try DocumentWriter().prepareDirectory(parent)
        StaleFiles.removeStaging(in: parent)
        var info = stat()
        if lstat(directory.path, &info) == 0 {
            guard Self.kind(info.st_mode) == S_IFDIR else {
                throw Self.kind(info.st_mode) == S_IFLNK
                    ? .notARegularFile(path: directory.path, what: "a symbolic link (akte writes a case only into a real folder)")
                    : .notADirectory(path: directory.path)
            }
            StaleFiles.recover(in: directory)
            // The case folder holds confidential documents: owner only (ignored when it is not ours).
            chmod(directory.path, DocumentAccess.folderMode)
            return try replaceInto(directory, files)
        } else if errno != ENOENT {
            throw .system(path: directory.path, operation: "inspect", code: errno)
        }
        let staging = try Self.makeStaging(in: parent)
        do throws(DocumentWriteError) {
            try Self.stage(files, in: staging, target: directory)
            try Self.checkInterruption()
            if rename(staging.path, directory.path) != 0 {
                let reason = errno
                if reason == EEXIST || reason == ENOTEMPTY {
                    // The case folder appeared meanwhile (another run): write into it the careful way.
                    try? FileManager.default.removeItem(at: staging)
                    return try write(files, into: directory)
                }
                throw DocumentWriteError.system(path: directory.path, operation: "move the documents into place", code: reason)
            }
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
        Self.sync(parent)
        return files.map { directory.appendingPathComponent($0.name) }
    }

    private func replaceInto(_ directory: URL, _ files: [(name: String, data: Data)]) throws(DocumentWriteError) -> [URL] {
        let staging = try Self.makeStaging(in: directory)
        let fresh = staging.appendingPathComponent("new"), kept = staging.appendingPathComponent("old")
        var moved: [String] = []
        func rollBack() {
            for name in moved.reversed() {
                let target = directory.appendingPathComponent(name).path
                let old = kept.appendingPathComponent(name).path
                if access(old, F_OK) == 0 { rename(old, target) } else { unlink(target) }
            }
            Self.sync(directory)
            try? FileManager.default.removeItem(at: staging)
        }
        do throws(DocumentWriteError) {
            for folder in [fresh, kept] where mkdir(folder.path, DocumentAccess.folderMode) != 0 {
                throw DocumentWriteError.system(path: directory.path, operation: "create a staging folder", code: errno)
            }
            try Self.stage(files, in: fresh, target: directory)
            // What stands at each target: nothing, a document to replace (with --force), or something akte never touches.
            var existing: [String] = []
            for file in files {
                let target = directory.appendingPathComponent(file.name).path
                var info = stat()
                guard lstat(target, &info) == 0 else { continue }
                guard Self.kind(info.st_mode) == S_IFREG else {
                    throw DocumentWriteError.notARegularFile(path: target, what: Self.describe(info.st_mode))
                }
                existing.append(target)
            }
            if !overwrite && !existing.isEmpty { throw DocumentWriteError.existing(paths: existing) }
            try Self.checkInterruption()
            // The journal names what the move touches, so a killed run can be undone (StaleFiles.recover).
            try Self.writePrivate(Data(files.map { $0.name + "\n" }.joined().utf8), to: staging.appendingPathComponent("journal"),
                                  shownAs: directory.path)
            for file in files {
                let target = directory.appendingPathComponent(file.name).path
                let source = fresh.appendingPathComponent(file.name).path
                if let fault = faultAfterMoves, moved.count == fault {
                    throw DocumentWriteError.system(path: target, operation: "move the document into place", code: ENOSPC)
                }
                if overwrite {
                    if link(target, kept.appendingPathComponent(file.name).path) != 0 && errno != ENOENT {
                        throw DocumentWriteError.system(path: target, operation: "keep the previous version", code: errno)
                    }
                    var info = stat()
                    if lstat(target, &info) == 0 && Self.kind(info.st_mode) != S_IFREG {
                        throw DocumentWriteError.notARegularFile(path: target, what: Self.describe(info.st_mode))
                    }
                    moved.append(file.name)
                    guard rename(source, target) == 0 else {
                        let reason = errno
                        moved.removeLast()
                        throw DocumentWriteError.system(path: target, operation: "move the document into place", code: reason)
                    }
                } else {
                    // link() never replaces: a name taken after the check above is refused, not overwritten.
                    guard link(source, target) == 0 else {
                        let reason = errno
                        throw reason == EEXIST ? DocumentWriteError.existing(paths: [target])
                            : DocumentWriteError.system(path: target, operation: "move the document into place", code: reason)
                    }
                    moved.append(file.name)
                    unlink(source)
                }
            }
        } catch {
            if !simulateCrash { rollBack() }
            throw error
        }
        Self.sync(directory)
        try? Self.writePrivate(Data(), to: staging.appendingPathComponent("done"), shownAs: directory.path)
        try? FileManager.default.removeItem(at: staging)
        return files.map { directory.appendingPathComponent($0.name) }
    }

    static func makeStaging(in folder: URL) throws(DocumentWriteError) -> URL {
        let staging = folder.appendingPathComponent("\(StaleFiles.stagingPrefix)\(getpid())-\(UUID().uuidString)")
        guard mkdir(staging.path, DocumentAccess.folderMode) == 0 else {
            throw .system(path: folder.path, operation: "create a staging folder", code: errno)
        }
        chmod(staging.path, DocumentAccess.folderMode)
        return staging
    }

    static func stage(_ files: [(name: String, data: Data)], in folder: URL, target: URL) throws(DocumentWriteError) {
        for file in files {
            try checkInterruption()
            try writePrivate(file.data, to: folder.appendingPathComponent(file.name), shownAs: target.appendingPathComponent(file.name).path)
        }
        sync(folder)
    }

    static func checkInterruption() throws(DocumentWriteError) {
        if let signal = Interruption.shared.signal { throw .interrupted(signal: signal) }
    }

    /// A new file, 0600 whatever the umask, flushed to disk. Errors name `shownAs` (the document's real path).
    static func writePrivate(_ data: Data, to url: URL, shownAs: String) throws(DocumentWriteError) {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw .system(path: shownAs, operation: "create", code: errno) }
        defer { close(fd) }
        guard fchmod(fd, DocumentAccess.confidential.mode) == 0 else { throw .system(path: shownAs, operation: "set the permissions of", code: errno) }
        let code: Int32? = data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return fsync(fd) == 0 ? nil : errno
        }
        if let code { throw .system(path: shownAs, operation: "write", code: code) }
    }

    static func sync(_ folder: URL) {
        let fd = open(folder.path, O_RDONLY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    static func kind(_ mode: mode_t) -> mode_t { mode & S_IFMT }

    static func describe(_ mode: mode_t) -> String { AtomicFile.describe(mode) }
}

/// What an interrupted run of akte left behind, found by name and by the process id in the name: a process
/// that no longer exists will not come back for its files.
public enum StaleFiles {
    static let stagingPrefix = ".akte-staging-"

    /// Whether `name` is `<prefix><pid>-<rest>` with `rest` of the expected shape, and the process `pid` is
    /// gone. The shape is checked exactly, so nothing of the user's (a folder "akte-pdf-2025-notes") matches.
    static func isGone(_ name: String, prefix: String, rest: (Substring) -> Bool) -> Bool {
        guard name.hasPrefix(prefix) else { return false }
        let tail = name.dropFirst(prefix.count)
        let digits = tail.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, tail.dropFirst(digits.count).first == "-", rest(tail.dropFirst(digits.count + 1)),
              let pid = pid_t(digits), pid > 0, pid != getpid() else { return false }
        return kill(pid, 0) != 0 && errno == ESRCH
    }

    /// A UUID as `UUID().uuidString` writes it.
    static func isUUID(_ text: Substring) -> Bool { text.count == 36 && UUID(uuidString: String(text)) != nil }

    /// The shapes akte gives its leftovers: `.akte-<pid>-<n>.tmp|.orig` (AtomicFile), `.akte-<pid>-<UUID>.tmp`
    /// (AtomicFile before it took the batch writer's naming; still recognised).
    static func isTemporary(_ name: String) -> Bool {
        isGone(name, prefix: ".akte-") { rest in
            for suffix in [".tmp", ".orig"] where rest.hasSuffix(suffix) {
                let core = rest.dropLast(suffix.count)
                return (!core.isEmpty && core.allSatisfy { $0.isASCII && $0.isNumber }) || isUUID(core)
            }
            return false
        }
    }

    static func isStaging(_ name: String) -> Bool { isGone(name, prefix: stagingPrefix, rest: isUUID) }

    private static func entries(_ folder: URL) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    }

    /// Staging folders of dead runs that were to become a new case folder: nothing of them was in place yet.
    public static func removeStaging(in folder: URL) {
        for name in entries(folder) where isStaging(name) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
        removeTemporaries(in: folder)
    }

    /// Hidden temporary files (`.akte-<pid>-….tmp`, `.akte-<pid>-….orig`) of dead runs.
    public static func removeTemporaries(in folder: URL) {
        for name in entries(folder) where isTemporary(name) {
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    /// Undoes the unfinished moves of dead runs inside a case folder (journal without "done"): the documents
    /// they had moved in are removed and the ones they replaced restored, so the folder holds the previous set.
    public static func recover(in directory: URL) {
        for name in entries(directory) where isStaging(name) {
            let staging = directory.appendingPathComponent(name)
            let journal = staging.appendingPathComponent("journal")
            if access(staging.appendingPathComponent("done").path, F_OK) != 0,
               let text = try? String(contentsOf: journal, encoding: .utf8) {
                for file in text.split(separator: "\n").map(String.init) where FileName.isPlain(file) {
                    let target = directory.appendingPathComponent(file).path
                    let old = staging.appendingPathComponent("old/\(file)").path
                    let new = staging.appendingPathComponent("new/\(file)").path
                    if access(old, F_OK) == 0 {
                        rename(old, target)
                    } else if access(new, F_OK) != 0 || sameFile(new, target) {
                        unlink(target)
                    }
                }
                DocumentSetWriter.sync(directory)
            }
            try? FileManager.default.removeItem(at: staging)
        }
        removeTemporaries(in: directory)
    }

    private static func sameFile(_ a: String, _ b: String) -> Bool {
        var x = stat(), y = stat()
        return stat(a, &x) == 0 && stat(b, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino
    }
}
