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

        func validate() throws {
            guard !reports.isEmpty else { throw ValidationError("name at least one reflection-session file") }
            if let out, out.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--out: the output file is empty") }
        }

        func run() throws {
            var sessions: [ReflectionSession] = []
            var seenFiles: [String: String] = [:]  // device:inode → the path first given for it
            for path in reports {
                var info = stat()
                if stat(path, &info) == 0 {
                    let identity = "\(info.st_dev):\(info.st_ino)"
                    if let first = seenFiles[identity] {
                        printError("\(path): the same file as \(first); counted once")
                        continue
                    }
                    seenFiles[identity] = path
                }
                guard case .reflection(let session) = try CaseSupport.loadCase(path) else {
                    throw usageError("\(path): not a reflection-session file (kind: reflectiekamer)")
                }
                sessions.append(session)
            }
            for (dropped, kept) in ReflectionStatistics.distinct(sessions).dropped {
                printError("\(dropped.file): session \(FileName.quoted(dropped.number)) is also in \(kept.file); counted once")
            }
            for session in sessions {
                for theme in session.themes where ReflectionStatistics.themeCategory(theme) == ReflectionStatistics.otherTheme {
                    printError("\(session.file): themes: \(FileName.quoted(theme)) is in none of the categories (\(ReflectionStatistics.themeCategories.map(\.category).joined(separator: ", "))); counted as \"\(ReflectionStatistics.otherTheme)\"")
                }
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
