/// One entry as described by the archive's central directory.
public struct ZipEntry: Sendable, Hashable {
    /// Position in the central directory (0 = first).
    public var index: Int
    public var name: String
    public var uncompressedSize: Int64
    public var compressedSize: Int64
    /// The zip method number: 0 stored, 8 deflated; others are reported as they are.
    public var compressionMethod: Int
    public var isEncrypted: Bool
    /// Number of extra fields in the local header and in the central directory entry.
    public var localExtraFieldCount: Int
    public var centralExtraFieldCount: Int

    public var isStored: Bool { compressionMethod == 0 }
    public var isDirectory: Bool { name.hasSuffix("/") }
    public var hasExtraFields: Bool { localExtraFieldCount > 0 || centralExtraFieldCount > 0 }
}

/// The very first local file header of the archive, read from the raw bytes (ODF requires the
/// `mimetype` entry to start at offset 0, stored, without extra field, so its content sits at byte 38).
public struct ZipLeadingEntry: Sendable, Hashable {
    public var name: String
    public var compressionMethod: Int
    public var extraFieldLength: Int
    public var compressedSize: Int64
    public var uncompressedSize: Int64
}
