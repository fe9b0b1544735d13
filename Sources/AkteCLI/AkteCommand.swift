import Akte
import ArgumentParser

@main
struct AkteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "akte",
        abstract: "Formal documents of integrity procedures in Flemish local government (ODT and plain text).",
        version: AkteVersion.current,
        subcommands: [Validate.self, Demo.self, Render.self, Templates.self]
    )
}
