import AkteCase
import Foundation
import Testing

/// Mutated case files must load or fail with positioned issues — never crash, never an issue without a file.
@Suite struct LoaderRobustnessTests {
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(max(bound, 1)))
        }
    }

    static let sources = [StarterFiles.commission, StarterFiles.reflection]

    @Test("Line-level mutations of the starter files load or fail cleanly", arguments: 0..<200)
    func mutations(seed: Int) {
        var g = Generator(state: UInt64(seed))
        var lines = Self.sources[seed % 2].components(separatedBy: "\n")
        for _ in 0..<(1 + g.next(3)) {
            let i = g.next(lines.count)
            switch g.next(5) {
            case 0: lines.remove(at: i)
            case 1: lines.insert(lines[i], at: i)
            case 2: lines[i] = "  " + lines[i]
            case 3: lines[i] = String(lines[i].dropLast(min(lines[i].count, 1 + g.next(6))))
            default:
                let junk = ["&a", "*a", "[", "{", ": :", "\"", "~", "- x", "\t", "2025-13-01", "-1", "é"]
                lines[i] += " " + junk[g.next(junk.count)]
            }
            if lines.isEmpty { lines = [""] }
        }
        do {
            _ = try CaseLoader.load(yaml: lines.joined(separator: "\n"), file: "m.yaml")
        } catch {
            #expect(!error.issues.isEmpty)
            #expect(error.issues.allSatisfy { $0.position.file == "m.yaml" && $0.position.line >= 1 && $0.position.column >= 1 })
        }
    }

    /// Found by FuzzCase (timeout, integration run of issue 11): an alias to nested aliases used as a mapping key
    /// makes Yams hash the whole expanded tree while it checks for duplicate keys, before the node budget counts.
    @Test("Issue 11 class 14: an alias used as a mapping key is refused before parsing, with its line and column")
    func aliasAsKey() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for n in 1...8 { yaml += "a\(n): &a\(n) [" + Array(repeating: "*a\(n - 1)", count: 10).joined(separator: ", ") + "]\n" }
        yaml += "b: [*a8: boom]\n"
        do {
            _ = try YAMLSource(data: Data(yaml.utf8), file: "bom.yaml")
            Issue.record("accepted an alias as a mapping key")
        } catch {
            #expect(error.issues.first?.position.line == 10)
            #expect(error.issues.first?.position.column == 5)
            #expect(error.description.contains("alias used as a mapping key"))
        }
        // Aliases as values stay allowed (the node budget bounds them), and "*" inside text is not an alias key.
        _ = try YAMLSource(data: Data("a: &x [1, 2]\nb: *x\nc: \"zie *noot: hier\"\n".utf8), file: "ok.yaml")
    }
}
