package import Foundation
package import Testing

/// Golden files: the expected output of a test, kept beside the tests and reviewed like code.
///
/// `AKTE_RECORD=1` writes what the test produced into the golden file and then **fails** the test (the habit of
/// swift-argument-parser's snapshot helpers): a recorded file is a proposal to be read against the rules, never a
/// pass. Run again without `AKTE_RECORD` once the diff (`git diff Tests/`) has been reviewed.
package enum Golden {
    package static var recording: Bool { ProcessInfo.processInfo.environment["AKTE_RECORD"] == "1" }

    /// Compares `actual` with the golden file at `url`; a mismatch shows the first differing lines.
    package static func check(_ actual: String, against url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        if recording {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
                Issue.record("recorded \(url.path): review it (git diff), then run again without AKTE_RECORD", sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not record \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(url.path); run the test with AKTE_RECORD=1 and review what it records", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("\(url.lastPathComponent) differs from its golden file (- golden, + actual):\n\(diff(expected, actual))",
                         sourceLocation: sourceLocation)
        }
    }

    /// A readable line diff: up to twenty differing lines with their numbers, `-` golden, `+` actual.
    package static func diff(_ expected: String, _ actual: String) -> String {
        let golden = expected.components(separatedBy: "\n"), produced = actual.components(separatedBy: "\n")
        var lines: [String] = []
        for index in 0..<max(golden.count, produced.count) where lines.count < 20 {
            let left = index < golden.count ? golden[index] : nil, right = index < produced.count ? produced[index] : nil
            if left != right {
                if let left { lines.append("\(index + 1) - \(left)") }
                if let right { lines.append("\(index + 1) + \(right)") }
            }
        }
        return lines.joined(separator: "\n")
    }
}
