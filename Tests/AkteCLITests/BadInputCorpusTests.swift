import AkteTestSupport
import Foundation
import Testing

/// One case of the bad-input corpus (Tests/BadInput/<group>/cases.tsv; Tests/BadInput/README.md describes the format).
struct BadInputCase: Sendable, CustomTestStringConvertible {
    var group: String
    var file: String?
    var arguments: String
    var exit: Int32
    var fragment: String
    var line: Int

    var testDescription: String { "\(group)/\(file ?? "-"):\(line) → \(exit)" }

    static let corpus = TestPaths.repositoryRoot.appendingPathComponent("Tests/BadInput")

    static func all() -> [BadInputCase] {
        let groups = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        var cases: [BadInputCase] = []
        for group in groups.sorted() {
            let table = corpus.appendingPathComponent(group).appendingPathComponent("cases.tsv")
            guard let text = try? String(contentsOf: table, encoding: .utf8) else { continue }
            for (index, row) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if row.isEmpty || row.hasPrefix("#") { continue }
                let columns = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                // A malformed row is BadInputCorpusLayoutTests' to report; here it is left out.
                guard columns.count == 4, Int32(columns[2]) != nil else { continue }
                cases.append(BadInputCase(group: group, file: columns[0] == "-" ? nil : columns[0], arguments: columns[1],
                                          exit: Int32(columns[2])!, fragment: columns[3], line: index + 1))
            }
        }
        return cases
    }

    /// Splits arguments at spaces; single quotes keep spaces (as a shell would).
    static func split(_ text: String) -> [String] {
        var words: [String] = [], current = "", quoted = false, started = false
        for character in text {
            if character == "'" { quoted.toggle(); started = true; continue }
            if character == " " && !quoted {
                if started || !current.isEmpty { words.append(current) }
                current = ""; started = false
                continue
            }
            current.append(character)
        }
        if started || !current.isEmpty { words.append(current) }
        return words
    }
}

/// Every regular file (or link) below `folder`, hidden ones included; folders themselves do not count.
func filesBelow(_ folder: URL) -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
    var found: [String] = []
    while let name = walker.nextObject() as? String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory), !isDirectory.boolValue {
            found.append(name)
        }
    }
    return found
}

@Suite struct BadInputCorpusTests {
    @Test func theCorpusHoldsAtLeast200Cases() {
        #expect(BadInputCase.all().count >= 200)
    }

    /// Runs the built binary on one case: the documented exit code, the message fragment (file, line, field),
    /// no death by signal, and nothing left in the output folder when the command failed.
    @Test(arguments: BadInputCase.all())
    func badInput(_ c: BadInputCase) throws {
        let folder = BadInputCase.corpus.appendingPathComponent(c.group)
        let out = try TemporaryFolder.make("bad-out")
        defer { try? FileManager.default.removeItem(at: out) }
        func fill(_ text: String) -> String {
            text.replacingOccurrences(of: "{file}", with: c.file.map { folder.appendingPathComponent($0).path } ?? "")
                .replacingOccurrences(of: "{dir}", with: folder.path)
                .replacingOccurrences(of: "{out}", with: out.path)
                .replacingOccurrences(of: "{root}", with: TestPaths.repositoryRoot.path)
        }
        let arguments = BadInputCase.split(c.arguments).map(fill)
        let result = try AkteBinary.run(arguments)
        #expect(result.reason != .uncaughtSignal, "\(c.testDescription): died of signal \(result.status)\n\(result.stderr)")
        #expect(result.status == c.exit, "\(c.testDescription): exit \(result.status), expected \(c.exit)\n\(result.stderr)")
        let fragment = fill(c.fragment)
        #expect(fragment.isEmpty || (result.stdout + result.stderr).contains(fragment),
                "\(c.testDescription): expected \"\(fragment)\" in\n\(result.stdout)\(result.stderr)")
        if c.exit != 0 {
            #expect(filesBelow(out).isEmpty, "\(c.testDescription): left \(filesBelow(out)) in the output folder")
        }
    }
}

/// Bad inputs that are too big to commit or must be made on the spot (permissions, a secret file, a full disk).
@Suite struct GeneratedBadInputTests {
    static let examples = TestPaths.examples

    func shell(_ command: String, in folder: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    func expectNoCrash(_ result: AkteBinary.Result, _ label: String) {
        #expect(result.reason != .uncaughtSignal, "\(label): died of signal \(result.status)\n\(result.stderr)")
    }

    @Test func aTenMegabyteStringIsRefusedBeforeParsing() throws {
        let folder = try TemporaryFolder.make("big")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("groot.yaml")
        let example = try String(contentsOf: Self.examples.appendingPathComponent("commissie-kinrooi.yaml"), encoding: .utf8)
        let big = example.replacingOccurrences(of: "  subject: Vermeende", with: "  subject: " + String(repeating: "x", count: 10 << 20) + " Vermeende")
        try Data(big.utf8).write(to: file)
        let result = try AkteBinary.run(["check", file.path])
        expectNoCrash(result, "10 MB string")
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(file.path):1:1: file is \(big.utf8.count) bytes, more than the 5242880 allowed"), "\(result.stderr)")
    }

    @Test func aTenMegabyteLineOfJSONLinesDataIsRenderedOrRefusedWithoutCrashing() throws {
        let folder = try TemporaryFolder.make("bigline")
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = folder.appendingPathComponent("t.txt")
        try "{{ naam }}\n".write(to: template, atomically: true, encoding: .utf8)
        let data = folder.appendingPathComponent("d.jsonl")
        try Data(("{\"naam\": \"" + String(repeating: "é", count: 5 << 20) + "\"}\n").utf8).write(to: data)
        let out = folder.appendingPathComponent("out")
        let result = try AkteBinary.run(["render", template.path, "--data", data.path, "--out", out.path])
        expectNoCrash(result, "10 MB line")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Data(contentsOf: out.appendingPathComponent("doc_0000.txt")).count == (10 << 20) + 1)
    }

    @Test func aZipBombTemplateIsRefusedBeforeInflating() throws {
        let folder = try TemporaryFolder.make("bomb")
        defer { try? FileManager.default.removeItem(at: folder) }
        try "application/vnd.oasis.opendocument.text".write(to: folder.appendingPathComponent("mimetype"), atomically: true, encoding: .utf8)
        // 200 MB of zeros deflate to about 200 KB: a ratio of 1000:1.
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("content.xml").path, contents: nil)
        let handle = try FileHandle(forWritingTo: folder.appendingPathComponent("content.xml"))
        try handle.truncate(atOffset: 200 << 20)
        try handle.close()
        try #require(try shell("zip -q -X -0 bomb.odt mimetype && zip -q -X -9 bomb.odt content.xml && rm content.xml", in: folder) == 0)
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let data = folder.appendingPathComponent("d.json")
        try "{}".write(to: data, atomically: true, encoding: .utf8)
        for arguments in [["render", folder.appendingPathComponent("bomb.odt").path, "--data", data.path, "--out", out.appendingPathComponent("x.odt").path],
                          ["validate", folder.appendingPathComponent("bomb.odt").path],
                          ["templates", "keys", folder.appendingPathComponent("bomb.odt").path]] {
            let result = try AkteBinary.run(arguments)
            expectNoCrash(result, arguments[0])
            #expect(result.status == 2, "\(arguments[0]): \(result.stdout)\(result.stderr)")
            #expect((result.stdout + result.stderr).contains("compression ratio"), "\(result.stdout)\(result.stderr)")
            #expect((result.stdout + result.stderr).contains("(possible zip bomb)"), "\(result.stdout)\(result.stderr)")
        }
        #expect(filesBelow(out).isEmpty)
    }

    /// External entities pointing at a file the test made: refused, and its content appears in no output.
    @Test func externalEntitiesNeverReadAFile() throws {
        let folder = try TemporaryFolder.make("xxe")
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = "GEHEIM-\(UUID().uuidString)"
        let secretFile = folder.appendingPathComponent("secret.txt")
        try secret.write(to: secretFile, atomically: true, encoding: .utf8)
        let body = """
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" \
            office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>\
            <text:p>&s; {{ naam }}</text:p></office:text></office:body></office:document>
            """
        let variants = [
            "<!DOCTYPE office:document [<!ENTITY s SYSTEM \"file://\(secretFile.path)\">]>",
            "<!DOCTYPE office:document [<!ENTITY s SYSTEM \"\(secretFile.path)\">]>",
            "<!DOCTYPE office:document [<!ENTITY % p SYSTEM \"file://\(secretFile.path)\"> %p; <!ENTITY s \"x\">]>",
            "<!DOCTYPE office:document SYSTEM \"file://\(secretFile.path)\">",
        ]
        let data = folder.appendingPathComponent("d.json")
        try #"{"naam": "Eva"}"#.write(to: data, atomically: true, encoding: .utf8)
        for (index, doctype) in variants.enumerated() {
            let template = folder.appendingPathComponent("xxe\(index).fodt")
            try "<?xml version=\"1.0\"?>\n\(doctype)\n\(body)\n".write(to: template, atomically: true, encoding: .utf8)
            // The same as content.xml of an .odt package.
            let package = folder.appendingPathComponent("pkg\(index)")
            try FileManager.default.createDirectory(at: package, withIntermediateDirectories: true)
            try "application/vnd.oasis.opendocument.text".write(to: package.appendingPathComponent("mimetype"), atomically: true, encoding: .utf8)
            try "<?xml version=\"1.0\"?>\n\(doctype.replacingOccurrences(of: "office:document", with: "office:document-content"))\n\(body.replacingOccurrences(of: "office:document ", with: "office:document-content ").replacingOccurrences(of: "</office:document>", with: "</office:document-content>"))\n"
                .write(to: package.appendingPathComponent("content.xml"), atomically: true, encoding: .utf8)
            try #require(try shell("zip -q -X -0 ../xxe\(index).odt mimetype && zip -q -X ../xxe\(index).odt content.xml", in: package) == 0)
            for file in [template, folder.appendingPathComponent("xxe\(index).odt")] {
                let out = folder.appendingPathComponent("out\(index)-\(file.pathExtension)")
                try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
                let runs = [
                    try AkteBinary.run(["render", file.path, "--data", data.path, "--out", out.appendingPathComponent("x.odt").path]),
                    try AkteBinary.run(["render", file.path, "--data", data.path, "--out", out.appendingPathComponent("x.fodt").path]),
                    try AkteBinary.run(["templates", "keys", file.path]),
                    try AkteBinary.run(["validate", file.path]),
                ]
                for result in runs {
                    expectNoCrash(result, file.lastPathComponent)
                    #expect(!(result.stdout + result.stderr).contains(secret), "\(file.lastPathComponent): the secret was read")
                }
                // The DOCTYPE without entities (external subset only) is not loaded: the render may succeed,
                // but nothing of the file may reach the document.
                for name in filesBelow(out) {
                    let bytes = try Data(contentsOf: out.appendingPathComponent(name))
                    #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(name) holds the secret")
                    if index < 3 { Issue.record("\(file.lastPathComponent): rendered despite an entity declaration") }
                }
                if index < 3 {
                    #expect(runs[0].status == 2 && runs[0].stderr.contains("entity declaration"), "\(runs[0].stderr)")
                }
            }
        }
    }

    /// An unreadable case file: exit 2 naming it. As root, permissions do not stop reads: then the test
    /// checks (and says) that the file is simply read.
    @Test func anUnreadableFileIsAnInputError() throws {
        let folder = try TemporaryFolder.make("perm")
        defer {
            chmod(folder.path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        let file = folder.appendingPathComponent("zaak.yaml")
        try FileManager.default.copyItem(at: Self.examples.appendingPathComponent("commissie-kinrooi.yaml"), to: file)
        chmod(file.path, 0)
        let template = folder.appendingPathComponent("t.txt")
        try "{{ naam }}\n".write(to: template, atomically: true, encoding: .utf8)
        chmod(template.path, 0)
        let data = folder.appendingPathComponent("d.json")
        try #"{"naam": "Eva"}"#.write(to: data, atomically: true, encoding: .utf8)
        let check = try AkteBinary.run(["check", file.path])
        let render = try AkteBinary.run(["render", template.path, "--data", data.path, "--out", folder.appendingPathComponent("x.txt").path])
        expectNoCrash(check, "check")
        expectNoCrash(render, "render")
        if getuid() == 0 {
            print("running as root: chmod 000 does not stop reads; checking the files are read normally instead")
            #expect(check.status == 0, "\(check.stderr)")
            #expect(render.status == 0, "\(render.stderr)")
        } else {
            #expect(check.status == 2)
            #expect(check.stderr.contains("\(file.path):1:1: cannot read the file"), "\(check.stderr)")
            #expect(render.status == 2)
            #expect(render.stderr.contains("\(template.path): cannot read the file: Permission denied"), "\(render.stderr)")
        }
    }

    @Test func anOutputFolderWithoutWritePermission() throws {
        let folder = try TemporaryFolder.make("ro")
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        defer {
            chmod(locked.path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        chmod(locked.path, 0o555)
        let template = folder.appendingPathComponent("t.txt")
        try "{{ naam }}\n".write(to: template, atomically: true, encoding: .utf8)
        let data = folder.appendingPathComponent("d.json")
        try #"{"naam": "Eva"}"#.write(to: data, atomically: true, encoding: .utf8)
        let result = try AkteBinary.run(["render", template.path, "--data", data.path, "--out", locked.appendingPathComponent("x.txt").path])
        expectNoCrash(result, "read-only folder")
        if getuid() == 0 {
            print("running as root: a 0555 folder does not stop writes; checking the write succeeds instead")
            #expect(result.status == 0, "\(result.stderr)")
        } else {
            #expect(result.status == 3)
            #expect(result.stderr.contains("\(locked.appendingPathComponent("x.txt").path): cannot create a file in the folder: Permission denied"), "\(result.stderr)")
            #expect(filesBelow(locked).isEmpty)
        }
    }

    /// A full disk: a 64 KB tmpfs (needs root and mount permission; skipped with a reason otherwise, but not in CI).
    @Test func aFullDiskIsAnOutputErrorAndLeavesNoFile() throws {
        let folder = try TemporaryFolder.make("full")
        let mountPoint = folder.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        let mounted = try shell("mount -t tmpfs -o size=64k tmpfs '\(mountPoint.path)'", in: folder) == 0
        defer {
            if mounted { _ = try? shell("umount '\(mountPoint.path)'", in: folder) }
            try? FileManager.default.removeItem(at: folder)
        }
        guard mounted else {
            let reason = "cannot mount a 64 KB tmpfs here (not root, or mounts not permitted): full-disk test skipped"
            print(reason)
            #expect(ProcessInfo.processInfo.environment["CI"] != "true", "\(reason), but CI=true")
            return
        }
        let template = folder.appendingPathComponent("t.txt")
        try "{{ naam }}\n{{ tekst }}\n".write(to: template, atomically: true, encoding: .utf8)
        // One document of 100 KB: does not fit.
        let single = folder.appendingPathComponent("d.json")
        try #"{"naam": "Eva", "tekst": "\#(String(repeating: "x", count: 100_000))"}"#.write(to: single, atomically: true, encoding: .utf8)
        let one = try AkteBinary.run(["render", template.path, "--data", single.path, "--out", mountPoint.appendingPathComponent("brief.txt").path])
        expectNoCrash(one, "full disk")
        #expect(one.status == 3, "\(one.stderr)")
        #expect(one.stderr.contains("\(mountPoint.appendingPathComponent("brief.txt").path): cannot write: No space left on device"), "\(one.stderr)")
        #expect(filesBelow(mountPoint).isEmpty, "left \(filesBelow(mountPoint))")
        // A batch of 40 documents of 4 KB: the first ones fit, then the disk is full; none may stay.
        let lines = folder.appendingPathComponent("d.jsonl")
        let line = #"{"naam": "Eva", "tekst": "\#(String(repeating: "y", count: 4000))"}"#
        try (Array(repeating: line, count: 40).joined(separator: "\n") + "\n").write(to: lines, atomically: true, encoding: .utf8)
        let batch = try AkteBinary.run(["render", template.path, "--data", lines.path, "--out", mountPoint.appendingPathComponent("docs").path])
        expectNoCrash(batch, "full disk batch")
        #expect(batch.status == 3, "\(batch.stderr)")
        #expect(batch.stderr.contains("No space left on device"), "\(batch.stderr)")
        #expect(filesBelow(mountPoint).isEmpty, "left \(filesBelow(mountPoint))")
    }
}
