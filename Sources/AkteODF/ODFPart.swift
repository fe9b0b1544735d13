/// One file of an ODF package as written: its path, bytes and manifest media type.
public struct ODFPart: Sendable {
    /// Path inside the package (`content.xml`, `Pictures/logo.png`).
    public let path: String
    public let data: [UInt8]
    /// The manifest media type (`text/xml` for XML parts).
    public let mediaType: String

    public init(path: String, data: [UInt8], mediaType: String) {
        self.path = path
        self.data = data
        self.mediaType = mediaType
    }
}
