#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs system calls and captures `errno` right after each one, before any other call (a `close` in a
/// `defer`, an allocation) can change it: the one place akte reads `errno` of the calls it wraps.
package enum SystemCall {
    /// The call's result, or the `errno` it failed with (a negative result). `EINTR` is retried.
    package static func run<Result: BinaryInteger>(_ call: () -> Result) -> (result: Result, error: Int32) {
        while true {
            let result = call()
            guard result < 0 else { return (result, 0) }
            let code = errno
            if code != EINTR { return (result, code) }
        }
    }

    /// The `errno` a call failed with, or 0 when it succeeded (`EINTR` retried).
    package static func failure<Result: BinaryInteger>(of call: () -> Result) -> Int32 {
        run(call).error
    }

    /// The system's wording of an `errno` value.
    package static func message(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
