import Foundation
import Yams

/// The one place that decides what may become part of a path akte writes: a case or session number (the
/// case folder), a person's name (in a document's file name), a `render --name` result.
///
/// A component is a single, visible name inside the output folder: never empty, never `.` or `..`, never
/// hidden (a leading dot), no path separator, no control or invisible formatting character (a newline or an
/// escape sequence in a file name is a trap for every script and terminal that lists it), at most
/// `maximumLength` UTF-8 bytes (NAME_MAX is 255, and the extension and temporary names need room).
public enum FileName {
    public static let maximumLength = 120

    /// Why `component` cannot be a file or folder name, or nil when it can.
    public static func problem(with component: String) -> String? {
        if component.isEmpty { return "is empty" }
        if component == "." { return "is \".\", the output folder itself" }
        if component == ".." { return "is \"..\", the folder above the output folder" }
        if component.contains("/") || component.contains("\\") { return "contains a path separator (\"/\" or \"\\\"); write e.g. 2025-01 instead of 2025/01" }
        if component.hasPrefix(".") { return "starts with a dot (the file would be hidden)" }
        if component.hasPrefix("-") { return "starts with a hyphen (a command would read it as an option)" }
        if let bad = component.unicodeScalars.first(where: isInvisible) {
            return "contains the invisible character U+\(String(format: "%04X", bad.value))"
        }
        if component != component.trimmingCharacters(in: .whitespaces) { return "starts or ends with a space" }
        if component.utf8.count > maximumLength { return "is \(component.utf8.count) bytes long, more than the \(maximumLength) a file name may have here" }
        return nil
    }

    /// `value` in quotes, invisible characters shown as `\u{…}` so a message never carries them to the terminal.
    public static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            if isInvisible(scalar) { out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }

    /// Control characters (C0, DEL, C1), format characters (zero-width, bidirectional overrides, soft hyphen)
    /// and line/paragraph separators.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned, .privateUse: return true
        default: return scalar.value == 0xFFFE || scalar.value == 0xFFFF
        }
    }

    /// A readable ASCII slug for any alphabet: transliterated to Latin (ICU "Any-Latin; Latin-ASCII":
    /// "Γιώργος" → "giorgos", "محمد" → "mhmd", "Wałęsa" → "walesa"), lower case, every run of other characters
    /// one hyphen. Empty when nothing of the text has a Latin form (the caller falls back to an id).
    public static func slug(_ text: String) -> String {
        let latin = text.applyingTransform(StringTransform("Any-Latin; Latin-ASCII; Lower"), reverse: false)
            ?? text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "nl_BE")).lowercased()
        var out = ""
        for scalar in latin.unicodeScalars {
            if scalar.isASCII && (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty && !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        // Long names stay readable but never exceed a file name's room.
        if out.utf8.count > 60 {
            out = String(out.prefix(60))
            while out.hasSuffix("-") { out.removeLast() }
        }
        return out
    }
}

extension NodeDecoder {
    /// Text that becomes a folder or file name (a case or session number): `text` plus `FileName.problem`.
    public func fileNameText(_ node: Node, _ path: String) -> String? {
        guard let value = text(node, path) else { return nil }
        if let problem = FileName.problem(with: value) {
            fail(node, path, "\(FileName.quoted(value)) cannot be used: it becomes the name of the case folder and \(problem)")
            return nil
        }
        return value
    }
}

extension FileName {
    /// A name `problem(with:)` accepts (used where a name read back from disk must not climb out).
    public static func isPlain(_ component: String) -> Bool { problem(with: component) == nil }
}
