import Akte
import AkteTemplate
import ArgumentParser
import Foundation

extension AkteCommand {
    /// `akte templates keys FILE`: what a template needs from its data, without rendering it.
    struct Templates: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Inspect templates.",
            subcommands: [Keys.self])

        struct Keys: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "List the keys a template uses, one per line ('section > key'; '#' a section, '^' an inverted section).")

            @Argument(help: "The template (.fodt, .odt or .txt).")
            var file: String

            func run() throws {
                do {
                    for key in try LoadedTemplate.load(file).keys { print(key) }
                } catch {
                    printFailure("\(error)")
                    throw AkteExit.inputError
                }
            }
        }
    }
}
