import Akte
import AkteCase
import AkteTemplate
import Foundation
import Yams

/// Reading the data of `akte render`: one JSON or YAML document, or JSON Lines.
enum RenderData {
    static func isJSONLines(_ path: String) -> Bool {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        return ext == "jsonl" || ext == "ndjson"
    }

    static func single(_ path: String) throws -> TemplateValue {
        let data = try InputFile.read(path)
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        do {
            if ext == "json" { return try TemplateValue.fromJSON(data) }
            return try RenderDataYAML.read(data, file: path)
        } catch let error as CLIError {
            throw error
        } catch let error as LoadError {
            throw CLIError.usage(error.description)
        } catch let error as TemplateFileError {
            throw error
        } catch {
            var error: any Error = error
            if case let DecodingError.dataCorrupted(context) = error, let underlying = context.underlyingError { error = underlying }
            if let yaml = error as? YamlError {
                throw CLIError.usage("\(path): cannot read the data: \(yaml)".trimmingCharacters(in: .whitespacesAndNewlines))
            }
            let nsError = error as NSError
            let detail = nsError.domain == NSCocoaErrorDomain ? (nsError.userInfo[NSDebugDescriptionErrorKey] as? String ?? nsError.localizedDescription) : "\(error)"
            throw CLIError.usage("\(path): cannot read the data: \(detail)")
        }
    }

    /// The lines of a JSON Lines file (empty lines skipped), decoded lazily by the caller.
    static func lines(_ path: String) throws -> [Substring] {
        let data = try InputFile.read(path)
        let text = String(decoding: data, as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: true).filter { !$0.allSatisfy(\.isWhitespace) }
    }
}


enum CLIError: Error, CustomStringConvertible {
    case usage(String)
    case output(String)

    var description: String {
        switch self {
        case .usage(let m), .output(let m): return m
        }
    }
}

