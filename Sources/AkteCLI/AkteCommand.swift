import Akte
import ArgumentParser

@main
struct AkteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "akte",
        abstract: "Formal documents of integrity procedures in Flemish local government (ODT and plain text).",
        version: AkteVersion.current,
        subcommands: [Check.self, Deadlines.self, Seats.self, Init.self, Render.self, Templates.self, Validate.self, Demo.self]
    )
}
