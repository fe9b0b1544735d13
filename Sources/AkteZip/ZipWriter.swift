internal import CLibZip
import Foundation

/// How an entry's bytes are stored.
public enum ZipCompression: Sendable, Hashable {
    case stored
    case deflated
}

/// Builds a zip archive in memory, reproducibly: entries in the order added, one fixed timestamp, no
/// extra fields (no UT/ux time stamps, no uid/gid), deflate at a fixed level.
///
/// If an entry is named `mimetype` it must be the first one (ODF packages need that; refusing it here
/// catches ordering mistakes early). Not thread-safe: one writer per task.
public final class ZipWriter {
    public let timestamp: ZipTimestamp
    private let buffer: OpaquePointer
    private var archive: OpaquePointer?
    private var names: [String] = []
    /// Archives that raw copies read from: libzip reads them only in `zip_close`, so they must live
    /// at least as long as this writer.
    private var rawSources: [ZipArchive] = []

    public init(timestamp: ZipTimestamp = .fromEnvironment()) throws {
        self.timestamp = timestamp
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let buffer = zip_source_buffer_create(nil, 0, 0, &error) else {
            throw ZipError(.writeFailed, "libzip could not create a memory buffer: \(String(cString: zip_error_strerror(&error)))")
        }
        // Keep the buffer source after zip_close (which would otherwise free it) to read the bytes back.
        zip_source_keep(buffer)
        guard let archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error) else {
            zip_source_free(buffer)
            zip_source_free(buffer)
            throw ZipError(.writeFailed, "libzip could not open a memory archive: \(String(cString: zip_error_strerror(&error)))")
        }
        self.buffer = buffer
        self.archive = archive
    }

    deinit {
        if let archive { zip_discard(archive) }
        zip_source_free(buffer)
    }

    /// The entry names added so far, in archive order.
    public var entryNames: [String] { names }

    /// Adds `data` as `name`, stored or deflated.
    public func add(_ name: String, data: Data, compression: ZipCompression) throws {
        let archive = try openArchive(adding: name)
        // libzip frees this copy itself (freep = 1) once it has written it, or with the source on error.
        guard let copy = malloc(max(data.count, 1)) else {
            throw ZipError(.writeFailed, entry: name, "out of memory for \(data.count) bytes")
        }
        data.withUnsafeBytes { bytes in
            if let base = bytes.baseAddress { copy.copyMemory(from: base, byteCount: bytes.count) }
        }
        guard let source = zip_source_buffer(archive, copy, zip_uint64_t(data.count), 1) else {
            free(copy)
            throw failure(name, "cannot create a source")
        }
        let index = zip_file_add(archive, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            zip_source_free(source)
            throw failure(name, "cannot add")
        }
        let method: Int32 = compression == .stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE
        // Level 6: zlib's default, fixed so output does not depend on libzip's choice.
        guard zip_set_file_compression(archive, zip_uint64_t(index), method, compression == .stored ? 0 : 6) == 0 else {
            throw failure(name, "cannot set compression")
        }
        try finishEntry(archive, index: index, name: name)
    }

    /// Copies entry `entryName` of `archive` as it is stored there (compressed bytes, CRC and sizes
    /// unchanged, nothing recompressed) and names it `name` (default: the same name). Static parts can
    /// thus be compressed once and reused in many archives. `archive` is retained until this writer
    /// is finished.
    public func addRawCopy(of entryName: String, from source: ZipArchive, as name: String? = nil) throws {
        let targetName = name ?? entryName
        let archive = try openArchive(adding: targetName)
        let sourceIndex = try source.index(of: entryName)
        guard let data = zip_source_zip(archive, source.handle, zip_uint64_t(sourceIndex), zip_flags_t(ZIP_FL_COMPRESSED), 0, akte_zip_length_to_end) else {
            throw failure(targetName, "cannot read \(entryName) from the source archive")
        }
        let index = zip_file_add(archive, targetName, data, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            zip_source_free(data)
            throw failure(targetName, "cannot add")
        }
        rawSources.append(source)
        try finishEntry(archive, index: index, name: targetName)
    }

    /// Writes the archive and returns its bytes. The writer cannot be used afterwards.
    public func finish() throws -> Data {
        guard let archive else { throw ZipError(.invalidOperation, "the archive was already finished") }
        guard !names.isEmpty else { throw ZipError(.invalidOperation, "an archive needs at least one entry") }
        guard zip_close(archive) == 0 else {
            let message = String(cString: zip_strerror(archive))
            zip_discard(archive)
            self.archive = nil
            throw ZipError(.writeFailed, "cannot write the archive: \(message)")
        }
        self.archive = nil
        rawSources = []
        return try readBack()
    }

    // MARK: Helpers

    private func openArchive(adding name: String) throws -> OpaquePointer {
        guard let archive else { throw ZipError(.invalidOperation, entry: name, "the archive was already finished") }
        guard !names.contains(name) else { throw ZipError(.invalidOperation, entry: name, "added twice") }
        if name == "mimetype" && !names.isEmpty {
            throw ZipError(.invalidOperation, entry: name, "must be the first entry")
        }
        guard ZipPath.problem(in: name) == nil else {
            throw ZipError(.unsafePath, entry: name, ZipPath.problem(in: name)!)
        }
        return archive
    }

    private func finishEntry(_ archive: OpaquePointer, index: Int64, name: String) throws {
        let entry = zip_uint64_t(index)
        guard zip_file_set_dostime(archive, entry, timestamp.dosTime, timestamp.dosDate, 0) == 0 else {
            throw failure(name, "cannot set the timestamp")
        }
        // Copied entries may bring extra fields (UT, ux, …); new ones have none, but be sure either way.
        zip_file_extra_field_delete(archive, entry, akte_zip_extra_field_all, zip_flags_t(ZIP_FL_LOCAL | ZIP_FL_CENTRAL))
        names.append(name)
    }

    private func failure(_ name: String, _ what: String) -> ZipError {
        let message = archive.map { String(cString: zip_strerror($0)) } ?? "archive closed"
        return ZipError(.writeFailed, entry: name, "\(what): \(message)")
    }

    private func readBack() throws -> Data {
        guard zip_source_open(buffer) == 0 else {
            throw ZipError(.writeFailed, "cannot reopen the written archive: \(String(cString: zip_error_strerror(zip_source_error(buffer))))")
        }
        defer { zip_source_close(buffer) }
        var result = Data()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { zip_source_read(buffer, $0.baseAddress, zip_uint64_t($0.count)) }
            guard count >= 0 else { throw ZipError(.writeFailed, "cannot read the written archive back") }
            if count == 0 { break }
            result.append(contentsOf: chunk[0..<Int(count)])
        }
        return result
    }
}
