import AkteSystem
import Dispatch
import Foundation
import Synchronization

/// SIGINT, SIGTERM and SIGHUP, turned from "die now" into "stop at the next safe point".
///
/// A writer that must not leave a partial set (a `render` batch, `generate`'s staging, the PDF conversion)
/// calls `install()` first; from then on the signals only set a flag (and run the registered cancel actions,
/// e.g. ending LibreOffice), the writer checks `signal` between files, cleans up, and the command exits
/// with 128 + the signal's number and a message that says what was kept. A SIGKILL cannot be caught: what it
/// leaves (hidden temporary files, a staging folder) is removed by the next run (`StaleFiles`).
public final class Interruption: Sendable {
    public static let shared = Interruption()

    private let received = Atomic<Int32>(0)
    private let sources = Locked<[any DispatchSourceSignal]>([])
    private let cancelActions = Locked<[Int: @Sendable () -> Void]>([:])
    private let nextAction = Atomic<Int>(0)

    /// The signal received, or nil.
    public var signal: Int32? {
        let value = received.load(ordering: .acquiring)
        return value == 0 ? nil : value
    }

    /// "SIGTERM" for 15.
    public static func name(of signal: Int32) -> String {
        switch signal {
        case SIGINT: return "SIGINT"
        case SIGTERM: return "SIGTERM"
        case SIGHUP: return "SIGHUP"
        default: return "signal \(signal)"
        }
    }

    /// Catches the signals from now on (idempotent).
    public func install() {
        sources.withLock { sources in
            guard sources.isEmpty else { return }
            for number in [SIGINT, SIGTERM, SIGHUP] {
                ignoreDefaultAction(of: number)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { [self] in
                    received.store(number, ordering: .releasing)
                    for action in cancelActions.withLock({ Array($0.values) }) { action() }
                }
                source.resume()
                sources.append(source)
            }
        }
    }

    /// Runs `action` when a signal arrives while `body` runs (e.g. to end a child process).
    public func whileRunning<T, E: Error>(onSignal action: @escaping @Sendable () -> Void, _ body: () throws(E) -> T) throws(E) -> T {
        let id = nextAction.wrappingAdd(1, ordering: .relaxed).oldValue
        cancelActions.withLock { $0[id] = action }
        defer { _ = cancelActions.withLock { $0.removeValue(forKey: id) } }
        if signal != nil { action() }
        return try body()
    }
}

/// The signal no longer ends the process; the dispatch source still sees it. (A free function: inside
/// `Interruption` the name `signal` is the property.)
private func ignoreDefaultAction(of number: Int32) {
    _ = signal(number, SIG_IGN)
}
