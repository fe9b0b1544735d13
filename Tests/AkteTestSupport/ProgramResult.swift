package import Foundation

/// What a finished child process left: its exit status and everything it printed.
package struct ProgramResult: Sendable {
    package var status: Int32
    /// `.uncaughtSignal` when the process died of a signal (a crash): `status` is then the signal number.
    package var reason: Process.TerminationReason
    package var stdout: String
    package var stderr: String

    /// Runs `executable` to its end; `environment` is added to the test's own, `stdin` is written and then closed.
    package static func run(_ executable: URL, _ arguments: [String], currentDirectory: URL? = nil,
                            environment: [String: String]? = nil, stdin: Data? = nil) throws -> ProgramResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        if let environment { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProgramResult(status: process.terminationStatus, reason: process.terminationReason,
                             stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}

extension ProgramResult {
    /// Runs a program found on PATH, through `/usr/bin/env`: a program that is not installed exits 127.
    package static func run(program: String, _ arguments: [String], in folder: URL? = nil) throws -> ProgramResult {
        try run(URL(fileURLWithPath: "/usr/bin/env"), [program] + arguments, currentDirectory: folder)
    }
}
