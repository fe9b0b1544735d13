import Akte
import ArgumentParser
import Foundation

@main
struct AkteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "akte",
        abstract: "Formal documents of integrity procedures in Flemish local government (ODT and plain text).",
        version: AkteVersion.current,
        subcommands: [Check.self, Deadlines.self, Seats.self, Init.self, Generate.self, Stats.self, Render.self, Templates.self, Validate.self, Sign.self, Verify.self, Demo.self]
    )

}

extension AkteCommand {
    /// Runs the command with akte's exit codes: ArgumentParser reports a usage error with its own
    /// code (64, EX_USAGE); the README promises 2 for every usage or input error, so it is mapped here.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                let message = fullMessage(for: error)
                if !message.isEmpty { printError(message) }
                Foundation.exit(AkteExit.inputError.rawValue)
            }
            exit(withError: error)
        }
    }
}
