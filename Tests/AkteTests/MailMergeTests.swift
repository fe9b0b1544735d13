import Akte
import AkteTemplate
import AkteTestSupport
import Foundation
import Testing

/// The mail-merge engine as a library type: what `akte render … --data x.jsonl` runs.
@Suite("MailMerge: one document per line of JSON Lines")
struct MailMergeTests {
    static func batch(_ lines: String, in folder: URL, name: String? = nil, format: OutputFormat = .txt,
                      template source: String = "Beste {{ naam }}\n", contentType: TextContentType = .plainText) throws -> MailMerge {
        let data = folder.appendingPathComponent("data.jsonl")
        try lines.write(to: data, atomically: true, encoding: .utf8)
        return MailMerge(template: .text(try TextTemplate(source: source, name: "brief", contentType: contentType)), format: format,
                         dataPath: data.path, folder: folder.appendingPathComponent("uit"), shownFolder: "uit",
                         nameTemplate: try name.map { try TextTemplate(source: $0, name: "--name") }, jobs: 2, replace: false, quiet: true)
    }

    @Test("every line a document, named doc_0000 … or by --name, 0600 in a new 0700 folder")
    func writesEveryLine() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try Self.batch("{\"naam\": \"An\"}\n\n{\"naam\": \"Bart\"}\n{\"naam\": \"Cis\"}\n", in: folder).run()
        #expect(outcome.documents == 3)
        let out = folder.appendingPathComponent("uit")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["doc_0000.txt", "doc_0001.txt", "doc_0002.txt"])
        #expect(try String(contentsOf: out.appendingPathComponent("doc_0001.txt"), encoding: .utf8) == "Beste Bart\n")
        #expect(try FileManager.default.attributesOfItem(atPath: out.path)[.posixPermissions] as? Int == 0o700)
        #expect(try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("doc_0000.txt").path)[.posixPermissions] as? Int == 0o600)
        let named = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: named) }
        _ = try Self.batch("{\"naam\": \"A/1 <x>\"}\n", in: named, name: "{{ naam }}", format: .html,
                           template: "<p>{{ naam }}</p>\n", contentType: .html).run()
        #expect(try String(contentsOf: named.appendingPathComponent("uit/A_1 <x>.html"), encoding: .utf8) == "<p>A/1 &lt;x&gt;</p>\n")
    }

    @Test("a bad line keeps nothing: an input error with the file and line, the folder left empty")
    func badLineKeepsNothing() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let batch = try Self.batch("{\"naam\": \"An\"}\n{\"naam\": \"Bart\"}\n{\"nam\": \"Cis\"}\n", in: folder)
        #expect { _ = try batch.run() } throws: { error in
            guard case .input(let message)? = error as? MailMergeError else { return false }
            return message.hasPrefix(batch.dataPath + ":3: ") && message.contains("naam")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("uit").path).isEmpty)
    }
}
