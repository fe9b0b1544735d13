import AkteCase
import AkteRules
import AkteTemplate

/// Why `generate` wrote nothing, as values: the load error, the template error, the findings. Each case maps to
/// one exit code of the CLI (README, "Exit codes"), by its type; `messages` is how it is printed.
public enum GenerateError: Error, Sendable, CustomStringConvertible {
    /// The case file cannot be read or is invalid (exit 2); every issue with file, line and column.
    case caseFile(LoadError)
    /// The profile the case names cannot be loaded (exit 2); `reference` is the case's `profile:` line.
    case profile(LoadError, name: String, reference: SourcePosition)
    /// A template is missing or not a good template (exit 2).
    case template(TemplateFailure)
    /// A document cannot be rendered from its template (exit 2): an unknown key, a forbidden character in the data.
    case document(name: String, error: any Error)
    /// The case number cannot name the case folder (exit 2); a second line of defence for cases built in code.
    case caseNumber(file: String, number: String, problem: String)
    /// Errors of the rules make documents illegal (exit 1): each finding with the documents it blocks.
    case refused(RefusedDocuments)
    /// Two documents would be written under one name (exit 1).
    case fileNameCollisions([Finding])
    /// A declared name survives anonymisation (exit 1): where, one line per leak.
    case leak([String])
    /// Documents exist and `--force` was not given (exit 3).
    case exists([String])
    /// A document could not be written (exit 3).
    case output(DocumentWriteError)
    /// A conversion (PDF through LibreOffice) failed (exit 3), in LibreOffice's or the system's words.
    case conversion(String)
    /// LibreOffice is needed for PDF and is not installed (exit 4).
    case missingProgram(String)
    /// SIGINT/SIGTERM/SIGHUP before the set was in place: nothing written (exit 128 + signal).
    case interrupted(signal: Int32, during: String? = nil)

    /// One line of the message; `located` lines begin with `file:line:column` (or the file) of the input they are
    /// about, the others are about the run and print after "akte: ".
    public struct Message: Sendable, Hashable {
        public let text: String
        public let located: Bool
    }

    public var messages: [Message] {
        func run(_ lines: [String]) -> [Message] { lines.map { Message(text: $0, located: false) } }
        func located(_ lines: [String]) -> [Message] { lines.map { Message(text: $0, located: true) } }
        switch self {
        case .caseFile(let error):
            return located(error.issues.map(\.description))
        case .profile(let error, let name, let reference):
            return located(error.issues.map { issue in
                issue.position.file == name ? "\(reference): profile: \(issue.message)" : issue.description
            })
        case .template(let failure):
            return run([failure.description])
        case .document(let name, let error):
            return run(["\(name): \(error)"])
        case .caseNumber(let file, let number, let problem):
            return located(["\(file): the case number \(FileName.quoted(number)) cannot name the case folder: it \(problem)"])
        case .refused(let refused):
            return run([refused.summary]) + refused.blocking.flatMap { item in
                [Message(text: item.finding.description, located: item.finding.position != nil),
                 Message(text: "  makes illegal: " + item.blockedText, located: true)]
            }
        case .fileNameCollisions(let findings):
            return findings.map { Message(text: $0.description, located: $0.position != nil) }
        case .leak(let places):
            return run(["the anonymised report still names declared people or places; nothing was written:"] + places)
        case .exists(let paths):
            return run(paths.map { "\($0): already exists" } + ["nothing was written; use --force to replace the documents"])
        case .output(let error):
            return run(error.description.split(separator: "\n").map(String.init))
        case .conversion(let message), .missingProgram(let message):
            return run([message])
        case .interrupted(let signal, let during):
            return run([during.map { "interrupted (\(Interruption.name(of: signal))) during \($0); nothing was written, the private copies were removed" }
                ?? DocumentWriteError.interrupted(signal: signal).description])
        }
    }

    public var description: String { messages.map(\.text).joined(separator: "\n") }
}

/// The findings that refuse a `generate` run, each with the documents it makes illegal (`Refusal`).
public struct RefusedDocuments: Sendable {
    public struct Blocking: Sendable {
        public let finding: Finding
        /// The file names (without extension) of the planned documents it blocks; empty when none is due yet.
        public let documents: [String]

        /// "the council's decision: 04-agendapunt-…, 05-besluit-…", or why nothing due is named.
        var blockedText: String {
            let scope = finding.blocks.map(\.description).joined(separator: ", ")
            return documents.isEmpty
                ? "\(scope) (none of them is due at this stage; the case must be corrected first)"
                : "\(scope): " + Refusal.summary(documents)
        }
    }

    public let blocking: [Blocking]

    var summary: String {
        "nothing was written: the rules find \(blocking.count) error\(blocking.count == 1 ? "" : "s") in this case (as akte check reports them), each with the documents it makes illegal:"
    }

    /// The message as `check` users read it: the summary, then each finding and the documents it blocks.
    public var lines: [String] {
        [summary] + blocking.flatMap { [$0.finding.description, "  makes illegal: " + $0.blockedText] }
    }
}
