import AkteCase
import AkteTemplate
import Foundation
import Yams

/// Reads YAML render data into a `TemplateValue`, with the guards of a case file (YAMLSource: size, UTF-8,
/// one document; the same node budget, so aliases cannot multiply the tree) and a depth limit.
///
/// Scalars keep what the user wrote: a plain scalar is text, except `true`/`false` (booleans, for sections) and
/// `null`/`~`/nothing (null), in any of YAML 1.2's three spellings (`true`, `True`, `TRUE`). Numbers are text
/// as written: `0475123456`, `1.10` and `20:30` print as typed, and `NO` or `yes` is the word, not a boolean
/// (YAML 1.1's rules, which Yams' decoder applies, changed all four). A quoted scalar is always text.
enum RenderDataYAML {
    static func read(_ data: Data, file: String) throws(LoadError) -> TemplateValue {
        let source = try YAMLSource(data: data, file: file)
        guard let root = source.root else { return .null }
        var converter = Converter(file: file)
        return try converter.value(root, depth: 1, path: [])
    }

    static func scalar(_ scalar: Node.Scalar) -> TemplateValue {
        guard scalar.style == .plain, scalar.tag.description != Tag.Name.str.rawValue else { return .string(scalar.string) }
        switch scalar.string {
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case "", "~", "null", "Null", "NULL": return .null
        default: return .string(scalar.string)
        }
    }

    struct Converter {
        let file: String
        var budget = YAMLSource.maximumNodes

        mutating func value(_ node: Node, depth: Int, path: [String]) throws(LoadError) -> TemplateValue {
            budget -= 1
            guard budget >= 0 else {
                throw failure(node, path, "the data expands to more than \(YAMLSource.maximumNodes) values (aliases?); refused")
            }
            switch node {
            case .scalar(let scalar):
                return RenderDataYAML.scalar(scalar)
            case .alias:
                // Yams resolves aliases while composing; an unresolved one is not data.
                throw failure(node, path, "an alias that names no anchor")
            case .sequence(let sequence):
                try check(depth, node, path)
                var items: [TemplateValue] = []
                items.reserveCapacity(sequence.count)
                for (index, item) in sequence.enumerated() {
                    items.append(try value(item, depth: depth + 1, path: path + ["\(index)"]))
                }
                return .list(items)
            case .mapping(let mapping):
                try check(depth, node, path)
                var map: [String: TemplateValue] = [:]
                for (key, item) in mapping {
                    guard case .scalar(let keyScalar) = key else {
                        throw failure(key, path, "a key must be text, not a list or a mapping")
                    }
                    let name = keyScalar.string
                    guard map[name] == nil else {
                        throw failure(key, path, "duplicate key \"\(Self.shown(name))\" in this mapping")
                    }
                    map[name] = try value(item, depth: depth + 1, path: path + [name])
                }
                return .map(map)
            }
        }

        private func check(_ depth: Int, _ node: Node, _ path: [String]) throws(LoadError) {
            guard depth <= TemplateLimits.maximumDataDepth else {
                throw failure(node, path, "lists and mappings nested more than \(TemplateLimits.maximumDataDepth) deep")
            }
        }

        private func failure(_ node: Node, _ path: [String], _ message: String) -> LoadError {
            let mark = node.mark
            let position = SourcePosition(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
            return LoadError(issues: [LoadIssue(position: position, path: Self.shown(path), message: message)])
        }

        /// A field path as a message shows it: at most eight names (the first four and the last three around "…"),
        /// each at most 40 characters, so that a message about deep data stays one line.
        static func shown(_ path: [String]) -> String {
            let parts = path.count > 8 ? Array(path.prefix(4)) + ["…"] + Array(path.suffix(3)) : path
            return parts.map(shown).joined(separator: ".")
        }

        static func shown(_ name: String) -> String {
            name.count > 40 ? String(name.prefix(39)) + "…" : name
        }
    }
}
