import AkteCase
import AkteRules
import ArgumentParser
import Foundation

/// Prints to standard error: the one way the commands print errors, warnings and findings there.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Prints a failure of the command itself (not a finding in a file) on standard error, as "akte: …".
func printFailure(_ message: String) {
    printError("akte: " + message)
}

/// A usage error: ArgumentParser prints it with the usage line, and `AkteCommand.main` exits 2 (README, "Exit
/// codes"; ArgumentParser's own code would be 64), whether `validate()` or `run()` throws it.
func usageError(_ message: String) -> ValidationError {
    ValidationError(message)
}

/// Loading shared by `check` and `deadlines`: a load error prints every issue and exits 2.
enum CaseSupport {
    static func loadCase(_ path: String) throws -> CaseFile {
        do {
            return try CaseLoader.load(contentsOf: URL(fileURLWithPath: path), displayName: path)
        } catch {
            printError(error.description)
            throw AkteExit.inputError
        }
    }

    static func loadProfile(_ nameOrPath: String, relativeTo caseFile: String? = nil) throws -> RuleProfile {
        let base = caseFile.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
        do {
            return try RuleProfile.load(nameOrPath: nameOrPath, relativeTo: base)
        } catch {
            printError(error.description)
            throw AkteExit.inputError
        }
    }

    /// The profile a commission case names; a failure points at the case's `profile:` line.
    static func profile(for commissionCase: CommissionCase) throws -> RuleProfile {
        let base = URL(fileURLWithPath: commissionCase.file).deletingLastPathComponent()
        do {
            return try RuleProfile.load(nameOrPath: commissionCase.profile, relativeTo: base)
        } catch {
            for issue in error.issues {
                printError(issue.position.file == commissionCase.profile
                    ? "\(commissionCase.profilePosition): profile: \(issue.message)"
                    : issue.description)
            }
            throw AkteExit.inputError
        }
    }

    static func parseDate(_ text: String, option: String) throws -> CivilDate {
        guard let date = CivilDate(iso: text), CivilDate.supportedYears.contains(date.year) else {
            throw usageError("\(option): \"\(text)\" is not a date (YYYY-MM-DD, years \(CivilDate.supportedYears.lowerBound)–\(CivilDate.supportedYears.upperBound))")
        }
        return date
    }
}

/// A JSON value that keeps the order of object keys (so output reads as documented).
indirect enum JSON {
    case object([(String, JSON)])
    case array([JSON])
    case string(String)
    case int(Int)
    case number(Double, places: Int)
    case bool(Bool)
    case null

    static func optionalString(_ value: String?) -> JSON { value.map(JSON.string) ?? .null }

    var text: String {
        switch self {
        case let .object(pairs): return "{" + pairs.map { JSON.quote($0.0) + ":" + $0.1.text }.joined(separator: ",") + "}"
        case let .array(items): return "[" + items.map(\.text).joined(separator: ",") + "]"
        case let .string(s): return JSON.quote(s)
        case let .int(n): return String(n)
        case let .number(value, places):
            var s = String(format: "%.\(places)f", value)
            if s.contains(".") {
                while s.hasSuffix("0") { s.removeLast() }
                if s.hasSuffix(".") { s.removeLast() }
            }
            return s
        case let .bool(b): return b ? "true" : "false"
        case .null: return "null"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
