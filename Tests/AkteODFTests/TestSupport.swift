import AkteZip
import AkteTestSupport
import Foundation

/// Temporary folders and external programs for the tests.
enum TestSupport {

    struct Run {
        var status: Int32
        var output: String
    }

    /// Runs `program` (found on PATH) with a time limit; nil when it cannot be started.
    static func run(_ program: String, _ arguments: [String], in folder: URL? = nil, timeout: Duration = .seconds(120)) -> Run? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        if let folder { process.currentDirectoryURL = folder }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("akte-run-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        guard let handle = try? FileHandle(forWritingTo: output) else { return nil }
        process.standardOutput = handle
        process.standardError = handle
        guard (try? process.run()) != nil else { return nil }
        let deadline = ContinuousClock.now + timeout
        while process.isRunning && ContinuousClock.now < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            return Run(status: -1, output: "timed out after \(timeout)")
        }
        try? handle.close()
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        return Run(status: process.terminationStatus, output: text)
    }

    static func isInstalled(_ program: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(program)")
        }
    }

    /// Rebuilds an archive from `entries` in the given order with AkteZip (mimetype, if present, must
    /// be first there).
    static func rezip(_ entries: [(String, Data)]) throws -> Data {
        let writer = try ZipBuilder(timestamp: .fromEnvironment([:]))
        for (name, data) in entries {
            try writer.add(name, data: data, compression: name == "mimetype" ? .stored : .deflated)
        }
        return try writer.finish()
    }

    /// All entries of an archive, in order.
    static func entries(of data: Data) throws -> [(String, Data)] {
        let archive = try ZipArchive(data: data)
        return try archive.entryNames.filter { !$0.hasSuffix("/") }.map { ($0, try archive.read($0)) }
    }
}
