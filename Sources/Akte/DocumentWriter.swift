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
    case notADirectory(path: String)
    case system(path: String, operation: String, code: Int32)

    public var description: String {
        switch self {
        case .exists(let path):
            return "\(path): already exists; use --force to replace it"
        case .notADirectory(let path):
            return "\(path): is not a directory"
        case .system(let path, let operation, let code):
            return "\(path): cannot \(operation): \(String(cString: strerror(code)))"
        }
    }
}

/// Who may read a written document. Confidential documents (advice, minutes, commission
/// decisions, reflection reports) are readable by their owner only.
public enum DocumentAccess: Sendable {
    case ordinary
    case confidential

    var mode: mode_t { self == .confidential ? 0o600 : 0o644 }
}

/// Writes a document so that the target path only ever holds a complete file:
/// the bytes go to a temporary file in the same directory, are flushed to disk,
/// and the temporary file is renamed over the target (an atomic step on POSIX).
/// An existing document is never replaced unless `overwrite` is set.
public struct DocumentWriter: Sendable {
    public var overwrite: Bool

    public init(overwrite: Bool = false) {
        self.overwrite = overwrite
    }

    /// Creates `directory` (and its parents) when missing; fails when a file stands in the way.
    public func prepareDirectory(_ directory: URL) throws(DocumentWriteError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .notADirectory(path: directory.path) }
            return
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            // Find the ancestor that is a file, so the message names the real obstacle.
            var ancestor = directory.deletingLastPathComponent()
            while ancestor.path != "/" {
                if FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isDirectory) {
                    if !isDirectory.boolValue { throw .notADirectory(path: ancestor.path) }
                    break
                }
                ancestor.deleteLastPathComponent()
            }
            throw .system(path: directory.path, operation: "create the directory", code: errno == 0 ? EACCES : errno)
        }
    }

    public func write(_ bytes: Data, to target: URL, access: DocumentAccess = .ordinary) throws(DocumentWriteError) {
        let path = target.path
        if !overwrite, FileManager.default.fileExists(atPath: path) {
            throw .exists(path: path)
        }
        let directory = target.deletingLastPathComponent().path
        var template = Array("\(directory)/.\(target.lastPathComponent).XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw .system(path: path, operation: "create a temporary file", code: errno) }
        let temporaryPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var committed = false
        defer {
            if !committed { unlink(temporaryPath) }
        }
        let failure = Self.fill(descriptor: descriptor, with: bytes, mode: access.mode)
        close(descriptor)
        if let (operation, code) = failure {
            throw .system(path: path, operation: operation, code: code)
        }
        if overwrite {
            guard rename(temporaryPath, path) == 0 else { throw .system(path: path, operation: "rename into place", code: errno) }
        } else {
            // link() fails with EEXIST if another process created the target meanwhile: never clobber.
            guard link(temporaryPath, path) == 0 else {
                if errno == EEXIST { throw .exists(path: path) }
                throw .system(path: path, operation: "move into place", code: errno)
            }
            unlink(temporaryPath)
        }
        committed = true
    }

    /// Sets the mode, writes every byte and flushes; returns the failed step and errno, or nil.
    private static func fill(descriptor: Int32, with bytes: Data, mode: mode_t) -> (String, Int32)? {
        guard fchmod(descriptor, mode) == 0 else { return ("set permissions", errno) }
        let writeFailure: Int32? = bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let writeFailure { return ("write", writeFailure) }
        guard fsync(descriptor) == 0 else { return ("flush to disk", errno) }
        return nil
    }
}
