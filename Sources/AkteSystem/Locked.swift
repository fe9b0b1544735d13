import Foundation

/// A value shared between the threads of a batch, guarded by a pthread mutex (`NSLock`).
///
/// Why not `Synchronization.Mutex`: on Linux it parks threads with futex system calls that
/// ThreadSanitizer cannot see, so every access it guards is reported as a race and the TSan run in CI
/// (.ci/run) would be noise. A pthread mutex is understood by TSan, so real races still show.
public final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    public init(_ value: Value) {
        self.value = value
    }

    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
