internal import CLibZip
import Foundation

/// A zip archive opened for reading, checked against `ZipLimits` when opened: unsafe names, too many
/// entries, too much data, suspicious compression ratios and encrypted entries are refused before
/// anything is read or extracted.
///
/// Not thread-safe: one archive per task (libzip handles are not shareable).
public final class ZipArchive {
    public let limits: ZipLimits
    /// Entries in central-directory order.
    public let entries: [ZipEntry]
    /// The first local header in the file, or nil when the bytes at offset 0 are not one.
    public let leadingEntry: ZipLeadingEntry?

    let handle: OpaquePointer
    /// The archive bytes when opened from memory; libzip reads them lazily until `zip_discard`.
    private let storage: UnsafeMutableRawBufferPointer?
    private var bytesRead: Int64 = 0

    /// Opens an archive held in memory (the bytes are copied and kept until the archive is released).
    public convenience init(data: Data, limits: ZipLimits = .default) throws {
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 16)
        data.withUnsafeBytes { bytes in
            if let base = bytes.baseAddress { storage.baseAddress!.copyMemory(from: base, byteCount: bytes.count) }
        }
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(storage.baseAddress, zip_uint64_t(data.count), 0, &error) else {
            storage.deallocate()
            throw ZipError(.notAnArchive, "cannot read the archive: \(String(cString: zip_error_strerror(&error)))")
        }
        guard let handle = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) else {
            zip_source_free(source)
            storage.deallocate()
            throw ZipError(.notAnArchive, "not a zip archive: \(String(cString: zip_error_strerror(&error)))")
        }
        let prefix = Data(data.prefix(ZipArchive.leadingHeaderBytes))
        try self.init(handle: handle, storage: storage, leadingBytes: prefix, limits: limits)
    }

    /// Opens an archive file.
    public convenience init(contentsOf url: URL, limits: ZipLimits = .default) throws {
        var status: Int32 = 0
        guard let handle = zip_open(url.path, ZIP_RDONLY | ZIP_CHECKCONS, &status) else {
            var error = zip_error_t()
            zip_error_init_with_code(&error, status)
            defer { zip_error_fini(&error) }
            let reason = String(cString: zip_error_strerror(&error))
            let kind: ZipError.Kind = status == ZIP_ER_NOENT || status == ZIP_ER_OPEN || status == ZIP_ER_READ ? .unreadable : .notAnArchive
            throw ZipError(kind, "\(url.path): \(reason)")
        }
        var leading = Data()
        if let file = try? FileHandle(forReadingFrom: url) {
            leading = (try? file.read(upToCount: ZipArchive.leadingHeaderBytes)) ?? Data()
            try? file.close()
        }
        try self.init(handle: handle, storage: nil, leadingBytes: leading, limits: limits)
    }

    private init(handle: OpaquePointer, storage: UnsafeMutableRawBufferPointer?, leadingBytes: Data, limits: ZipLimits) throws {
        self.handle = handle
        self.storage = storage
        self.limits = limits
        self.leadingEntry = ZipArchive.parseLeadingHeader(leadingBytes)
        do {
            entries = try ZipArchive.readDirectory(handle, limits: limits)
        } catch {
            zip_discard(handle)
            storage?.deallocate()
            throw error
        }
    }

    deinit {
        zip_discard(handle)
        storage?.deallocate()
    }

    public var entryNames: [String] { entries.map(\.name) }

    public func entry(named name: String) -> ZipEntry? {
        entries.first { $0.name == name }
    }

    /// The uncompressed bytes of `name`. Reading stops with an error as soon as the data exceeds the
    /// size the directory declared or the archive's remaining total allowance, whichever is smaller,
    /// so a lying header cannot make this allocate more than the limits allow.
    public func read(_ name: String) throws -> Data {
        let index = try index(of: name)
        let entry = entries[index]
        let allowance = min(entry.uncompressedSize, limits.maximumTotalSize - bytesRead)
        guard allowance >= 0, entry.uncompressedSize <= limits.maximumTotalSize - bytesRead else {
            throw ZipError(.limitExceeded, entry: name, "reading it would exceed the total limit of \(limits.maximumTotalSize) bytes")
        }
        guard let file = zip_fopen_index(handle, zip_uint64_t(index), 0) else {
            throw ZipError(.unreadable, entry: name, "cannot open: \(String(cString: zip_strerror(handle)))")
        }
        defer { zip_fclose(file) }
        var result = Data()
        result.reserveCapacity(Int(min(allowance, 16 << 20)))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, zip_uint64_t($0.count)) }
            guard count >= 0 else {
                throw ZipError(.unreadable, entry: name, "damaged data: \(String(cString: zip_file_strerror(file)))")
            }
            if count == 0 { break }
            guard Int64(result.count) + count <= allowance else {
                throw ZipError(.limitExceeded, entry: name, "holds more data than its declared \(entry.uncompressedSize) bytes")
            }
            result.append(contentsOf: chunk[0..<Int(count)])
        }
        guard Int64(result.count) == entry.uncompressedSize else {
            throw ZipError(.unreadable, entry: name, "holds \(result.count) bytes, not the declared \(entry.uncompressedSize)")
        }
        bytesRead += Int64(result.count)
        return result
    }

    func index(of name: String) throws -> Int {
        guard let entry = entry(named: name) else { throw ZipError(.missingEntry, entry: name, "no such entry in the archive") }
        return entry.index
    }

    // MARK: Opening checks

    /// Local header: signature (4), version (2), flags (2), method (2), time (2), date (2), crc (4),
    /// compressed size (4), size (4), name length (2), extra length (2), then the name.
    static let leadingHeaderBytes = 30 + 0xFFFF

    static func parseLeadingHeader(_ data: Data) -> ZipLeadingEntry? {
        let bytes = [UInt8](data)
        guard bytes.count >= 30, bytes[0] == 0x50, bytes[1] == 0x4B, bytes[2] == 0x03, bytes[3] == 0x04 else { return nil }
        func u16(_ offset: Int) -> Int { Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 }
        func u32(_ offset: Int) -> Int64 { Int64(u16(offset)) | Int64(u16(offset + 2)) << 16 }
        let nameLength = u16(26)
        guard bytes.count >= 30 + nameLength else { return nil }
        return ZipLeadingEntry(
            name: String(decoding: bytes[30..<(30 + nameLength)], as: UTF8.self),
            compressionMethod: u16(8),
            extraFieldLength: u16(28),
            compressedSize: u32(18),
            uncompressedSize: u32(22))
    }

    private static func readDirectory(_ handle: OpaquePointer, limits: ZipLimits) throws -> [ZipEntry] {
        let count = zip_get_num_entries(handle, 0)
        guard count >= 0 else { throw ZipError(.notAnArchive, "cannot read the central directory") }
        guard count <= limits.maximumEntryCount else {
            throw ZipError(.limitExceeded, "\(count) entries, more than the limit of \(limits.maximumEntryCount)")
        }
        var entries: [ZipEntry] = []
        var total: Int64 = 0
        for index in 0..<Int(count) {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            guard zip_stat_index(handle, zip_uint64_t(index), zip_flags_t(ZIP_FL_ENC_GUESS), &stat) == 0, let rawName = stat.name else {
                throw ZipError(.notAnArchive, "entry \(index): unreadable directory record: \(String(cString: zip_strerror(handle)))")
            }
            let name = String(cString: rawName)
            if let problem = ZipPath.problem(in: name) { throw ZipError(.unsafePath, entry: name, problem) }
            let size = Int64(clamping: stat.size)
            let compressed = Int64(clamping: stat.comp_size)
            let encrypted = stat.valid & zip_uint64_t(ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != UInt16(ZIP_EM_NONE)
            if encrypted { throw ZipError(.encrypted, entry: name, "encrypted entries are not accepted") }
            if size > limits.ratioThreshold && size > limits.maximumCompressionRatio * max(compressed, 1) {
                throw ZipError(.limitExceeded, entry: name,
                               "compression ratio \(size / max(compressed, 1)):1 is above \(limits.maximumCompressionRatio):1 (possible zip bomb)")
            }
            total += size
            if total > limits.maximumTotalSize {
                throw ZipError(.limitExceeded, entry: name, "total uncompressed size exceeds the limit of \(limits.maximumTotalSize) bytes")
            }
            entries.append(ZipEntry(
                index: index,
                name: name,
                uncompressedSize: size,
                compressedSize: compressed,
                compressionMethod: Int(stat.comp_method),
                isEncrypted: encrypted,
                localExtraFieldCount: Int(max(0, zip_file_extra_fields_count(handle, zip_uint64_t(index), zip_flags_t(ZIP_FL_LOCAL)))),
                centralExtraFieldCount: Int(max(0, zip_file_extra_fields_count(handle, zip_uint64_t(index), zip_flags_t(ZIP_FL_CENTRAL))))))
        }
        return entries
    }
}
