import AkteSystem
import AkteZip
import AkteTestSupport
import Foundation
import Testing

private let odtType = Data("application/vnd.oasis.opendocument.text".utf8)

private func sampleArchive(timestamp: ZipTimestamp = .fromEnvironment([:])) throws -> Data {
    let writer = try ZipBuilder(timestamp: timestamp)
    try writer.add("mimetype", data: odtType, compression: .stored)
    try writer.add("content.xml", data: Data(String(repeating: "<p>hallo</p>", count: 200).utf8), compression: .deflated)
    try writer.add("Pictures/logo.png", data: Data([0x89, 0x50, 0x4E, 0x47]), compression: .stored)
    return try writer.finish()
}

/// Runs a program on PATH; its standard output and error together (nil when it is not installed).
private func run(_ program: String, _ arguments: [String], in folder: URL? = nil) -> (status: Int32, output: String)? {
    guard let result = try? ProgramResult.run(program: program, arguments, in: folder), result.status != 127 else { return nil }
    return (result.status, result.stdout + result.stderr)
}

/// What `ZipBuilder` writes, read back by libzip (`ZipArchive`) and `zipinfo`.
@Suite struct ZipRoundTripTests {
    @Test func roundTripKeepsOrderMethodsAndBytes() throws {
        let archive = try ZipArchive(data: try sampleArchive())
        #expect(archive.entryNames == ["mimetype", "content.xml", "Pictures/logo.png"])
        #expect(archive.entries.map(\.compressionMethod) == [0, 8, 0])
        #expect(archive.entries.allSatisfy { !$0.hasExtraFields })
        #expect(try archive.read("mimetype") == odtType)
        #expect(try archive.read("content.xml").count == 12 * 200)
        let leading = try #require(archive.leadingEntry)
        #expect(leading.name == "mimetype" && leading.compressionMethod == 0 && leading.extraFieldLength == 0)
    }

    @Test func sameInputGivesSameBytes() throws {
        #expect(try sampleArchive() == sampleArchive())
        let epoch = ZipTimestamp.fromEnvironment(["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(try sampleArchive(timestamp: epoch) == sampleArchive(timestamp: epoch))
        #expect(try sampleArchive(timestamp: epoch) != sampleArchive())
    }

    @Test func timestampComesFromSourceDateEpochInUTC() {
        // 2023-11-14T22:13:20Z
        let stamp = ZipTimestamp.fromEnvironment(["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(stamp.dosDate == UInt16((2023 - 1980) << 9 | 11 << 5 | 14))
        #expect(stamp.dosTime == UInt16(22 << 11 | 13 << 5 | 10))
        let fallback = ZipTimestamp.fromEnvironment(["SOURCE_DATE_EPOCH": "not a number"])
        #expect(fallback.dosDate == UInt16(20 << 9 | 1 << 5 | 1) && fallback.dosTime == 0)
        #expect(ZipTimestamp(date: Date(timeIntervalSince1970: 0)).dosDate == UInt16(0 << 9 | 1 << 5 | 1))
    }

    @Test func zipinfoSeesNoExtraFieldsAndTheFixedDate() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.zip")
        try sampleArchive().write(to: file)
        guard let result = run("zipinfo", ["-v", file.path]) else {
            Issue.record("zipinfo is not installed (package unzip)")
            return
        }
        #expect(result.status == 0)
        let extraLines = result.output.split(separator: "\n").filter { $0.contains("length of extra field:") }
        #expect(extraLines.count == 3)
        #expect(extraLines.allSatisfy { $0.hasSuffix(" 0 bytes") })
        #expect(!result.output.contains("extended local header: yes"))
        #expect(result.output.contains("2000 Jan 1 00:00:00"))
    }

    @Test func mimetypeMustComeFirstAndNamesOnce() throws {
        let writer = try ZipBuilder(timestamp: .fromEnvironment([:]))
        try writer.add("content.xml", data: Data("x".utf8), compression: .deflated)
        let late = try #require(throws: ZipError.self) { try writer.add("mimetype", data: odtType, compression: .stored) }
        #expect(late.entry == "mimetype")
        #expect(throws: ZipError.self) { try writer.add("content.xml", data: Data(), compression: .stored) }
        #expect(throws: ZipError.self) { try writer.add("../x", data: Data(), compression: .stored) }
    }

    @Test func archiveFileReadsLikeMemory() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.odt")
        try AtomicFile.write(try sampleArchive(), to: file, replace: false)
        let archive = try ZipArchive(contentsOf: file)
        #expect(archive.entryNames == ["mimetype", "content.xml", "Pictures/logo.png"])
        #expect(archive.leadingEntry?.name == "mimetype")
        #expect(try archive.read("Pictures/logo.png") == Data([0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func atomicWriteRefusesToReplaceUnlessAsked() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("out.odt")
        try AtomicFile.write(Data("one".utf8), to: file, replace: false)
        let error = try #require(throws: FileWriteError.self) { try AtomicFile.write(Data("two".utf8), to: file, replace: false) }
        #expect(error.kind == .fileExists)
        #expect(try Data(contentsOf: file) == Data("one".utf8))
        try AtomicFile.write(Data("three".utf8), to: file, replace: true)
        #expect(try Data(contentsOf: file) == Data("three".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.odt"])
    }
}

@Suite struct ZipReaderLimitTests {
    @Test func notAZipIsRefused() throws {
        let error = try #require(throws: ZipError.self) { try ZipArchive(data: Data("hello, not a zip".utf8)) }
        #expect(error.kind == .notAnArchive)
        let missing = try #require(throws: ZipError.self) { try ZipArchive(contentsOf: URL(fileURLWithPath: "/nonexistent/x.odt")) }
        #expect(missing.kind == .unreadable)
    }

    /// Builds an archive with the `zip` tool, whose `-j`-free names come from the file system.
    private func zipWithTool(_ entries: [String: Data], extraArguments: [String] = [], names: [String]) throws -> Data? {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let work = folder.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        for (name, data) in entries {
            let url = work.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        let output = folder.appendingPathComponent("out.zip")
        guard let result = run("zip", ["-q"] + extraArguments + [output.path] + names, in: work), result.status == 0 else { return nil }
        return try Data(contentsOf: output)
    }

    @Test func zipSlipEntryIsRefusedByName() throws {
        guard let data = try zipWithTool(["../../evil.txt": Data("x".utf8)], names: ["../../evil.txt"]) else {
            Issue.record("the zip tool is needed to build a zip-slip archive")
            return
        }
        let error = try #require(throws: ZipError.self) { try ZipArchive(data: data) }
        #expect(error.kind == .unsafePath)
        #expect(error.entry == "../../evil.txt")
        #expect(error.description.contains("../../evil.txt"))
    }

    @Test func absoluteEntryIsRefused() throws {
        // zip strips a leading "/", so patch the names of a normal archive to "/tmp/pwned".
        var data = try sampleArchive()
        let original = Data("Pictures/logo.png".utf8)
        let replacement = Data("/tmp/pwned/x.png!".utf8.prefix(original.count))
        #expect(replacement.count == original.count)
        while let range = data.range(of: original) { data.replaceSubrange(range, with: replacement) }
        let error = try #require(throws: ZipError.self) { try ZipArchive(data: data) }
        #expect(error.kind == .unsafePath)
        #expect(error.entry?.hasPrefix("/tmp/pwned") == true)
        #expect(error.message.contains("absolute"))
    }

    @Test func zipBombIsRefusedBeforeReading() throws {
        let writer = try ZipBuilder(timestamp: .fromEnvironment([:]), level: 9)
        try writer.add("content.xml", data: Data(count: 200 << 20), compression: .deflated)
        let bomb = try writer.finish()
        #expect(bomb.count < 1 << 20)
        let error = try #require(throws: ZipError.self) { try ZipArchive(data: bomb) }
        #expect(error.kind == .limitExceeded)
        #expect(error.entry == "content.xml")
        #expect(error.message.contains("ratio") || error.message.contains("total"))
    }

    @Test func totalSizeAndEntryCountLimits() throws {
        let many = try ZipBuilder(timestamp: .fromEnvironment([:]))
        for index in 0..<12 { try many.add("f\(index)", data: Data(repeating: 65, count: 100), compression: .stored) }
        let data = try many.finish()
        let count = try #require(throws: ZipError.self) { try ZipArchive(data: data, limits: ZipLimits(maximumEntryCount: 10)) }
        #expect(count.kind == .limitExceeded && count.message.contains("12 entries"))
        let total = try #require(throws: ZipError.self) { try ZipArchive(data: data, limits: ZipLimits(maximumTotalSize: 1000)) }
        #expect(total.kind == .limitExceeded && total.entry == "f10")
    }

    @Test func lyingSizeInHeaderStopsTheRead() throws {
        // Declare 5 bytes for an entry that holds 5000: the read must stop, not trust the header.
        var data = try {
            let writer = try ZipBuilder(timestamp: .fromEnvironment([:]))
            try writer.add("x.txt", data: Data(repeating: 66, count: 5000), compression: .deflated)
            return try writer.finish()
        }()
        let sizeBytes = withUnsafeBytes(of: UInt32(5000).littleEndian) { Data($0) }
        let lie = withUnsafeBytes(of: UInt32(5).littleEndian) { Data($0) }
        var replaced = 0
        var search = data.startIndex
        while let range = data.range(of: sizeBytes, in: search..<data.endIndex) {
            data.replaceSubrange(range, with: lie)
            search = range.upperBound
            replaced += 1
        }
        #expect(replaced == 2)
        let error: ZipError? = {
            do {
                let archive = try ZipArchive(data: data)
                _ = try archive.read("x.txt")
                return nil
            } catch let error as ZipError { return error } catch { return nil }
        }()
        let found = try #require(error)
        #expect(found.entry == "x.txt")
    }

    @Test func encryptedEntryIsRefused() throws {
        guard let data = try zipWithTool(["secret.txt": Data("geheim".utf8)], extraArguments: ["-P", "wachtwoord"], names: ["secret.txt"]) else {
            Issue.record("the zip tool is needed to build an encrypted archive")
            return
        }
        let error = try #require(throws: ZipError.self) { try ZipArchive(data: data) }
        #expect(error.kind == .encrypted)
        #expect(error.entry == "secret.txt")
    }

    @Test func missingEntryIsNamed() throws {
        let archive = try ZipArchive(data: try sampleArchive())
        let error = try #require(throws: ZipError.self) { try archive.read("styles.xml") }
        #expect(error.kind == .missingEntry && error.description.hasPrefix("styles.xml:"))
    }
}
