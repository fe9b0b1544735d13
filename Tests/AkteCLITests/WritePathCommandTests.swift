import Akte
import AkteTestSupport
import Foundation
import Testing

/// Issue 11, classes 1, 4–9 as a user (or an attacker) meets them on the command line.
@Suite("write paths (CLI)", .serialized)
struct WritePathCommandTests {
    static let examples = TestPaths.examples
    static let templates = TestPaths.templates
    static let environment = ["AKTE_TEMPLATES": templates.path]

    func mode(_ path: String) throws -> Int { try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! Int }

    func shell(_ command: String, in folder: URL) throws -> AkteBinary.Result {
        try ProgramResult.run(URL(fileURLWithPath: "/bin/sh"), ["-c", command], currentDirectory: folder, environment: Self.environment)
    }

    // MARK: class 1

    @Test func everyWroteLineNamesAFileThatExists() throws {
        let folder = try TemporaryFolder.make("wrote")
        defer { try? FileManager.default.removeItem(at: folder) }
        for out in ["Uit", "Uit2/", "./Uit3//sub", folder.appendingPathComponent("abs").path] {
            let result = try AkteBinary.run(["generate", Self.examples.appendingPathComponent("commissie-kinrooi.yaml").path, "--out", out],
                                            currentDirectory: folder, environment: Self.environment)
            #expect(result.status == 0, "\(result.stderr)")
            for line in result.stdout.split(separator: "\n") {
                let path = String(line.dropFirst("wrote ".count).prefix { $0 != " " })
                let absolute = path.hasPrefix("/") ? path : folder.appendingPathComponent(path).path
                #expect(FileManager.default.fileExists(atPath: absolute), "\(line)")
            }
        }
    }

    @Test("render --name never yields a path outside, a hidden file or a name with control characters", arguments: [
        ("../buiten", "starts with a dot (the file would be hidden)"), ("..", "is \"..\", the folder above the output folder"), (".", "is \".\", the output folder itself"),
        // Control characters: refused here, or already by the JSON reader (issue 11, item 15); never a file.
        ("a\\nb", ""), ("\\u001b[31mrood", ""), ("", "is empty"),
    ])
    func renderNames(_ pair: (String, String)) throws {
        let folder = try TemporaryFolder.make("names")
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = folder.appendingPathComponent("t.txt")
        try "{{ naam }}\n".write(to: template, atomically: true, encoding: .utf8)
        let data = folder.appendingPathComponent("d.jsonl")
        try "{\"naam\": \"Eva\", \"id\": \"ok\"}\n{\"naam\": \"Eva\", \"id\": \"\(pair.0)\"}\n".write(to: data, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try AkteBinary.run(["render", template.path, "--data", data.path, "--out", out.path, "--name", "{{ id }}"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("\(data.path):2: "), "\(result.stderr)")
        #expect(pair.1.isEmpty || result.stderr.contains("--name gives"), "\(result.stderr)")
        #expect(pair.1.isEmpty || result.stderr.contains(pair.1), "\(result.stderr)")
        #expect(!result.stderr.contains("\u{1B}"), "the escape sequence reached the terminal")
        #expect(filesBelow(out).isEmpty, "\(filesBelow(out))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["d.jsonl", "out", "t.txt"])
    }

    // MARK: class 4: a failed or interrupted render --force batch keeps what it replaced

    func batch(in folder: URL, count: Int, version: String, failAt: Int? = nil) throws -> URL {
        var text = ""
        for i in 0..<count { text += i == failAt ? "{\"x\": \n" : "{\"id\": \"doc\(i)\", \"versie\": \"\(version)\"}\n" }
        let data = folder.appendingPathComponent("\(version).jsonl")
        try text.write(to: data, atomically: true, encoding: .utf8)
        return data
    }

    func versions(_ out: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: out.path) {
            result[name] = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
        }
        return result
    }

    @Test func aFailedForceBatchPutsTheReplacedDocumentsBack() throws {
        let folder = try TemporaryFolder.make("forcefail")
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = folder.appendingPathComponent("t.txt")
        try "{{ id }} {{ versie }}\n".write(to: template, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let first = try AkteBinary.run(["render", template.path, "--data", try batch(in: folder, count: 50, version: "oud").path, "--out", out.path, "--name", "{{ id }}"])
        try #require(first.status == 0, "\(first.stderr)")
        let before = try versions(out)
        #expect(before.count == 50)
        let second = try AkteBinary.run(["render", template.path, "--data", try batch(in: folder, count: 60, version: "nieuw", failAt: 45).path,
                                         "--out", out.path, "--name", "{{ id }}", "--force", "--jobs", "1"])
        #expect(second.status == 2, "\(second.stderr)")
        #expect(try versions(out) == before)
    }

    @Test("SIGTERM or SIGINT during a render --force batch: says so, exit 128+n, the folder as before", arguments: [SIGTERM, SIGINT])
    func interruptedBatch(_ signal: Int32) throws {
        let folder = try TemporaryFolder.make("sig")
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = Self.templates.appendingPathComponent("oproeping.fodt")
        let sample = try Data(contentsOf: Self.templates.appendingPathComponent("samples/oproeping.json"))
        let line = String(decoding: try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: sample)), as: UTF8.self)
        let count = 1500
        let old = folder.appendingPathComponent("oud.jsonl")
        try (0..<count).map { _ in line }.joined(separator: "\n").appending("\n").write(to: old, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let first = try AkteBinary.run(["render", template.path, "--data", old.path, "--out", out.path, "--format", "fodt"])
        try #require(first.status == 0, "\(first.stderr)")
        let before = try versions(out)

        let process = Process()
        process.executableURL = AkteBinary.executableURL
        process.arguments = ["render", template.path, "--data", old.path, "--out", out.path, "--format", "fodt", "--force", "--jobs", "1"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Wait until the batch has replaced some documents (a hidden copy of a replaced one exists).
        let deadline = ContinuousClock.now + .seconds(60)
        while process.isRunning && ContinuousClock.now < deadline {
            if ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).contains(where: { $0.hasSuffix(".orig") }) { break }
            usleep(2000)
        }
        try #require(process.isRunning, "the batch ended before it could be interrupted")
        usleep(50_000)
        kill(process.processIdentifier, signal)
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "died of the signal instead of handling it")
        #expect(process.terminationStatus == 128 + signal)
        #expect(message.contains("interrupted (\(signal == SIGTERM ? "SIGTERM" : "SIGINT"))"), "\(message)")
        #expect(message.contains("were put back"), "\(message)")
        #expect(try versions(out) == before, "the folder changed")
    }

    // MARK: class 3: a killed generate --force leaves the previous set, the new one, or what the next run undoes

    func snapshot(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where !name.hasPrefix(".") {
            result[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return result
    }

    @Test func aKilledGenerateLeavesOneWholeSet() throws {
        let folder = try TemporaryFolder.make("killgen")
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = Self.examples.appendingPathComponent("commissie-kinrooi.yaml")
        let text = try String(contentsOf: example, encoding: .utf8)
        // The same documents (same names), other contents.
        let edited = text.replacingOccurrences(of: "  subject: Vermeende schending van het beroepsgeheim na een besloten zitting",
                                               with: "  subject: Vermeende schending van het beroepsgeheim na een besloten vergadering")
        try #require(edited != text)
        let newCase = folder.appendingPathComponent("nieuw.yaml")
        try edited.write(to: newCase, atomically: true, encoding: .utf8)
        func generate(_ file: URL, into out: URL, force: Bool = false) throws -> AkteBinary.Result {
            try AkteBinary.run(["generate", file.path, "--out", out.path, "--format", "txt", "--quiet"] + (force ? ["--force"] : []), environment: Self.environment)
        }
        let oldOut = folder.appendingPathComponent("oud"), newOut = folder.appendingPathComponent("ref")
        try #require(try generate(example, into: oldOut).status == 0)
        let started = ContinuousClock.now
        let reference = try generate(newCase, into: newOut)
        let full = started.duration(to: .now)
        try #require(reference.status == 0, "\(reference.stderr)")
        let old = try snapshot(oldOut.appendingPathComponent("DC-2025-03")), new = try snapshot(newOut.appendingPathComponent("DC-2025-03"))
        try #require(Set(old.keys) == Set(new.keys) && old != new && !old.isEmpty)
        let seconds = Double(full.components.seconds) + Double(full.components.attoseconds) / 1e18
        var recovered = 0, outcomes: [String: Int] = [:]
        for round in 0..<30 {
            let out = folder.appendingPathComponent("run\(round)")
            try FileManager.default.copyItem(at: oldOut, to: out)
            let process = Process()
            process.executableURL = AkteBinary.executableURL
            process.arguments = ["generate", newCase.path, "--out", out.path, "--format", "txt", "--quiet", "--force"]
            process.environment = ProcessInfo.processInfo.environment.merging(Self.environment) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: seconds * Double.random(in: 0.3...1.2))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let caseFolder = out.appendingPathComponent("DC-2025-03")
            let left = try FileManager.default.contentsOfDirectory(atPath: caseFolder.path).filter { $0.hasPrefix(".akte-staging-") }
            if !left.isEmpty {
                recovered += 1
                StaleFiles.recover(in: caseFolder)
            }
            let now = try snapshot(caseFolder)
            let outcome = now == old ? "old" : now == new ? "new" : "mixed"
            outcomes[outcome, default: 0] += 1
            #expect(outcome != "mixed", "round \(round): neither the previous nor the new set (staging left: \(left))")
            #expect(try FileManager.default.contentsOfDirectory(atPath: caseFolder.path).allSatisfy { !$0.hasPrefix(".akte-staging-") })
            try FileManager.default.removeItem(at: out)
        }
        print("killed generate: \(outcomes), \(recovered) staging folders undone by the next run")
    }

    // MARK: class 5

    @Test func renderForceNeverReplacesAFIFOOrASymbolicLink() throws {
        let folder = try TemporaryFolder.make("fifo")
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = folder.appendingPathComponent("t.txt")
        try "{{ naam }}\n".write(to: template, atomically: true, encoding: .utf8)
        let data = folder.appendingPathComponent("d.json")
        try #"{"naam": "Eva"}"#.write(to: data, atomically: true, encoding: .utf8)
        let fifo = folder.appendingPathComponent("pijp.txt")
        try #require(mkfifo(fifo.path, 0o600) == 0)
        let elsewhere = folder.appendingPathComponent("elders.txt")
        try "elders".write(to: elsewhere, atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("link.txt")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: elsewhere)
        for (target, what) in [(fifo, "a FIFO (named pipe)"), (link, "a symbolic link")] {
            for arguments in [["render", template.path, "--data", data.path, "--out", target.path, "--force"],
                              ["stats", Self.examples.appendingPathComponent("reflectiekamer-voorbeeld.yaml").path, "--out", target.path, "--force"],
                              ["init", "commission", target.path, "--force"]] {
                let result = try AkteBinary.run(arguments)
                #expect(result.status == 3, "\(arguments[0]): \(result.stderr)")
                #expect(result.stderr.contains("is \(what), not a regular file"), "\(arguments[0]): \(result.stderr)")
                var info = stat()
                #expect(lstat(target.path, &info) == 0 && info.st_mode & S_IFMT == (target == fifo ? S_IFIFO : S_IFLNK))
            }
        }
        #expect(try String(contentsOf: elsewhere, encoding: .utf8) == "elders")
    }

    // MARK: class 6: the policy under any umask, for every writer

    @Test("every writer: files 0600, the folders it makes 0700", arguments: ["000", "077"])
    func everyWriterUnderUmask(_ mask: String) throws {
        let folder = try TemporaryFolder.make("umask")
        defer { try? FileManager.default.removeItem(at: folder) }
        let akte = AkteBinary.executableURL.path
        let reflection = Self.examples.appendingPathComponent("reflectiekamer-voorbeeld.yaml").path
        let template = folder.appendingPathComponent("t.txt")
        try "{{ naam }}\n".write(to: template, atomically: true, encoding: .utf8)
        try #"{"naam": "Eva"}"#.write(to: folder.appendingPathComponent("d.json"), atomically: true, encoding: .utf8)
        try "{\"naam\": \"Eva\"}\n{\"naam\": \"Jan\"}\n".write(to: folder.appendingPathComponent("d.jsonl"), atomically: true, encoding: .utf8)
        let script = """
            umask \(mask) && \
            '\(akte)' generate '\(Self.examples.appendingPathComponent("commissie-kinrooi.yaml").path)' --out Uit --quiet && \
            '\(akte)' generate '\(reflection)' --out Uit --quiet && \
            '\(akte)' render t.txt --data d.json --out brief.txt && \
            '\(akte)' render t.txt --data d.jsonl --out reeks && \
            '\(akte)' stats '\(reflection)' --out stats.csv && \
            '\(akte)' demo --out Demo > /dev/null && \
            '\(akte)' init reflection starter.yaml > /dev/null
            """
        let result = try shell(script, in: folder)
        try #require(result.status == 0, "\(result.stderr)")
        for path in ["Uit", "Uit/DC-2025-03", "Uit/RK-2025-07", "reeks", "Demo", "Demo/demo"] {
            #expect(try mode(folder.appendingPathComponent(path).path) == 0o700, "\(path)")
        }
        var files = ["brief.txt", "stats.csv", "Demo/demo/voorbeeldbrief.odt", "starter.yaml", "reeks/doc_0000.txt", "reeks/doc_0001.txt"]
        for case_ in ["DC-2025-03", "RK-2025-07"] {
            files += try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Uit/\(case_)").path).map { "Uit/\(case_)/\($0)" }
        }
        #expect(files.count > 40)
        for file in files { #expect(try mode(folder.appendingPathComponent(file).path) == 0o600, "\(file)") }
    }

    // MARK: class 7: PDF staging private and removed, also when interrupted

    /// A stand-in for LibreOffice: records the modes of its working folder and copies, then writes a PDF per
    /// document (or sleeps, to be interrupted).
    func fakeSoffice(in folder: URL, sleep seconds: Int = 0) throws -> URL {
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let log = folder.appendingPathComponent("soffice-seen.txt")
        let script = """
            #!/bin/sh
            out=""; profile=""; files=""
            while [ $# -gt 0 ]; do
              case "$1" in
                --outdir) out="$2"; shift ;;
                --convert-to) shift ;;
                -env:UserInstallation=file://*) profile="${1#-env:UserInstallation=file://}" ;;
                -*) ;;
                *) files="$files $1" ;;
              esac
              shift
            done
            work=$(dirname "$out")
            { echo "work $(stat -c %a "$work") $work"; echo "profile $(stat -c %a "$profile")"; for f in $files; do echo "file $(stat -c %a "$f")"; done; } > '\(log.path)'
            sleep \(seconds)
            for f in $files; do b=$(basename "$f" .odt); printf '%%PDF-1.4 fake' > "$out/$b.pdf"; done
            """
        let program = bin.appendingPathComponent("soffice")
        try script.write(to: program, atomically: true, encoding: .utf8)
        chmod(program.path, 0o755)
        return bin
    }

    @Test func thePDFStagingFolderIsPrivateAndRemoved() throws {
        let folder = try TemporaryFolder.make("pdf")
        defer { try? FileManager.default.removeItem(at: folder) }
        let bin = try fakeSoffice(in: folder)
        let result = try AkteBinary.run(["generate", Self.examples.appendingPathComponent("reflectiekamer-voorbeeld.yaml").path, "--out", "Uit", "--format", "pdf"],
                                        currentDirectory: folder, environment: Self.environment.merging(["PATH": bin.path + ":/usr/bin:/bin"]) { $1 })
        #expect(result.status == 0, "\(result.stderr)")
        let seen = try String(contentsOf: folder.appendingPathComponent("soffice-seen.txt"), encoding: .utf8).split(separator: "\n")
        let work = try #require(seen.first { $0.hasPrefix("work ") }).split(separator: " ")
        #expect(work[1] == "700")
        #expect(seen.contains("profile 700"))
        #expect(seen.filter { $0.hasPrefix("file ") }.allSatisfy { $0 == "file 600" } && seen.contains("file 600"))
        #expect(!FileManager.default.fileExists(atPath: String(work[2])), "the staging folder was left")
        #expect(try mode(folder.appendingPathComponent("Uit/RK-2025-07/01-reflectieverslag.pdf").path) == 0o600)
    }

    @Test func anInterruptedPDFConversionRemovesItsCopies() throws {
        let folder = try TemporaryFolder.make("pdfsig")
        defer { try? FileManager.default.removeItem(at: folder) }
        let bin = try fakeSoffice(in: folder, sleep: 30)
        let process = Process()
        process.executableURL = AkteBinary.executableURL
        process.arguments = ["generate", Self.examples.appendingPathComponent("reflectiekamer-voorbeeld.yaml").path, "--out", "Uit", "--format", "odt,pdf"]
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(Self.environment.merging(["PATH": bin.path + ":/usr/bin:/bin"]) { $1 }) { $1 }
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let log = folder.appendingPathComponent("soffice-seen.txt")
        let deadline = ContinuousClock.now + .seconds(60)
        while !FileManager.default.fileExists(atPath: log.path) && ContinuousClock.now < deadline { usleep(10_000) }
        usleep(100_000)
        kill(process.processIdentifier, SIGTERM)
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 128 + SIGTERM, "\(message)")
        #expect(message.contains("interrupted (SIGTERM) during the PDF conversion"), "\(message)")
        let work = try #require(try String(contentsOf: log, encoding: .utf8).split(separator: "\n").first { $0.hasPrefix("work ") }).split(separator: " ")[2]
        #expect(!FileManager.default.fileExists(atPath: String(work)), "the private copies were left in \(work)")
        #expect(filesBelow(folder.appendingPathComponent("Uit")).isEmpty)
    }

    // MARK: class 8: stats

    @Test func statsCopiesNoThemeAndCountsASessionOnce() throws {
        let folder = try TemporaryFolder.make("stats")
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = Self.examples.appendingPathComponent("reflectiekamer-voorbeeld.yaml")
        let text = try String(contentsOf: example, encoding: .utf8)
        let leaky = text.replacingOccurrences(of: "themes: [belangenvermenging, onthouding]",
                                              with: "themes: [\"=HYPERLINK(\\\"http://x\\\")\", \"geschenk van Marijke uit Oostervelde\", \"+1\", \"@SUM(A1)\"]")
            .replacingOccurrences(of: "number: RK-2025-07", with: "number: RK-2025-08")
        #expect(leaky != text)
        try leaky.write(to: folder.appendingPathComponent("lek.yaml"), atomically: true, encoding: .utf8)
        try text.write(to: folder.appendingPathComponent("kopie.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("link.yaml"), withDestinationURL: example)
        let result = try AkteBinary.run(["stats", example.path, "link.yaml", "kopie.yaml", "lek.yaml", "./lek.yaml"], currentDirectory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        // RK-2025-07 once (given three times: the file, a link to it, a copy), RK-2025-08 once.
        #expect(result.stdout == """
            thema,rolcategorie,jaar,maand,aantal\r
            ander thema,uitvoerend mandataris,2025,5,1\r
            belangenvermenging,uitvoerend mandataris,2025,5,1\r
            geschenken en voordelen,uitvoerend mandataris,2025,5,1\r

            """)
        for secret in ["Marijke", "Oostervelde", "HYPERLINK", "=", "@", "+1"] { #expect(!result.stdout.contains(secret), "\(secret)") }
        #expect(result.stderr.contains("link.yaml: the same file as \(example.path); counted once"), "\(result.stderr)")
        #expect(result.stderr.contains("kopie.yaml: session \"RK-2025-07\" is also in \(example.path); counted once"), "\(result.stderr)")
        #expect(result.stderr.contains("./lek.yaml: the same file as lek.yaml; counted once"), "\(result.stderr)")
    }

    // MARK: class 9: messages

    @Test func anEmptyOutIsAnInputError() throws {
        let folder = try TemporaryFolder.make("emptyout")
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in ["generate", "demo"] {
            let arguments = command == "generate" ? ["generate", Self.examples.appendingPathComponent("commissie-kinrooi.yaml").path, "--out", ""] : ["demo", "--out", ""]
            let result = try AkteBinary.run(arguments, currentDirectory: folder, environment: Self.environment)
            #expect(result.status == 2, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("--out: the output folder is empty"), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func demoIntoAFileSaysSo() throws {
        let folder = try TemporaryFolder.make("demofile")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("bestand"))
        let result = try AkteBinary.run(["demo", "--out", "bestand"], currentDirectory: folder)
        #expect(result.status == 3)
        #expect(result.stderr.contains("bestand: is a file, not a folder; --out names the folder the sample letter goes into"), "\(result.stderr)")
        #expect(!result.stderr.contains("NSCocoaErrorDomain") && !result.stderr.contains("Error Domain"), "\(result.stderr)")
    }

    @Test func checkReportsDocumentsThatWouldOverwriteEachOther() throws {
        let folder = try TemporaryFolder.make("collide")
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = Self.examples.appendingPathComponent("commissie-voorbeeld.yaml")
        let hearing = "  - {meeting: hoorzitting, person: wim, role: melder, status: gehoord, summary: \"Hij lichtte de melding toe en bezorgde de e-mail van 12 juni 2025.\"}"
        let text = try String(contentsOf: example, encoding: .utf8)
        try #require(text.contains(hearing))
        let file = folder.appendingPathComponent("zaak.yaml")
        try text.replacingOccurrences(of: hearing, with: hearing + "\n" + hearing).write(to: file, atomically: true, encoding: .utf8)
        let wim = text.components(separatedBy: "\n").firstIndex { $0.contains("{id: wim,") }! + 1
        let check = try AkteBinary.run(["check", file.path])
        #expect(check.status == 1, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("\(file.path):\(wim):5: error: 2 documents would be written as 02-uitnodiging-hoorzitting-2025-09-04-wim-janssens"), "\(check.stdout)")
        let generate = try AkteBinary.run(["generate", file.path, "--out", "Uit"], currentDirectory: folder, environment: Self.environment)
        #expect(generate.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Uit").path))
    }
}
