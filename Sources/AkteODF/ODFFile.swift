import Foundation

/// Reads a whole input file, refusing files larger than any document akte handles, so a wrong
/// argument (a disk image, a video) fails fast instead of filling memory.
enum ODFFile {
    /// 200 MiB: above the zip reader's 100 MB uncompressed limit, far above any letter.
    static let maximumSize = 200 << 20

    static func read(_ url: URL) throws -> Data {
        let size: Int
        do {
            size = try url.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0
        } catch {
            throw ODFError(.unreadable, "\(url.path): cannot read: \(error.localizedDescription)")
        }
        guard size <= maximumSize else {
            throw ODFError(.unreadable, "\(url.path): \(size) bytes, more than the \(maximumSize) an ODF file may have here")
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw ODFError(.unreadable, "\(url.path): cannot read: \(error.localizedDescription)")
        }
    }
}
