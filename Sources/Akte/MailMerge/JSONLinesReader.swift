import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a JSON Lines file one line at a time through a fixed-size buffer, so that a mail-merge over
/// 10,000 or 1,000,000 lines holds only the lines being rendered, never the whole file.
/// Blank lines (spaces, tabs, CR only) are skipped and do not count as documents. Not thread-safe:
/// the batch shares one reader behind a lock (workers take the next line when they are free).
final class JSONLinesReader {
    struct Line {
        /// 0-based number of the document (blank lines not counted): `doc_0000` is document 0.
        var index: Int
        /// 1-based line number in the file, for messages.
        var number: Int
        var bytes: [UInt8]
    }

    private let fd: Int32
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var atEnd = false
    private var lineNumber = 0
    private var documentIndex = 0
    let path: String

    init(path: String, blockSize: Int = 256 * 1024) throws {
        self.path = path
        fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw TemplateFileError("\(path): cannot read: \(String(cString: strerror(errno)))") }
        buffer = [UInt8](repeating: 0, count: blockSize)
    }

    deinit { close(fd) }

    /// The next non-blank line, or nil at the end of the file.
    func next() throws -> Line? {
        while true {
            guard let raw = try nextRawLine() else { return nil }
            lineNumber += 1
            if raw.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            defer { documentIndex += 1 }
            return Line(index: documentIndex, number: lineNumber, bytes: raw)
        }
    }

    private func nextRawLine() throws -> [UInt8]? {
        var scanFrom = start
        while true {
            if let newline = buffer[scanFrom..<end].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                return line
            }
            if atEnd {
                guard start < end else { return nil }
                let line = Array(buffer[start..<end])
                start = end
                return line
            }
            // Move the partial line to the front (growing the buffer for a line longer than it), then read more.
            let pending = end - start
            if start > 0 {
                buffer.withUnsafeMutableBytes { raw in
                    if pending > 0 { raw.baseAddress!.copyMemory(from: raw.baseAddress! + start, byteCount: pending) }
                }
                start = 0
                end = pending
            }
            if end == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
            scanFrom = end
            let count = buffer.withUnsafeMutableBytes { raw in read(fd, raw.baseAddress! + end, raw.count - end) }
            if count < 0 {
                if errno == EINTR { continue }
                throw TemplateFileError("\(path): cannot read: \(String(cString: strerror(errno)))")
            }
            if count == 0 { atEnd = true } else { end += count }
        }
    }
}
