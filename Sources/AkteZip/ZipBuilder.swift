internal import CZlib
import Foundation

/// A zip entry compressed once (CRC, sizes and compressed bytes ready), copied as is into many archives:
/// the static parts of a template (styles, settings, manifest, pictures) are deflated once per run.
public struct PreparedZipEntry: Sendable {
    public let name: String
    public let compression: ZipCompression
    public let crc: UInt32
    public let uncompressedSize: Int
    /// The entry's bytes as stored in the archive (deflated or not).
    public let storedBytes: [UInt8]
    let nameBytes: [UInt8]
    let flags: UInt16
}

/// Builds zip archives in memory, fast and reproducibly, for mail-merges that write thousands of small
/// packages: one builder per thread, reused for every document (its buffers and its zlib deflate state are
/// reset, not reallocated: creating a deflate state costs more than compressing a 10 KB XML part).
///
/// The layout is the one libzip writes (so its reader, `ZipArchive`, and every other reads it alike): entries in the order added, local headers with CRC and
/// sizes (no data descriptors), no extra fields, one fixed DOS timestamp, "made by" Unix 6.3 with mode 0666,
/// the UTF-8 flag only on non-ASCII names. No ZIP64: an archive or entry over 4 GiB or 65,535 entries is
/// refused. `mimetype`, when present, must come first. Not thread-safe.
public final class ZipBuilder {
    /// Deflate level of parts compressed per document. Level 1 compresses the XML of a letter about 10 %
    /// less tightly than level 6, at about a third of the cost; the output depends only on the level.
    public static let defaultLevel = 1

    public let timestamp: ZipTimestamp
    public let level: Int
    private let stream: UnsafeMutablePointer<z_stream>
    private var archive: [UInt8] = []
    private var central: [UInt8] = []
    private var names: [String] = []
    private var finished = false

    public init(timestamp: ZipTimestamp = .fromEnvironment(), level: Int = ZipBuilder.defaultLevel) throws {
        guard (1...9).contains(level) else { throw ZipError(.invalidOperation, "deflate level \(level) is not between 1 and 9") }
        self.timestamp = timestamp
        self.level = level
        stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        guard akte_deflate_init_raw(stream, Int32(level)) == Z_OK else {
            stream.deallocate()
            throw ZipError(.writeFailed, "zlib could not set up a deflate stream")
        }
        archive.reserveCapacity(64 * 1024)
        central.reserveCapacity(4 * 1024)
    }

    deinit {
        deflateEnd(stream)
        stream.deallocate()
    }

    /// Starts a new, empty archive (keeps the buffers' capacity).
    public func reset() {
        archive.removeAll(keepingCapacity: true)
        central.removeAll(keepingCapacity: true)
        names.removeAll(keepingCapacity: true)
        finished = false
    }

    /// The entry names added so far, in archive order.
    public var entryNames: [String] { names }

    /// Adds `data` as `name`, stored or deflated at this builder's level.
    public func add(_ name: String, data: some ContiguousBytes, compression: ZipCompression) throws {
        let nameBytes = try check(name)
        try data.withUnsafeBytes { raw in
            guard raw.count < Int(UInt32.max) else { throw ZipError(.limitExceeded, entry: name, "larger than 4 GiB (ZIP64 is not written)") }
            let crc = raw.count == 0 ? 0 : UInt32(crc32(0, raw.baseAddress!.assumingMemoryBound(to: Bytef.self), uInt(raw.count)))
            let flags = Self.flags(nameBytes: nameBytes, compression: compression, level: level)
            let headerOffset = archive.count
            appendLocalHeader(nameBytes: nameBytes, flags: flags, compression: compression, crc: crc, compressedSize: 0, size: raw.count)
            let dataOffset = archive.count
            switch compression {
            case .stored:
                archive.append(contentsOf: raw)
            case .deflated:
                try deflateAppending(raw, name: name)
            }
            let compressedSize = archive.count - dataOffset
            // Patch the compressed size into the local header (offset 18).
            archive.withUnsafeMutableBytes { $0.storeBytes(of: UInt32(compressedSize).littleEndian, toByteOffset: headerOffset + 18, as: UInt32.self) }
            try appendCentral(nameBytes: nameBytes, flags: flags, compression: compression, crc: crc,
                              compressedSize: compressedSize, size: raw.count, headerOffset: headerOffset)
            names.append(name)
        }
    }

    /// Adds an entry compressed beforehand by `prepare` (its bytes are copied, nothing is compressed).
    public func add(_ entry: PreparedZipEntry) throws {
        _ = try check(entry.name)
        let headerOffset = archive.count
        appendLocalHeader(nameBytes: entry.nameBytes, flags: entry.flags, compression: entry.compression, crc: entry.crc,
                          compressedSize: entry.storedBytes.count, size: entry.uncompressedSize)
        archive.append(contentsOf: entry.storedBytes)
        try appendCentral(nameBytes: entry.nameBytes, flags: entry.flags, compression: entry.compression, crc: entry.crc,
                          compressedSize: entry.storedBytes.count, size: entry.uncompressedSize, headerOffset: headerOffset)
        names.append(entry.name)
    }

    /// Compresses `data` once, exactly as `add(_:data:compression:)` would, for `add(_:)` in any number of
    /// archives (by any builder with the same level).
    public func prepare(_ name: String, data: some ContiguousBytes, compression: ZipCompression) throws -> PreparedZipEntry {
        let scratch = try ZipBuilder(timestamp: timestamp, level: level)
        try scratch.add(name, data: data, compression: compression)
        let bytes = scratch.archive
        let nameBytes = Array(name.utf8)
        func u32(_ at: Int) -> UInt32 { UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24 }
        let start = 30 + nameBytes.count
        return PreparedZipEntry(name: name, compression: compression, crc: u32(14), uncompressedSize: Int(u32(22)),
                                storedBytes: Array(bytes[start...]), nameBytes: nameBytes,
                                flags: Self.flags(nameBytes: nameBytes, compression: compression, level: level))
    }

    /// Closes the archive (central directory and end record) and gives its bytes to `body`; valid until the
    /// next `reset()`.
    public func finish<R>(_ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        guard !finished else { throw ZipError(.invalidOperation, "the archive was already finished") }
        guard !names.isEmpty else { throw ZipError(.invalidOperation, "an archive needs at least one entry") }
        let centralOffset = archive.count
        guard centralOffset + central.count < Int(UInt32.max) else { throw ZipError(.limitExceeded, "archive larger than 4 GiB (ZIP64 is not written)") }
        archive.append(contentsOf: central)
        appendU32(0x0605_4B50, to: &archive)
        appendU16(0, to: &archive)  // this disk
        appendU16(0, to: &archive)  // disk with the central directory
        appendU16(UInt16(names.count), to: &archive)
        appendU16(UInt16(names.count), to: &archive)
        appendU32(UInt32(central.count), to: &archive)
        appendU32(UInt32(centralOffset), to: &archive)
        appendU16(0, to: &archive)  // comment length
        finished = true
        return try archive.withUnsafeBytes { try body($0) }
    }

    /// Closes the archive and returns a copy of its bytes.
    public func finish() throws -> Data {
        try finish { Data($0) }
    }

    // MARK: Helpers

    private func check(_ name: String) throws -> [UInt8] {
        guard !finished else { throw ZipError(.invalidOperation, entry: name, "the archive was already finished") }
        guard !names.contains(name) else { throw ZipError(.invalidOperation, entry: name, "added twice") }
        if name == "mimetype" && !names.isEmpty { throw ZipError(.invalidOperation, entry: name, "must be the first entry") }
        if let problem = ZipPath.problem(in: name) { throw ZipError(.unsafePath, entry: name, problem) }
        guard names.count < 0xFFFF else { throw ZipError(.limitExceeded, entry: name, "more than 65,535 entries (ZIP64 is not written)") }
        let bytes = Array(name.utf8)
        guard bytes.count <= 0xFFFF else { throw ZipError(.unsafePath, entry: name, "name longer than 65,535 bytes") }
        return bytes
    }

    /// General-purpose flags as libzip writes them: bit 11 for a non-ASCII (UTF-8) name; bits 1–2 give the
    /// deflate speed class (levels 1–2 "fast", 8–9 "maximum").
    static func flags(nameBytes: [UInt8], compression: ZipCompression, level: Int) -> UInt16 {
        var flags: UInt16 = nameBytes.contains(where: { $0 >= 0x80 }) ? 0x0800 : 0
        if compression == .deflated {
            if level < 3 { flags |= 0x0004 } else if level > 7 { flags |= 0x0002 }
        }
        return flags
    }

    private func deflateAppending(_ raw: UnsafeRawBufferPointer, name: String) throws {
        guard deflateReset(stream) == Z_OK else { throw ZipError(.writeFailed, entry: name, "zlib could not reset its deflate stream") }
        let bound = Int(deflateBound(stream, uLong(raw.count))) + 16
        let start = archive.count
        archive.append(contentsOf: repeatElement(0, count: bound))
        let produced: Int = try archive.withUnsafeMutableBytes { out in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: raw.baseAddress?.assumingMemoryBound(to: Bytef.self))
            stream.pointee.avail_in = uInt(raw.count)
            stream.pointee.next_out = (out.baseAddress! + start).assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_out = uInt(bound)
            let status = CZlib.deflate(stream, Z_FINISH)
            defer { stream.pointee.next_in = nil; stream.pointee.next_out = nil }
            guard status == Z_STREAM_END else { throw ZipError(.writeFailed, entry: name, "zlib could not deflate (status \(status))") }
            return bound - Int(stream.pointee.avail_out)
        }
        archive.removeLast(bound - produced)
    }

    private func appendLocalHeader(nameBytes: [UInt8], flags: UInt16, compression: ZipCompression, crc: UInt32, compressedSize: Int, size: Int) {
        appendU32(0x0403_4B50, to: &archive)
        appendU16(compression == .stored ? 10 : 20, to: &archive)  // version needed to extract
        appendU16(flags, to: &archive)
        appendU16(compression == .stored ? 0 : 8, to: &archive)
        appendU16(timestamp.dosTime, to: &archive)
        appendU16(timestamp.dosDate, to: &archive)
        appendU32(crc, to: &archive)
        appendU32(UInt32(compressedSize), to: &archive)
        appendU32(UInt32(size), to: &archive)
        appendU16(UInt16(nameBytes.count), to: &archive)
        appendU16(0, to: &archive)  // extra field length
        archive.append(contentsOf: nameBytes)
    }

    private func appendCentral(nameBytes: [UInt8], flags: UInt16, compression: ZipCompression, crc: UInt32,
                               compressedSize: Int, size: Int, headerOffset: Int) throws {
        guard headerOffset < Int(UInt32.max), compressedSize < Int(UInt32.max) else {
            throw ZipError(.limitExceeded, "archive larger than 4 GiB (ZIP64 is not written)")
        }
        appendU32(0x0201_4B50, to: &central)
        appendU16(0x033F, to: &central)  // made by: Unix, zip 6.3
        appendU16(compression == .stored ? 10 : 20, to: &central)
        appendU16(flags, to: &central)
        appendU16(compression == .stored ? 0 : 8, to: &central)
        appendU16(timestamp.dosTime, to: &central)
        appendU16(timestamp.dosDate, to: &central)
        appendU32(crc, to: &central)
        appendU32(UInt32(compressedSize), to: &central)
        appendU32(UInt32(size), to: &central)
        appendU16(UInt16(nameBytes.count), to: &central)
        appendU16(0, to: &central)  // extra field length
        appendU16(0, to: &central)  // comment length
        appendU16(0, to: &central)  // disk number
        appendU16(0, to: &central)  // internal attributes
        appendU32(0o100666 << 16, to: &central)  // external attributes: regular file, rw-rw-rw-
        appendU32(UInt32(headerOffset), to: &central)
        central.append(contentsOf: nameBytes)
    }
}

@inline(__always)
private func appendU16(_ value: UInt16, to bytes: inout [UInt8]) {
    bytes.append(UInt8(truncatingIfNeeded: value))
    bytes.append(UInt8(truncatingIfNeeded: value >> 8))
}

@inline(__always)
private func appendU32(_ value: UInt32, to bytes: inout [UInt8]) {
    appendU16(UInt16(truncatingIfNeeded: value), to: &bytes)
    appendU16(UInt16(truncatingIfNeeded: value >> 16), to: &bytes)
}
