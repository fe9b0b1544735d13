internal import CLibZip
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Writes the many small files of a mail-merge: whole or not at all, without fsync (durability is the file
/// system's normal job; a batch writes thousands of files and can be re-run).
///
/// A target path only ever holds a complete file. On Linux the bytes go to an unnamed file in the target's
/// folder (`O_TMPFILE`), which gets its name with `linkat` only once complete: one directory operation per
/// file, and a crash leaves nothing behind. Where that is not possible (another system, a file system
/// without `O_TMPFILE`, no /proc), or when the target exists already (`linkat` never replaces), the bytes go
/// to a temporary name in the same folder that is then renamed over the target.
///
/// Without `replace`, an existing file is never touched: the write fails with `ZipError.Kind.fileExists`
/// (linkat and link refuse an existing name atomically, so a file that appears meanwhile is safe too).
public enum BatchFile {
    public static func write(_ bytes: UnsafeRawBufferPointer, to path: String, replace: Bool) throws {
        let folder = Self.folder(of: path)
        if akte_o_tmpfile != 0 {
            let fd = open(folder, akte_o_tmpfile | O_WRONLY | O_CLOEXEC, 0o600)
            if fd >= 0 {
                defer { close(fd) }
                try makePrivate(fd, path: path)
                try writeAll(fd, bytes, path: path)
                let reason = link(fd, to: path)
                if reason == 0 { return }
                guard reason == EEXIST else {
                    if reason == ENOENT && access(folder, F_OK) != 0 { throw failure(path, "create", reason) }
                    return try viaTemporaryName(bytes, to: path, folder: folder, replace: replace)
                }
                guard replace else { throw exists(path) }
                if let what = AtomicFile.irreplaceable(path) { throw AtomicFile.notRegular(path, what) }
                // The target exists: give the finished file a temporary name, then rename it over the target.
                let temporary = temporaryName(in: folder)
                if link(fd, to: temporary) == 0 {
                    guard rename(temporary, path) == 0 else {
                        let reason = errno
                        unlink(temporary)
                        throw failure(path, "replace", reason)
                    }
                    return
                }
            }
        }
        try viaTemporaryName(bytes, to: path, folder: folder, replace: replace)
    }

    /// Whether `linkat(fd, "", …, AT_EMPTY_PATH)` works here (Linux 6.10+ lets the opener of an O_TMPFILE do
    /// it without privileges): it saves resolving /proc/self/fd/N for every file. 0 unknown, 1 yes, 2 no.
    private static let emptyPathLink = Atomic<Int>(0)

    /// Names the unnamed file `fd` as `path`; 0 or the errno of the failure.
    private static func link(_ fd: Int32, to path: String) -> Int32 {
        if akte_at_empty_path != 0 && emptyPathLink.load(ordering: .relaxed) != 2 {
            if linkat(fd, "", AT_FDCWD, path, akte_at_empty_path) == 0 {
                emptyPathLink.store(1, ordering: .relaxed)
                return 0
            }
            let reason = errno
            guard reason == EPERM || reason == EINVAL || reason == ENOENT || reason == EBADF else { return reason }
            if emptyPathLink.load(ordering: .relaxed) == 0 { emptyPathLink.store(2, ordering: .relaxed) } else if reason == ENOENT { return reason }
        }
        return linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0 ? 0 : errno
    }

    public static func write(_ data: Data, to path: String, replace: Bool) throws {
        try data.withUnsafeBytes { try write($0, to: path, replace: replace) }
    }

    private static func viaTemporaryName(_ bytes: UnsafeRawBufferPointer, to path: String, folder: String, replace: Bool) throws {
        let temporary = temporaryName(in: folder)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(path, "create", errno) }
        var renamed = false
        defer { if !renamed { unlink(temporary) } }
        do {
            defer { close(fd) }
            try makePrivate(fd, path: path)
            try writeAll(fd, bytes, path: path)
        }
        if replace {
            if let what = AtomicFile.irreplaceable(path) { throw AtomicFile.notRegular(path, what) }
            guard rename(temporary, path) == 0 else { throw failure(path, "rename into place", errno) }
        } else {
            guard Glibc.link(temporary, path) == 0 else {
                if errno == EEXIST { throw exists(path) }
                throw failure(path, "move into place", errno)
            }
            unlink(temporary)
        }
        renamed = true
    }

    /// Before a batch replaces `path`: a second name for the current document (a hidden hard link in the same
    /// folder, `.akte-<pid>-N.orig`), so a failed or interrupted batch can put it back (`restore`). Nil when
    /// nothing stands at `path`; an error when something other than a regular file does.
    public static func keepCopy(of path: String) throws -> String? {
        if let what = AtomicFile.irreplaceable(path) { throw AtomicFile.notRegular(path, what) }
        let n = counter.wrappingAdd(1, ordering: .relaxed).newValue
        let copy = folder(of: path) + "/.akte-\(getpid())-\(n).orig"
        if Glibc.link(path, copy) == 0 { return copy }
        let reason = errno
        if reason == ENOENT { return nil }
        throw failure(path, "keep the previous version of", reason)
    }

    /// Files are 0600 whatever the umask (README, "Confidentiality").
    private static func makePrivate(_ fd: Int32, path: String) throws {
        guard fchmod(fd, 0o600) == 0 else { throw failure(path, "set the permissions of", errno) }
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

    private static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(path, "write", errno)
            }
            offset += n
        }
    }

    private static func exists(_ path: String) -> ZipError {
        ZipError(.fileExists, "\(path): already exists; not overwritten (use --force)")
    }

    private static func failure(_ path: String, _ operation: String, _ code: Int32) -> ZipError {
        ZipError(.writeFailed, "\(path): cannot \(operation): \(String(cString: strerror(code)))")
    }
}
