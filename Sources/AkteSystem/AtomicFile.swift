import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Writes a whole file or nothing: the one file writer of akte (documents, mail-merge files, the demo letter).
///
/// A target path only ever holds a complete file. On Linux the bytes go to an unnamed file in the target's
/// folder (`O_TMPFILE`), which gets its name with `linkat` only once complete: one directory operation per
/// file, and a crash leaves nothing behind. Where that is not possible (another system, a file system
/// without `O_TMPFILE`, no /proc), or when the target exists already (`linkat` never replaces), the bytes go
/// to a temporary name in the same folder (`.akte-<pid>-<n>.tmp`, same file system, so the rename is
/// atomic) that is then renamed over the target.
///
/// `permissions` are set on the file itself (not filtered by the umask) before any byte is written, so a
/// confidential document is never readable by others, not even briefly. Without `replace`, an existing file
/// is never touched (linkat and link refuse an existing name atomically, so a file that appears meanwhile is
/// safe too); with it, only a regular file is replaced: a device node, FIFO, socket, symbolic link or folder
/// never is.
public enum AtomicFile {
    /// O_TMPFILE (an unnamed file in a folder, named by linkat once complete) and AT_EMPTY_PATH; 0 where the
    /// system lacks them. Spelled out because Swift cannot import the macros (they expand to other macros;
    /// defining _GNU_SOURCE in a C shim would change how system headers declare types). The values are
    /// Linux's kernel ABI (include/uapi/asm-generic/fcntl.h, linux/fcntl.h).
    #if os(Linux)
    private static let akte_o_tmpfile: Int32 = 0o20000000 | O_DIRECTORY
    private static let akte_at_empty_path: Int32 = 0x1000
    #else
    private static let akte_o_tmpfile: Int32 = 0
    private static let akte_at_empty_path: Int32 = 0
    #endif

    /// How far a written file is pushed towards the disk before `write` returns.
    public enum Durability: Sendable {
        /// The file's bytes and its directory entry are flushed (`fsync`): a document survives a power cut
        /// once written.
        case durable
        /// Left to the file system's normal write-back: a mail-merge writes thousands of files and can be re-run.
        case ordinary
    }

    public static func write(_ bytes: UnsafeRawBufferPointer, to path: String, replace: Bool,
                             durability: Durability = .durable, permissions: mode_t = 0o600) throws(FileWriteError) {
        let folder = Self.folder(of: path)
        if let what = irreplaceable(path) { throw notRegular(path, what) }
        if akte_o_tmpfile != 0 {
            let fd = open(folder, akte_o_tmpfile | O_WRONLY | O_CLOEXEC, 0o600)
            if fd >= 0 {
                defer { close(fd) }
                try prepare(fd, bytes, path: path, durability: durability, permissions: permissions)
                let reason = link(fd, to: path)
                if reason == 0 { return flushFolder(folder, durability) }
                guard reason == EEXIST else {
                    if reason == ENOENT && access(folder, F_OK) != 0 { throw failure(path, "create", reason) }
                    return try viaTemporaryName(bytes, to: path, folder: folder, replace: replace, durability: durability, permissions: permissions)
                }
                guard replace else { throw exists(path) }
                if let what = irreplaceable(path) { throw notRegular(path, what) }
                // The target exists: give the finished file a temporary name, then rename it over the target.
                let temporary = temporaryName(in: folder)
                if link(fd, to: temporary) == 0 {
                    let reason = SystemCall.failure { rename(temporary, path) }
                    guard reason == 0 else {
                        unlink(temporary)
                        throw failure(path, "replace", reason)
                    }
                    return flushFolder(folder, durability)
                }
            }
        }
        try viaTemporaryName(bytes, to: path, folder: folder, replace: replace, durability: durability, permissions: permissions)
    }

    public static func write(_ data: Data, to path: String, replace: Bool,
                             durability: Durability = .durable, permissions: mode_t = 0o600) throws(FileWriteError) {
        do {
            try data.withUnsafeBytes { try write($0, to: path, replace: replace, durability: durability, permissions: permissions) }
        } catch let error as FileWriteError {
            throw error
        } catch {
            throw FileWriteError(.writeFailed, "\(path): \(error)")
        }
    }

    public static func write(_ data: Data, to url: URL, replace: Bool,
                             durability: Durability = .durable, permissions: mode_t = 0o600) throws(FileWriteError) {
        try write(data, to: url.path, replace: replace, durability: durability, permissions: permissions)
    }

    /// Why `path` must not be replaced, or nil when nothing or a regular file stands there.
    public static func irreplaceable(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG else { return nil }
        return describe(info.st_mode)
    }

    /// What stands at a path of this mode, for a message ("a FIFO (named pipe)"); the one wording of every writer.
    public static func describe(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: return "a regular file"
        case S_IFDIR: return "a folder"
        case S_IFLNK: return "a symbolic link"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "not a regular file"
        }
    }

    static func notRegular(_ path: String, _ what: String) -> FileWriteError {
        FileWriteError(.notRegularFile, "\(path): is \(what), not a regular file; akte never replaces it, not even with --force")
    }

    /// Before a batch replaces `path`: a second name for the current document (a hidden hard link in the same
    /// folder, `.akte-<pid>-N.orig`), so a failed or interrupted batch can put it back. Nil when nothing stands
    /// at `path`; an error when something other than a regular file does.
    public static func keepCopy(of path: String) throws(FileWriteError) -> String? {
        if let what = irreplaceable(path) { throw notRegular(path, what) }
        let n = counter.wrappingAdd(1, ordering: .relaxed).newValue
        let copy = folder(of: path) + "/.akte-\(getpid())-\(n).orig"
        let reason = SystemCall.failure { Glibc.link(path, copy) }
        if reason == 0 { return copy }
        if reason == ENOENT { return nil }
        throw failure(path, "keep the previous version of", reason)
    }

    // MARK: Steps

    /// Whether `linkat(fd, "", …, AT_EMPTY_PATH)` works here (Linux 6.10+ lets the opener of an O_TMPFILE do
    /// it without privileges): it saves resolving /proc/self/fd/N for every file. 0 unknown, 1 yes, 2 no.
    private static let emptyPathLink = Atomic<Int>(0)

    /// Names the unnamed file `fd` as `path`; 0 or the errno of the failure.
    private static func link(_ fd: Int32, to path: String) -> Int32 {
        if akte_at_empty_path != 0 && emptyPathLink.load(ordering: .relaxed) != 2 {
            let reason = SystemCall.failure { linkat(fd, "", AT_FDCWD, path, akte_at_empty_path) }
            if reason == 0 {
                emptyPathLink.store(1, ordering: .relaxed)
                return 0
            }
            guard reason == EPERM || reason == EINVAL || reason == ENOENT || reason == EBADF else { return reason }
            if emptyPathLink.load(ordering: .relaxed) == 0 { emptyPathLink.store(2, ordering: .relaxed) } else if reason == ENOENT { return reason }
        }
        return SystemCall.failure { linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, path, AT_SYMLINK_FOLLOW) }
    }

    private static func viaTemporaryName(_ bytes: UnsafeRawBufferPointer, to path: String, folder: String, replace: Bool,
                                         durability: Durability, permissions: mode_t) throws(FileWriteError) {
        let temporary = temporaryName(in: folder)
        let (fd, reason) = SystemCall.run { open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600) }
        guard fd >= 0 else { throw failure(path, "create", reason) }
        var renamed = false
        defer { if !renamed { unlink(temporary) } }
        do {
            defer { close(fd) }
            try prepare(fd, bytes, path: path, durability: durability, permissions: permissions)
        }
        if replace {
            if let what = irreplaceable(path) { throw notRegular(path, what) }
            let reason = SystemCall.failure { rename(temporary, path) }
            guard reason == 0 else { throw failure(path, "rename into place", reason) }
        } else {
            let reason = SystemCall.failure { Glibc.link(temporary, path) }
            guard reason == 0 else {
                if reason == EEXIST { throw exists(path) }
                throw failure(path, "move into place", reason)
            }
            unlink(temporary)
        }
        renamed = true
        flushFolder(folder, durability)
    }

    /// Sets the permissions (whatever the umask), writes every byte and, when durable, flushes the file.
    private static func prepare(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String,
                                durability: Durability, permissions: mode_t) throws(FileWriteError) {
        var reason = SystemCall.failure { fchmod(fd, permissions) }
        guard reason == 0 else { throw failure(path, "set the permissions of", reason) }
        var offset = 0
        while offset < bytes.count {
            let (n, reason) = SystemCall.run { Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset) }
            if n < 0 { throw failure(path, "write", reason) }
            offset += n
        }
        if durability == .durable {
            reason = SystemCall.failure { fsync(fd) }
            guard reason == 0 else { throw failure(path, "flush", reason) }
        }
    }

    /// Makes the new directory entry durable too (best effort: the file itself is complete either way).
    private static func flushFolder(_ folder: String, _ durability: Durability) {
        guard durability == .durable else { return }
        let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
    }

    private static let counter = Atomic<Int>(0)

    /// `.akte-PID-N.tmp` in `folder`: unique within the process, and the process id keeps runs apart.
    private static func temporaryName(in folder: String) -> String {
        let n = counter.wrappingAdd(1, ordering: .relaxed).newValue
        return folder + "/.akte-\(getpid())-\(n).tmp"
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func exists(_ path: String) -> FileWriteError {
        FileWriteError(.fileExists, "\(path): already exists; not overwritten (use --force)")
    }

    private static func failure(_ path: String, _ operation: String, _ code: Int32) -> FileWriteError {
        FileWriteError(.writeFailed, "\(path): cannot \(operation): \(SystemCall.message(code))")
    }
}
