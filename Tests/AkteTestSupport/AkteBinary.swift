package import Foundation
package import Testing

/// Runs the built `akte` binary, as a user would, and captures what it prints.
package enum AkteBinary {
    package typealias Result = ProgramResult

    /// The products folder of the current build (`.build/debug`), found from the test bundle's location.
    package static var executableURL: URL {
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("akte")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("akte")
    }

    package static func run(_ arguments: [String], currentDirectory: URL? = nil, environment: [String: String]? = nil, stdin: Data? = nil) throws -> Result {
        try ProgramResult.run(executableURL, arguments, currentDirectory: currentDirectory, environment: environment, stdin: stdin)
    }
}

extension AkteBinary {
    /// Runs `akte` and compares its whole standard output with a golden file, its exit status with `status` and its
    /// standard error with `stderr` (empty unless given): the whole output, not fragments of it, so a line that
    /// appears, disappears or moves fails the test.
    package static func expectOutput(_ arguments: [String], matches golden: URL, status: Int32 = 0, stderr: String = "",
                                     currentDirectory: URL? = nil, environment: [String: String]? = nil,
                                     sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try run(arguments, currentDirectory: currentDirectory, environment: environment)
        #expect(result.reason == .exit, "akte \(arguments.joined(separator: " ")) died of signal \(result.status)", sourceLocation: sourceLocation)
        #expect(result.status == status, "akte \(arguments.joined(separator: " ")): exit \(result.status)\n\(result.stderr)",
                sourceLocation: sourceLocation)
        #expect(result.stderr == stderr, sourceLocation: sourceLocation)
        Golden.check(result.stdout, against: golden, sourceLocation: sourceLocation)
    }
}
