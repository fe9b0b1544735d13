import Foundation

/// Writes a whole file or nothing: bytes go to a temporary file in the target's folder (same file
/// system, so the rename is atomic), are flushed to disk, then renamed into place. A reader never sees
/// a half-written document, and a crash leaves at most a stray temporary file. `permissions` are set
/// on the file itself (not filtered by the umask), before any byte is written, so a confidential
/// document is never readable by others, not even briefly. An existing target is replaced only when it is a
/// regular file: a device node, FIFO, socket, symbolic link or folder is never touched.
public enum AtomicFile {
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

    static func notRegular(_ path: String, _ what: String) -> ZipError {
        ZipError(.notRegularFile, "\(path): is \(what), not a regular file; akte never replaces it, not even with --force")
    }

    public static func write(_ data: Data, to url: URL, overwrite: Bool, permissions: mode_t = 0o600) throws {
        let fileManager = FileManager.default
        let folder = url.deletingLastPathComponent()
        if let what = irreplaceable(url.path) { throw notRegular(url.path, what) }
        if !overwrite && fileManager.fileExists(atPath: url.path) {
            throw ZipError(.fileExists, "\(url.path) exists (use --force to replace it)")
        }
        // `.akte-<pid>-….tmp`: the process id lets a later run know the file is a dead run's leftover.
        let temporary = folder.appendingPathComponent(".akte-\(getpid())-\(UUID().uuidString).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw ZipError(.writeFailed, "cannot create a file in \(folder.path): \(String(cString: strerror(errno)))")
        }
        var renamed = false
        defer {
            if !renamed { unlink(temporary.path) }
        }
        guard fchmod(descriptor, permissions) == 0 else {
            let reason = errno
            close(descriptor)
            throw ZipError(.writeFailed, "cannot set the permissions of \(url.path): \(String(cString: strerror(reason)))")
        }
        do {
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
        } catch {
            throw ZipError(.writeFailed, "cannot write \(url.path): \(error.localizedDescription)")
        }
        if overwrite {
            if let what = irreplaceable(url.path) { throw notRegular(url.path, what) }
            guard rename(temporary.path, url.path) == 0 else {
                throw ZipError(.writeFailed, "cannot move the file into \(url.path): \(String(cString: strerror(errno)))")
            }
        } else {
            // link() fails if the target appeared meanwhile, so a file created by someone else between
            // the check above and now is never replaced.
            guard link(temporary.path, url.path) == 0 else {
                let reason = errno
                if reason == EEXIST { throw ZipError(.fileExists, "\(url.path) exists (use --force to replace it)") }
                throw ZipError(.writeFailed, "cannot move the file into \(url.path): \(String(cString: strerror(reason)))")
            }
            unlink(temporary.path)
        }
        renamed = true
        // Make the new directory entry durable too.
        let folderDescriptor = open(folder.path, O_RDONLY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }
}
