import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Shows the progress of a long batch on the terminal: one line, rewritten in place, on standard error.
/// It stays silent when standard error is not a terminal (a pipe, a log file, CI) or when asked to be quiet,
/// so scripts never have to filter it out.
public final class ProgressReporter: @unchecked Sendable {
    /// nil when the number of items is not known in advance (a streamed JSON Lines batch).
    private let total: Int?
    private let label: String
    private let enabled: Bool
    private let lock = NSLock()
    private var done = 0
    private var lastDrawn = Date.distantPast

    /// - Parameter quiet: the user's `--quiet`.
    public init(total: Int?, label: String, quiet: Bool, isTerminal: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        self.label = label
        self.enabled = !quiet && isTerminal && (total ?? 2) > 1
    }

    /// Records one finished item; redraws at most ten times a second so drawing never slows the batch.
    public func advance(by count: Int = 1) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        done += count
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
        lastDrawn = now
        let line: String
        if let total {
            line = "\r\(label): \(done)/\(total) (\(total == 0 ? 100 : done * 100 / total)%)"
        } else {
            line = "\r\(label): \(done)"
        }
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Ends the progress line so the next output starts on a clean line.
    public func finish() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
