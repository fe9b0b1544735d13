import Akte
import AkteODF
import ArgumentParser
import Foundation

extension AkteCommand {
    /// `akte validate FILE...`: the ODF 1.3 verdict per file, and every problem as `FILE: part:line: message`.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check .odt and .fodt files against ODF 1.3 (strict, or extended with --extended).",
            discussion: """
                Prints `FILE: conforming|extended|invalid` for every file, then its problems as
                `FILE: part:line: message`. Extended means valid only after removing foreign
                elements and attributes (LibreOffice's loext:, officeooo: …).
                Exit status: 0 all conforming (or extended, with --extended), 1 otherwise,
                2 when a file cannot be read or is not an ODF file.
                """)

        @Argument(help: "The .odt or .fodt files to check.")
        var files: [String]

        @Flag(help: "Accept extended conformance (foreign elements and attributes) as success.")
        var extended = false

        func validate() throws {
            if files.isEmpty { throw ValidationError("Give at least one file.") }
        }

        func run() throws {
            let validator: PackageValidator
            do {
                validator = try PackageValidator()
            } catch {
                printFailure("\(error)")
                throw AkteExit.inputError
            }
            var worst = ExitStatus.ok
            for file in files {
                worst = max(worst, check(file, with: validator))
            }
            switch worst {
            case .ok: return
            case .findings: throw AkteExit.findings
            case .unreadable: throw AkteExit.inputError
            }
        }

        private enum ExitStatus: Int, Comparable {
            case ok, findings, unreadable
            static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
        }

        private func check(_ file: String, with validator: PackageValidator) -> ExitStatus {
            let report: ODFValidationReport
            do {
                report = try validator.validate(contentsOf: URL(fileURLWithPath: file))
            } catch {
                print("\(file): unreadable")
                printError("\(file): \(error)")
                return .unreadable
            }
            print("\(file): \(report.conformance.rawValue)")
            for problem in report.problems { print("\(file): \(problem)") }
            switch report.conformance {
            case .conforming: return .ok
            case .extended: return extended ? .ok : .findings
            case .invalid: return .findings
            }
        }
    }
}
