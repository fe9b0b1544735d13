import AkteZip
import Foundation

/// Packs the parts of an ODF text document into an `.odt`, reproducibly: `mimetype` first and stored, then the
/// parts in the order given, pictures stored and everything else deflated, one timestamp for every entry.
/// The one packager of `generate`, `render` and `demo` (`ODTWriter`), on AkteZip's `ZipBuilder`.
///
/// One packager per thread, reused for every document: its buffers and deflate state are reset, not
/// reallocated. Parts found in `PreparedParts` are copied compressed; the others are deflated here, with the
/// same bytes as a result.
public final class ODTPackager {
    /// One timestamp for every entry of every document of a run (SOURCE_DATE_EPOCH or the fixed fallback), read once.
    static let runTimestamp = ZipTimestamp.fromEnvironment()

    private let zip: ZipBuilder

    /// `date`: the entries' timestamp; nil for the run's (`SOURCE_DATE_EPOCH`, else a fixed date).
    public init(date: Date? = nil) throws {
        zip = try ZipBuilder(timestamp: date.map(ZipTimestamp.init(date:)) ?? Self.runTimestamp)
    }

    /// How a part is stored: pictures and archives are compressed already, deflating them again only costs time.
    static func compression(for path: String) -> ZipCompression {
        let lower = path.lowercased()
        for ext in [".png", ".jpg", ".jpeg", ".gif", ".zip"] where lower.hasSuffix(ext) { return .stored }
        return .deflated
    }

    /// Packs `parts` under `mimeType` and gives the package's bytes to `body` (valid during the call only).
    public func package<R>(_ parts: [ODFPart], prepared: PreparedParts? = nil, mimeType: String = ODFMediaType.text,
                           _ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        zip.reset()
        try zip.add("mimetype", data: Array(mimeType.utf8), compression: .stored)
        for part in parts {
            if let entry = prepared?.entries[part.path] {
                try zip.add(entry)
            } else {
                try zip.add(part.path, data: part.data, compression: Self.compression(for: part.path))
            }
        }
        return try zip.finish(body)
    }

    /// Packs `parts` and returns the package's bytes.
    public func package(_ parts: [ODFPart], prepared: PreparedParts? = nil, mimeType: String = ODFMediaType.text) throws -> Data {
        try package(parts, prepared: prepared, mimeType: mimeType) { Data($0) }
    }
}

/// The parts of a template that are the same in every document (no tags: styles, settings, manifest,
/// pictures), compressed once per run so that each document copies their compressed bytes instead of
/// compressing them again. Immutable, shared by all threads.
public struct PreparedParts: Sendable {
    let entries: [String: PreparedZipEntry]

    /// Compresses `parts` as `ODTPackager` would; nil when there is nothing to prepare.
    public init?(_ parts: [ODFPart]) throws {
        guard !parts.isEmpty else { return nil }
        let builder = try ZipBuilder(timestamp: ODTPackager.runTimestamp)
        var entries: [String: PreparedZipEntry] = [:]
        for part in parts {
            entries[part.path] = try builder.prepare(part.path, data: part.data, compression: ODTPackager.compression(for: part.path))
        }
        self.entries = entries
    }

    /// The tag-free parts of `template`, prepared.
    public init?(fixedPartsOf template: ODFTemplate) throws {
        try self.init(template.fixedParts)
    }
}
