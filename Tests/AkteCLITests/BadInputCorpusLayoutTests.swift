import AkteTestSupport
import Foundation
import Testing

/// The bad-input corpus is edited by hand (Tests/BadInput/README.md): these tests keep it well-formed, so a typo in
/// a `cases.tsv` fails here, with its line, instead of silently dropping a case or pointing at a missing file.
@Suite struct BadInputCorpusLayoutTests {
    static let corpus = BadInputCase.corpus
    /// The exit codes of the README's table that a refused input can have.
    static let documentedExits: Set<Int32> = [0, 1, 2, 3]
    static let placeholders: Set<String> = ["{file}", "{dir}", "{out}", "{root}"]

    static var groups: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
            .filter { FileManager.default.fileExists(atPath: corpus.appendingPathComponent($0).appendingPathComponent("cases.tsv").path) }
            .sorted()
    }

    static func rows(_ group: String) throws -> [(line: Int, columns: [String])] {
        let text = try String(contentsOf: corpus.appendingPathComponent(group).appendingPathComponent("cases.tsv"), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, row in
            row.isEmpty || row.hasPrefix("#") ? nil : (index + 1, row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
        }
    }

    @Test func everyGroupOfTheReadmeHasACaseTable() {
        #expect(Self.groups == ["advice", "case-fields", "case-syntax", "case-values", "cli", "packages", "templates", "write-paths"])
    }

    @Test("every row: four columns, a documented exit code, known placeholders, an input that exists", arguments: groups)
    func rowsAreWellFormed(group: String) throws {
        let folder = Self.corpus.appendingPathComponent(group)
        var seen = Set<String>()
        for (line, columns) in try Self.rows(group) {
            let place = "\(group)/cases.tsv:\(line)"
            guard columns.count == 4 else {
                Issue.record("\(place): \(columns.count) tab-separated columns, 4 expected")
                continue
            }
            let exit = Int32(columns[2])
            #expect(exit.map(Self.documentedExits.contains) == true, "\(place): exit \"\(columns[2])\" is not a documented code")
            if columns[0] != "-" {
                #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(columns[0]).path), "\(place): no file \(columns[0])")
            }
            for text in [columns[1], columns[3]] {
                let used = text.matches(of: /\{[a-z]+\}/).map { String($0.output) }
                #expect(used.allSatisfy(Self.placeholders.contains), "\(place): unknown placeholder in \(text)")
            }
            #expect(!columns[1].contains("{file}") || columns[0] != "-", "\(place): {file} without an input file")
            #expect(seen.insert(columns[0] + "\t" + columns[1]).inserted, "\(place): the same input and arguments as an earlier row")
        }
    }

    @Test("every file of a group is the input of a case or named in one (no orphan inputs)", arguments: groups)
    func noOrphanInputs(group: String) throws {
        let rows = try Self.rows(group)
        let named = Set(rows.map { $0.columns[0] })
        let mentioned = rows.map { $0.columns.joined(separator: "\t") }.joined(separator: "\n")
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.appendingPathComponent(group).path)
            .filter { $0 != "cases.tsv" }
        for file in files {
            #expect(named.contains(file) || mentioned.contains(file), "\(group)/\(file) is not used by any case")
        }
    }
}
