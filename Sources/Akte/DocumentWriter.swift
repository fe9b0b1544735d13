import AkteZip
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
    /// A failure reported by the atomic write, in its own words (they name the path).
    case failed(String)

    public var description: String {
        switch self {
        case .exists(let path):
            return "\(path): already exists; use --force to replace it"
        case .notADirectory(let path):
            return "\(path): is not a directory"
        case .system(let path, let operation, let code):
            return "\(path): cannot \(operation): \(String(cString: strerror(code)))"
        case .failed(let message):
            return message
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

/// Writes a document so that the target path only ever holds a complete file (AkteZip's `AtomicFile`:
/// a temporary file in the same directory, flushed, then linked or renamed into place), with the
/// permissions its confidentiality asks for. An existing document is never replaced unless `overwrite` is set.
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
        do {
            try AtomicFile.write(bytes, to: target, overwrite: overwrite, permissions: access.mode)
        } catch let error as ZipError {
            throw error.kind == .fileExists ? .exists(path: target.path) : .failed(error.description)
        } catch {
            throw .failed("\(target.path): \(error)")
        }
    }
}
