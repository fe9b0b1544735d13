import Akte
import ArgumentParser
import Foundation

@main
struct AkteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "akte",
        abstract: "Formal documents of integrity procedures in Flemish local government (ODT and plain text).",
        version: AkteVersion.current,
        subcommands: [Check.self, Deadlines.self, Seats.self, Init.self, Generate.self, Stats.self, Render.self, Templates.self, Validate.self, Demo.self]
    )

    /// ArgumentParser exits 64 (EX_USAGE) on a usage error; akte documents 2 for usage errors (README, "Exit codes").
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                exit(withError: AkteExit.inputError)
            }
            exit(withError: error)
        }
    }
}
