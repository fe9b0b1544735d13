@testable import Akte
import AkteTemplate
import AkteTestSupport
import Foundation
import Testing

/// docs/templates.md's key table of every template (the ```text block under "### `name`") lists exactly the keys of
/// the template's context type, each with its type. On a difference the failure prints the table generated from the
/// type and the sample, to paste (then add the ¶ marks and notes).
@Suite struct TemplateDocTests {
    static let doc = TestPaths.repositoryRoot.appendingPathComponent("docs/templates.md")

    @Test(arguments: ArtefactKind.allCases)
    func keyTableMatchesTheContextType(kind: ArtefactKind) throws {
        let text = try String(contentsOf: Self.doc, encoding: .utf8)
        let shape = try ContextShape.of(kind.contextType)
        let expected = shape.paths.mapValues(\.description)
        let table = Self.table(of: kind.templateName, in: text)
        let sample = try ContextKeyTests.samples(of: kind.templateName).first.map { try TemplateValue.fromJSON(Data(contentsOf: $0)) }
        let generated = Self.render(shape, sample: sample)
        #expect(table != nil, "docs/templates.md has no ```text key table under ### `\(kind.templateName)`; generated:\n\(generated)")
        guard let table else { return }
        let missing = expected.filter { table[$0.key] != $0.value }.map { "\($0.key): \($0.value)" }.sorted()
        let extra = table.filter { expected[$0.key] != $0.value }.map { "\($0.key): \($0.value)" }.sorted()
        #expect(missing == [] && extra == [], "\(kind.templateName): the doc lacks \(missing), lists \(extra); generated:\n\(generated)")
    }

    /// The paths and types of the first ```text block after the template's heading, read by indentation.
    static func table(of template: String, in doc: String) -> [String: String]? {
        guard let heading = doc.range(of: "\n### `\(template)`") else { return nil }
        let rest = doc[heading.upperBound...]
        let sectionEnd = rest.range(of: "\n### ")?.lowerBound ?? rest.endIndex
        let section = rest[..<sectionEnd]
        guard let open = section.range(of: "```text\n"), let close = section[open.upperBound...].range(of: "```") else { return nil }
        let line = try! Regex(#"^( *)([A-Za-z]+): (map|string|bool|list of string|list of map)"#)
        var table: [String: String] = [:]
        var stack: [(indent: Int, key: String)] = []
        for row in section[open.upperBound..<close.lowerBound].split(separator: "\n") {
            guard let match = String(row).firstMatch(of: line) else { continue }
            let indent = match.output[1].substring?.count ?? 0
            while let last = stack.last, last.indent >= indent { stack.removeLast() }
            let key = String(match.output[2].substring ?? "")
            table[(stack.map(\.key) + [key]).joined(separator: ".")] = String(match.output[3].substring ?? "")
            stack.append((indent, key))
        }
        return table
    }

    /// The key table as docs/templates.md writes it, from the type (keys, types) and the sample (examples).
    static func render(_ shape: ContextShape, sample: TemplateValue?) -> String {
        var lines: [String] = []
        func example(_ value: TemplateValue?) -> String {
            switch value {
            case .string(let text):
                let quoted = text.replacingOccurrences(of: "\n", with: "\\n")
                return "   e.g. \"\(quoted.count > 60 ? quoted.prefix(60) + "…" : quoted)\""
            case .bool(let flag): return "   e.g. \(flag)"
            case .list(let items):
                if case .string(let first)? = items.first { return example(.string(first)) }
                return items.isEmpty ? "   e.g. (empty)" : ""
            default: return ""
            }
        }
        func walk(_ shape: ContextShape, _ value: TemplateValue?, _ indent: String) {
            guard case .map(let children) = shape else { return }
            let values: [String: TemplateValue]
            if case .map(let map)? = value { values = map } else { values = [:] }
            for key in children.keys.sorted() {
                let child = children[key]!
                switch child {
                case .map:
                    lines.append("\(indent)\(key): map")
                    walk(child, values[key], indent + "  ")
                case .list(let item):
                    if case .map = item {
                        lines.append("\(indent)\(key): list of map — each item:")
                        var first: TemplateValue?
                        if case .list(let items)? = values[key] { first = items.first }
                        walk(item, first, indent + "  ")
                    } else {
                        lines.append("\(indent)\(key): \(child)\(example(values[key]))")
                    }
                case .string, .bool:
                    lines.append("\(indent)\(key): \(child)\(example(values[key]))")
                }
            }
        }
        walk(shape, sample, "")
        return lines.joined(separator: "\n")
    }
}
