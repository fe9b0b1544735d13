import AkteSystem
import AkteZip
import AkteTestSupport
import Foundation
import Testing

/// The batch writer's fast path (static parts compressed once and copied raw, buffers and deflate state
/// reused) must give exactly the bytes of the plain path (every part compressed for this archive).
@Suite struct ZipBuilderTests {
    static let parts: [(String, [UInt8], ZipCompression)] = [
        ("content.xml", Array(String(repeating: "<text:p>Zoë &amp; co</text:p>", count: 300).utf8), .deflated),
        ("styles.xml", Array(String(repeating: "<style:style style:name=\"P1\"/>", count: 120).utf8), .deflated),
        ("Pictures/logo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], .stored),
        ("Ünïcode/naam.xml", Array("<x/>".utf8), .deflated),
        ("META-INF/manifest.xml", Array("<manifest:manifest/>".utf8), .deflated),
    ]

    func plain(level: Int) throws -> Data {
        let builder = try ZipBuilder(timestamp: .fromEnvironment([:]), level: level)
        try builder.add("mimetype", data: Array("application/vnd.oasis.opendocument.text".utf8), compression: .stored)
        for (name, data, compression) in Self.parts { try builder.add(name, data: data, compression: compression) }
        return try builder.finish()
    }

    @Test(arguments: [1, 6, 9]) func rawCopiedStaticPartsGiveTheSameBytesAsCompressingEveryPart(level: Int) throws {
        let expected = try plain(level: level)
        let preparer = try ZipBuilder(timestamp: .fromEnvironment([:]), level: level)
        let prepared = try Self.parts.dropFirst().map { try preparer.prepare($0.0, data: $0.1, compression: $0.2) }
        // One builder reused for several documents, as a batch worker does.
        let builder = try ZipBuilder(timestamp: .fromEnvironment([:]), level: level)
        for _ in 0..<3 {
            builder.reset()
            try builder.add("mimetype", data: Array("application/vnd.oasis.opendocument.text".utf8), compression: .stored)
            try builder.add(Self.parts[0].0, data: Self.parts[0].1, compression: Self.parts[0].2)
            for entry in prepared { try builder.add(entry) }
            #expect(try builder.finish() == expected)
        }
    }

    @Test func libzipReadsWhatTheBuilderWrites() throws {
        let bytes = try plain(level: 1)
        let archive = try ZipArchive(data: bytes)
        #expect(archive.entryNames == ["mimetype"] + Self.parts.map(\.0))
        #expect(archive.entries.map(\.compressionMethod) == [0, 8, 8, 0, 8, 8])
        #expect(archive.leadingEntry?.name == "mimetype" && archive.leadingEntry?.extraFieldLength == 0)
        for (name, data, _) in Self.parts { #expect(Array(try archive.read(name)) == data) }
        #expect(archive.entries.allSatisfy { $0.localExtraFieldCount == 0 && $0.centralExtraFieldCount == 0 })
    }

    @Test func refusesMisplacedMimetypeDuplicatesAndUnsafeNames() throws {
        let builder = try ZipBuilder(timestamp: .fromEnvironment([:]))
        try builder.add("content.xml", data: [UInt8](), compression: .deflated)
        #expect(throws: ZipError.self) { try builder.add("mimetype", data: [UInt8](), compression: .stored) }
        #expect(throws: ZipError.self) { try builder.add("content.xml", data: [UInt8](), compression: .deflated) }
        #expect(throws: ZipError.self) { try builder.add("../evil", data: [UInt8](), compression: .stored) }
        #expect(throws: ZipError.self) { try ZipBuilder(level: 0) }
    }

    @Test func batchFilesAppearWholeAndReplaceExistingOnes() throws {
        let folder = try TemporaryFolder.make("batchfile")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("doc.odt").path
        try AtomicFile.write(Data("first".utf8), to: path, replace: true, durability: .ordinary)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("first".utf8))
        try AtomicFile.write(Data("second, longer".utf8), to: path, replace: true, durability: .ordinary)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("second, longer".utf8))
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["doc.odt"])
        #expect(throws: FileWriteError.self) { try AtomicFile.write(Data("x".utf8), to: folder.path + "/missing/doc.odt", replace: false, durability: .ordinary) }
    }

    @Test func batchFilesNeverReplaceAnExistingFileUnlessAsked() throws {
        let folder = try TemporaryFolder.make("batchfile")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("doc.odt").path
        try AtomicFile.write(Data("first".utf8), to: path, replace: false, durability: .ordinary)
        let refusal = #expect(throws: FileWriteError.self) { try AtomicFile.write(Data("second".utf8), to: path, replace: false, durability: .ordinary) }
        #expect(refusal?.kind == .fileExists)
        #expect(refusal?.description.contains("use --force") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("first".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["doc.odt"])
    }

    /// The DOS timestamp is computed by arithmetic (no Calendar at start-up): it must agree with Foundation's
    /// UTC Gregorian calendar, including the clamping to 1980–2107.
    @Test func timestampArithmeticAgreesWithTheCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var seconds: Int64 = -2_000_000_000
        var step: Int64 = 1
        while seconds < 5_000_000_000 {
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let year = min(max(p.year!, 1980), 2107)
            let clamped = year != p.year!
            let dosDate = UInt16((year - 1980) << 9 | (clamped ? 1 : p.month!) << 5 | (clamped ? 1 : p.day!))
            let dosTime = clamped ? 0 : UInt16(p.hour! << 11 | p.minute! << 5 | p.second! / 2)
            let stamp = ZipTimestamp(date: date)
            #expect(stamp.dosDate == dosDate && stamp.dosTime == dosTime, "\(seconds)")
            seconds += step * 7_919
            step = step % 9_973 + 1
        }
    }
}
