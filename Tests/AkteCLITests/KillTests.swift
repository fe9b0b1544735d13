import AkteXML
import AkteZip
import AkteTestSupport
import Foundation
import Testing

/// Interrupted writes (issue 6, part 2): `akte render` over a JSON Lines batch is SIGKILLed at random moments;
/// every document left behind must be complete and valid, and an existing document is never overwritten
/// without --force.
@Suite(.serialized) struct KillTests {
    static let templates = TestPaths.templates

    /// A batch of `count` letters (the convocation template with its sample data on every line).
    func makeBatch(in folder: URL, count: Int) throws -> (template: String, data: String) {
        let sample = try Data(contentsOf: Self.templates.appendingPathComponent("samples/oproeping.json"))
        let line = try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: sample))
        var lines = Data()
        for _ in 0..<count { lines.append(line); lines.append(0x0A) }
        let data = folder.appendingPathComponent("batch.jsonl")
        try lines.write(to: data)
        return (Self.templates.appendingPathComponent("oproeping.fodt").path, data.path)
    }

    /// Why `url` is not a complete .odt, or nil: it must open as a zip, hold `mimetype` first with the ODF
    /// text type, and a well-formed content.xml.
    static func problem(with url: URL) -> String? {
        do {
            let archive = try ZipArchive(contentsOf: url)
            guard archive.entryNames.first == "mimetype" else { return "mimetype is not the first entry" }
            guard String(decoding: try archive.read("mimetype"), as: UTF8.self) == "application/vnd.oasis.opendocument.text" else {
                return "wrong mimetype"
            }
            _ = try XMLDocument(data: try archive.read("content.xml"), name: "content.xml")
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func killedBatchesLeaveOnlyCompleteDocuments() throws {
        let folder = try TemporaryFolder.make("kill")
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = 300
        let (template, data) = try makeBatch(in: folder, count: documents)
        // How long an uninterrupted batch takes: the kills fall anywhere inside it.
        let started = ContinuousClock.now
        let whole = try AkteBinary.run(["render", template, "--data", data, "--out", folder.appendingPathComponent("whole").path])
        let fullRun = started.duration(to: .now)
        try #require(whole.status == 0, "\(whole.stderr)")
        try #require(filesBelow(folder.appendingPathComponent("whole")).count == documents)

        var generator = SystemRandomNumberGenerator()
        var kills = 0, checked = 0, invalid: [String] = [], temporaries = 0
        let deadline = ContinuousClock.now + .seconds(50)
        var previous: URL?
        let fullSeconds = Double(fullRun.components.seconds) + Double(fullRun.components.attoseconds) / 1e18
        while kills < 120 {
            if kills >= 100 && ContinuousClock.now >= deadline { break }
            // Every other run replaces the previous run's documents with --force (rename over existing files).
            let replacing = kills % 2 == 1 && previous != nil
            let out = replacing ? previous! : folder.appendingPathComponent("run\(kills)")
            let process = Process()
            process.executableURL = AkteBinary.executableURL
            process.arguments = ["render", template, "--data", data, "--out", out.path] + (replacing ? ["--force"] : [])
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Bounded so that a slow (loaded or sanitized) machine still makes its 100 kills in well under a minute.
            Thread.sleep(forTimeInterval: min(fullSeconds, 0.5) * Double.random(in: 0.05...1.1, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            kills += 1
            for name in filesBelow(out) {
                if name.hasPrefix(".") {
                    // A killed run may leave its temporary file: hidden, never named like a document.
                    temporaries += 1
                    #expect(!name.hasSuffix(".odt"), "temporary file \(name) looks like a document")
                    try? FileManager.default.removeItem(at: out.appendingPathComponent(name))
                    continue
                }
                checked += 1
                #expect(name.hasSuffix(".odt"), "unexpected file \(name)")
                if let problem = Self.problem(with: out.appendingPathComponent(name)) {
                    invalid.append("\(out.lastPathComponent)/\(name): \(problem)")
                }
            }
            previous = replacing ? nil : out
        }
        print("kill test: \(kills) kills, \(checked) documents checked, \(invalid.count) truncated or invalid, \(temporaries) temporary files left by killed runs (hidden, removed), full run \(fullRun)")
        #expect(kills >= 100)
        #expect(invalid.isEmpty, "\(invalid.prefix(10))")
    }

    @Test func anExistingDocumentIsNeverOverwrittenWithoutForce() throws {
        let folder = try TemporaryFolder.make("noforce")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (template, data) = try makeBatch(in: folder, count: 20)
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let mine = Data("mijn eigen document\n".utf8)
        try mine.write(to: out.appendingPathComponent("doc_0007.odt"))
        let refused = try AkteBinary.run(["render", template, "--data", data, "--out", out.path])
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("\(out.appendingPathComponent("doc_0007.odt").path): already exists; not overwritten (use --force)"), "\(refused.stderr)")
        #expect(try Data(contentsOf: out.appendingPathComponent("doc_0007.odt")) == mine)
        #expect(filesBelow(out) == ["doc_0007.odt"], "a refused batch leaves only what was there: \(filesBelow(out))")

        // A single document too.
        let single = folder.appendingPathComponent("brief.odt")
        try mine.write(to: single)
        let sample = Self.templates.appendingPathComponent("samples/oproeping.json").path
        let one = try AkteBinary.run(["render", template, "--data", sample, "--out", single.path])
        #expect(one.status == 3)
        #expect(try Data(contentsOf: single) == mine)

        // With --force both are replaced by complete documents.
        #expect(try AkteBinary.run(["render", template, "--data", data, "--out", out.path, "--force"]).status == 0)
        #expect(try AkteBinary.run(["render", template, "--data", sample, "--out", single.path, "--force"]).status == 0)
        #expect(Self.problem(with: out.appendingPathComponent("doc_0007.odt")) == nil)
        #expect(Self.problem(with: single) == nil)
        #expect(filesBelow(out).count == 20)
    }
}
