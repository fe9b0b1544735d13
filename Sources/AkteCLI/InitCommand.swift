import Akte
import AkteCase
import ArgumentParser
import Foundation

extension AkteCommand {
    /// `akte init commission|reflection [PATH]`: writes a commented starter case file; refuses to overwrite.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a commented starter case file (commission case or reflection-chamber session).")

        enum Kind: String, ExpressibleByArgument, CaseIterable {
            case commission, reflection, commissie, reflectiekamer
            case advice, advies
        }

        @Argument(help: "commission (commissie), advice (advies) or reflection (reflectiekamer).")
        var kind: Kind

        @Argument(help: "Where to write it (default: commissie.yaml or reflectiekamer.yaml).")
        var path: String?

        @Flag(help: "Overwrite an existing file.")
        var force = false

        func run() throws {
            let isCommission = kind == .commission || kind == .commissie
            let isAdvice = kind == .advice || kind == .advies
            let target = path ?? (isAdvice ? "advies.yaml" : isCommission ? "commissie.yaml" : "reflectiekamer.yaml")
            let text = isAdvice ? StarterFiles.advice : isCommission ? StarterFiles.commission : StarterFiles.reflection
            if FileManager.default.fileExists(atPath: target), !force {
                printError("\(target): already exists; not overwritten (use --force)")
                throw AkteExit.outputError
            }
            do {
                // A case file fills up with confidential data: 0600 like every file akte writes, and --force
                // replaces only a regular file (never a FIFO, device or symbolic link).
                try DocumentWriter(overwrite: force).write(Data(text.utf8), to: URL(fileURLWithPath: target))
            } catch {
                printError("\(target): cannot write (\(error))")
                throw AkteExit.outputError
            }
            print("wrote \(target)")
        }
    }
}
