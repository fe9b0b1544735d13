import AkteCase
import AkteRules
import AkteTestSupport
import Foundation
import Testing
@testable import Akte

/// Issue 11, classes 1–3, 5, 6: what becomes a path, unique file names, all-or-nothing sets, regular files
/// only, and the 0600/0700 policy.
@Suite("write paths: names, sets, modes")
struct WritePathTests {
    // MARK: - class 1: every path component is one visible name inside the output folder

    @Test("refused as a path component", arguments: [
        "", ".", "..", "../x", "a/b", "a\\b", ".verborgen", "-rf", "regel\nbreuk", "esc\u{1B}[31m", "nul\u{0}",
        "rtl\u{202E}txt", "zero\u{200B}width", " spatie", String(repeating: "x", count: 121),
    ])
    func refusedComponents(_ name: String) {
        #expect(FileName.problem(with: name) != nil, "\(FileName.quoted(name)) accepted")
    }

    @Test("accepted as a path component", arguments: ["DC-2025-01", "RK-2025-07", "dossier 12", "Zoë & Co", "2025.01", "محمد"])
    func acceptedComponents(_ name: String) {
        #expect(FileName.problem(with: name) == nil)
    }

    @Test func aCaseNumberThatClimbsOutIsRefusedWithItsPosition() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        for number in ["\"..\"", "\"../buiten\"", "\"/etc\"", "\".verborgen\""] {
            let file = try Examples.edited(Examples.wommelgem, in: folder, [("  number: DC-2025-01", "  number: \(number)")])
            let line = try Examples.text(Examples.wommelgem).components(separatedBy: "\n").firstIndex { $0.hasPrefix("  number: DC-2025-01") }! + 1
            let out = folder.appendingPathComponent("out")
            #expect(throws: GenerateError.self) { try Examples.generate(file, out: out) }
            do {
                _ = try Examples.generate(file, out: out)
            } catch {
                #expect("\(error)".contains("\(file.path):\(line):11: case.number:"), "\(error)")
            }
            // Nothing beside or above the output folder, and no output folder at all.
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [Examples.wommelgem])
        }
    }

    // MARK: - class 2: unique, readable names in every alphabet

    @Test("slugs of other alphabets are readable Latin", arguments: [
        ("Γιώργος Παπαδόπουλος", "giorgos-papadopoulos"), ("Дмитрий Иванов", "dmitrij-ivanov"), ("Yıldız Wałęsa", "yildiz-walesa"),
        ("Sofie Goossens", "sofie-goossens"), ("D’Hondt", "d-hondt"), ("Ærø", "aero"),
    ])
    func slugs(_ pair: (String, String)) {
        #expect(FileName.slug(pair.0) == pair.1)
    }

    @Test func arabicAndEmptySlugsAreNeverEmpty() throws {
        #expect(!FileName.slug("محمد العلي").isEmpty)
        #expect(FileName.slug("🙂") == "")
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        // An emoji-only name falls back to the person's id: never "01-oproeping-<date>-.odt".
        let file = try Examples.edited(Examples.wommelgem, in: folder, [("name: Dirk Hermans, surname: Hermans", "name: 🙂, surname: X")])
        let result = try Examples.generate(file, out: folder.appendingPathComponent("out"), formats: [.txt], only: [.oproeping])
        let names = result.written.map(\.url.lastPathComponent)
        #expect(names.contains("01-oproeping-2025-09-04-dirk.txt"), "\(names)")
        #expect(!names.contains { $0.hasSuffix("-.txt") })
    }

    @Test func twoMembersWithTheSameNameGetTwoFilesNamedByTheirIds() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Examples.edited(Examples.wommelgem, in: folder, [("name: Lotte Claes, surname: Claes", "name: Koen Mertens, surname: Mertens")])
        let result = try Examples.generate(file, out: folder.appendingPathComponent("out"), formats: [.txt], only: [.oproeping])
        let names = Set(result.written.map(\.url.lastPathComponent))
        #expect(names.count == result.written.count, "two documents share a name")
        #expect(names.isSuperset(of: ["01-oproeping-2025-09-04-koen-mertens-koen.txt", "01-oproeping-2025-09-04-koen-mertens-lotte.txt"]))
        // 7 members × 2 meetings less the chair's own two (art. 45 §5: the substitute replaces the respondent;
        // art. 46 §1: the chair convenes and gets no letter of her own), each one file.
        #expect(names.count == 12)
    }

    @Test func twoMeetingsOnOneDayKeepBothMinutes() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Examples.edited(Examples.wommelgem, in: folder, [("    date: 2025-09-04\n    time: \"19:30\"", "    date: 2025-09-18\n    time: \"19:30\"")])
        let result = try Examples.generate(file, out: folder.appendingPathComponent("out"), formats: [.txt], only: [.verslag])
        #expect(result.written.map(\.url.lastPathComponent).sorted() == ["06-verslag-2025-09-18-beraadslaging.txt", "06-verslag-2025-09-18-hoorzitting.txt"])
    }

    @Test func aPersonHeardTwiceAtOneMeetingIsACollisionThatGenerateRefuses() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let hearing = "  - {meeting: hoorzitting, person: wim, role: melder, status: gehoord, summary: \"Hij lichtte de melding toe en bezorgde de e-mail van 12 juni 2025.\"}"
        let file = try Examples.edited(Examples.wommelgem, in: folder, [(hearing, hearing + "\n" + hearing)])
        let out = folder.appendingPathComponent("out")
        #expect {
            try Examples.generate(file, out: out)
        } throws: { error in
            guard let lines = (error as? GenerateError)?.ruleViolationLines else { return false }
            return lines.count == 1 && lines[0].contains("error: 2 documents would be written as 02-uitnodiging-hoorzitting-2025-09-04-wim-janssens")
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    // MARK: - class 3 and 5: all or nothing, regular files only

    func files(_ names: [String], _ text: String) -> [(name: String, data: Data)] {
        names.map { ($0, Data("\(text) \($0)".utf8)) }
    }

    func contents(_ folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            result[name] = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? "<not a file>"
        }
        return result
    }

    @Test func aFailureWhileReplacingKeepsThePreviousSet() throws {
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        let directory = out.appendingPathComponent("DC-1")
        _ = try DocumentSetWriter().write(files(["a.txt", "b.txt", "c.txt"], "oud"), into: directory)
        let before = try contents(directory)
        var writer = DocumentSetWriter(overwrite: true)
        writer.faultAfterMoves = 2
        #expect(throws: DocumentWriteError.self) { try writer.write(files(["a.txt", "b.txt", "c.txt", "d.txt"], "nieuw"), into: directory) }
        #expect(try contents(directory) == before)
    }

    @Test func aNameTakenAfterTheCheckIsRefusedAndNothingIsLeft() throws {
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        let directory = out.appendingPathComponent("DC-1")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("van iemand anders".utf8).write(to: directory.appendingPathComponent("c.txt"))
        #expect(throws: DocumentWriteError.existing(paths: [directory.appendingPathComponent("c.txt").path])) {
            try DocumentSetWriter().write(files(["a.txt", "b.txt", "c.txt"], "nieuw"), into: directory)
        }
        #expect(try contents(directory) == ["c.txt": "van iemand anders"])
    }

    @Test func aKilledReplacementIsUndoneByTheNextRun() throws {
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        let directory = out.appendingPathComponent("DC-1")
        _ = try DocumentSetWriter().write(files(["a.txt", "b.txt"], "oud"), into: directory)
        let before = try contents(directory)
        var writer = DocumentSetWriter(overwrite: true)
        writer.faultAfterMoves = 2
        writer.simulateCrash = true
        #expect(throws: DocumentWriteError.self) { try writer.write(files(["a.txt", "b.txt", "c.txt"], "nieuw"), into: directory) }
        // As a SIGKILLed run leaves it: a mix, and the staging folder with the journal.
        #expect(try contents(directory) != before)
        let staging = try #require(try FileManager.default.contentsOfDirectory(atPath: directory.path).first { $0.hasPrefix(".akte-staging-") })
        // Give it the id of a process that has ended.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let dead = staging.replacingOccurrences(of: "-\(getpid())-", with: "-\(ended.processIdentifier)-")
        try FileManager.default.moveItem(at: directory.appendingPathComponent(staging), to: directory.appendingPathComponent(dead))
        StaleFiles.recover(in: directory)
        #expect(try contents(directory) == before)
    }

    @Test func aLeftoverTemporaryFileOfADeadRunIsRemoved() throws {
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        let directory = out.appendingPathComponent("DC-1")
        _ = try DocumentSetWriter().write(files(["a.txt"], "oud"), into: directory)
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let leftover = directory.appendingPathComponent(".akte-\(ended.processIdentifier)-\(UUID().uuidString).tmp")
        // Not akte's shape: left alone even though the number is no process.
        let foreign = directory.appendingPathComponent(".akte-\(ended.processIdentifier)-notes.tmp")
        try Data("mine".utf8).write(to: foreign)
        try Data("half".utf8).write(to: leftover)
        let alive = directory.appendingPathComponent(".akte-\(getpid())-1.tmp")
        try Data("mine".utf8).write(to: alive)
        _ = try DocumentSetWriter(overwrite: true).write(files(["a.txt"], "nieuw"), into: directory)
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(FileManager.default.fileExists(atPath: alive.path), "a running process's file was removed")
        #expect(FileManager.default.fileExists(atPath: foreign.path))
    }

    @Test func forceNeverReplacesAFIFOOrASymbolicLink() throws {
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        let directory = out.appendingPathComponent("DC-1")
        _ = try DocumentSetWriter().write(files(["a.txt", "b.txt"], "oud"), into: directory)
        let fifo = directory.appendingPathComponent("b.txt")
        try FileManager.default.removeItem(at: fifo)
        try #require(mkfifo(fifo.path, 0o644) == 0)
        #expect(throws: DocumentWriteError.notARegularFile(path: fifo.path, what: "a FIFO (named pipe)")) {
            try DocumentSetWriter(overwrite: true).write(files(["a.txt", "b.txt"], "nieuw"), into: directory)
        }
        var info = stat()
        #expect(lstat(fifo.path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(try String(contentsOf: directory.appendingPathComponent("a.txt"), encoding: .utf8) == "oud a.txt")

        let elsewhere = out.appendingPathComponent("elders.txt")
        try Data("elders".utf8).write(to: elsewhere)
        let link = directory.appendingPathComponent("c.txt")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: elsewhere)
        #expect(throws: DocumentWriteError.notARegularFile(path: link.path, what: "a symbolic link")) {
            try DocumentSetWriter(overwrite: true).write(files(["c.txt"], "nieuw"), into: directory)
        }
        #expect(throws: DocumentWriteError.self) { try DocumentWriter(overwrite: true).write(Data("x".utf8), to: link) }
        #expect(try String(contentsOf: elsewhere, encoding: .utf8) == "elders")
        #expect(lstat(link.path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
    }

    @Test func aCaseFolderThatIsASymbolicLinkIsRefused() throws {
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        let elsewhere = out.appendingPathComponent("elders")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: out.appendingPathComponent("DC-1"), withDestinationURL: elsewhere)
        #expect(throws: DocumentWriteError.self) {
            try DocumentSetWriter().write(files(["a.txt"], "nieuw"), into: out.appendingPathComponent("DC-1"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }

    // MARK: - class 6: one mode for every file and folder, whatever the umask

    /// (The umask is process-wide, so the variations under umask 000 and 077 run in child processes:
    /// WritePathCommandTests.everyWriterUnderUmask.)
    @Test func filesAre0600AndCaseFolders0700() throws {
        let out = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try Examples.generate(Examples.folder.appendingPathComponent(Examples.wommelgem), out: out.appendingPathComponent("nieuw"))
        func mode(_ url: URL) throws -> Int { try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as! Int }
        #expect(try mode(result.directory) == 0o700)
        #expect(try mode(out.appendingPathComponent("nieuw")) == 0o700)
        for document in result.written { #expect(try mode(document.url) == 0o600, "\(document.url.lastPathComponent)") }
        // Replacing keeps the policy, and so does the single-file writer (stats, init).
        let again = try Examples.generate(Examples.folder.appendingPathComponent(Examples.wommelgem), out: out.appendingPathComponent("nieuw"), force: true)
        for document in again.written { #expect(try mode(document.url) == 0o600) }
        let single = out.appendingPathComponent("stats.csv")
        try DocumentWriter().write(Data("x".utf8), to: single)
        #expect(try mode(single) == 0o600)
    }

    /// Every template that marks its page confidential is written 0600 (the policy covers every kind).
    @Test func everyTemplateMarkedConfidentialIsWrittenOwnerOnly() throws {
        let templates = try FileManager.default.contentsOfDirectory(atPath: Examples.templates.path)
        var marked = 0
        for kind in ArtefactKind.allCases {
            for ext in ["txt", "fodt"] where templates.contains("\(kind.templateName).\(ext)") {
                let text = try String(contentsOf: Examples.templates.appendingPathComponent("\(kind.templateName).\(ext)"), encoding: .utf8)
                if text.contains("VERTROUWELIJK") || text.contains("BESLOTEN ZITTING") {
                    marked += 1
                    #expect(kind.isConfidential, "\(kind.templateName).\(ext) says it is confidential")
                }
            }
        }
        #expect(marked > 0)
        #expect(ArtefactKind.allCases.allSatisfy { $0.isConfidential })
        #expect(DocumentAccess.ordinary.mode == 0o600 && DocumentAccess.confidential.mode == 0o600)
    }
}
