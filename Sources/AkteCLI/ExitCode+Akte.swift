import Akte
import ArgumentParser

/// The documented exit codes of `akte` (README, "Exit codes").
/// 0 ok; 1 findings or a rule violation; 2 usage or input error;
/// 3 output could not be written; 4 a required external program (LibreOffice) is missing.
enum AkteExit {
    static let findings = ExitCode(1)
    static let inputError = ExitCode(2)
    static let outputError = ExitCode(3)
    static let missingProgram = ExitCode(4)
    /// Stopped by a signal (SIGINT, SIGTERM, SIGHUP) after cleaning up: 128 + its number, as a shell reports it.
    static func interrupted(_ signal: Int32) -> ExitCode { ExitCode(128 + signal) }

    /// The exit code of a failed `generate`, from the error's type.
    static func code(for error: GenerateError) -> ExitCode {
        switch error {
        case .caseFile, .profile, .template, .document, .caseNumber: return inputError
        case .refused, .fileNameCollisions, .leak: return findings
        case .exists, .output, .conversion: return outputError
        case .missingProgram: return missingProgram
        case .interrupted(let signal, _): return interrupted(signal)
        }
    }
}
