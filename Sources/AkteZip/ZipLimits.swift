/// What a reader accepts before it reads a single byte of entry data (defence against zip bombs and
/// against archives built to exhaust memory).
public struct ZipLimits: Sendable, Hashable {
    public var maximumEntryCount: Int
    /// The sum of the declared uncompressed sizes, and of what is actually read.
    public var maximumTotalSize: Int64
    /// Entries larger than `ratioThreshold` may be at most this many times their compressed size.
    public var maximumCompressionRatio: Int64
    public var ratioThreshold: Int64

    public init(maximumEntryCount: Int = 10_000, maximumTotalSize: Int64 = 100 << 20,
                maximumCompressionRatio: Int64 = 100, ratioThreshold: Int64 = 1 << 20) {
        self.maximumEntryCount = maximumEntryCount
        self.maximumTotalSize = maximumTotalSize
        self.maximumCompressionRatio = maximumCompressionRatio
        self.ratioThreshold = ratioThreshold
    }

    public static let `default` = ZipLimits()
}
