import Akte
import AkteODF
import ArgumentParser
import Foundation

extension AkteCommand {
    /// `akte demo`: writes a Dutch sample letter with the ODF writer and validates it, so the first
    /// command of the README shows a real document before the case documents exist.
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a sample letter (Output/demo/voorbeeldbrief.odt) and validate it against ODF 1.3.")

        @OptionGroup var output: OutputFolderOptions

        func run() throws {
            let folder = URL(fileURLWithPath: output.out).appendingPathComponent("demo")
            let file = folder.appendingPathComponent("voorbeeldbrief.odt")
            // Shown as the user wrote the folder (relative stays relative), like `validate` does.
            let shown = output.shownPrefix + "demo/voorbeeldbrief.odt"
            // A file where the folder should be: say so, instead of Foundation's "file exists" about a folder.
            do {
                try DocumentWriter().prepareDirectory(folder)
            } catch {
                if case .notADirectory(let path) = error {
                    printFailure("\(path): is a file, not a folder; --out names the folder the sample letter goes into (\(shown))")
                } else {
                    printFailure(error.description)
                }
                throw AkteExit.outputError
            }
            do {
                let writer = ODTWriter(metadata: ODFMetadata(version: AkteVersion.current, title: SampleLetter.title, language: "nl-BE"))
                try writer.write(try SampleLetter.package(), to: file, overwrite: output.force)
            } catch {
                printFailure("\(error)")
                throw AkteExit.outputError
            }
            print("wrote \(shown)")
            let report: ODFValidationReport
            do {
                report = try PackageValidator().validate(contentsOf: file)
            } catch {
                printFailure("\(error)")
                throw AkteExit.inputError
            }
            print("\(shown): \(report.conformance.rawValue)")
            for problem in report.problems { print("\(shown): \(problem)") }
            if report.conformance != .conforming { throw AkteExit.findings }
        }
    }
}
