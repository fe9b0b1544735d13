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
}
