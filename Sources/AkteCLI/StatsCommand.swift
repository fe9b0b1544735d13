import Akte
import AkteCase
import ArgumentParser
import Foundation

extension AkteCommand {
    /// `akte stats REPORTS...`: anonymised counts of reflection sessions as CSV.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Anonymised counts of reflection-chamber sessions (theme, role category, year, month) as CSV.")

        @Argument(help: "Reflection-session files (kind: reflectiekamer).")
        var reports: [String]

        @Option(help: "Write the CSV to this file instead of standard output.")
        var out: String?

        @Flag(help: "Replace an existing --out file.")
        var force = false

        func run() throws {
            guard !reports.isEmpty else { throw usageError("name at least one reflection-session file") }
            var sessions: [ReflectionSession] = []
            for path in reports {
                guard case .reflection(let session) = try CaseSupport.loadCase(path) else {
                    throw usageError("\(path): not a reflection-session file (kind: reflectiekamer)")
                }
                sessions.append(session)
            }
            let csv = ReflectionStatistics.csv(sessions)
            guard let out else {
                print(csv, terminator: "")
                return
            }
            do {
                try DocumentWriter(overwrite: force).write(Data(csv.utf8), to: URL(fileURLWithPath: out))
            } catch {
                printFailure(error.description)
                throw AkteExit.outputError
            }
        }
    }
}
