import AkteXML
import Foundation

/// Turns pictures embedded as base64 (`office:binary-data`, as in Flat ODF) into package attachments
/// under `Pictures/`, named by a hash of their bytes so the same picture always gets the same name
/// and is stored once.
enum EmbeddedPictures {
    static func extract(from document: XMLDocument) throws -> [ODFAttachment] {
        guard let root = document.root else { return [] }
        var attachments: [String: ODFAttachment] = [:]
        let binaries = root.descendantElements("binary-data", namespaceURI: ODFNamespace.office)
        for binary in binaries {
            guard let owner = binary.parent else { continue }
            let base64 = binary.textContent
            guard let data = Data(base64Encoded: base64, options: .ignoreUnknownCharacters) else {
                throw ODFError(.invalidPart, part: document.name, line: binary.line, "office:binary-data is not valid base64")
            }
            let (fileExtension, mediaType) = kind(of: data)
            let path = "Pictures/\(hash(data)).\(fileExtension)"
            attachments[path] = ODFAttachment(path: path, mediaType: mediaType, data: data)
            binary.remove()
            try owner.setAttribute("href", namespaceURI: ODFNamespace.xlink, value: path, prefix: "xlink")
            try owner.setAttribute("type", namespaceURI: ODFNamespace.xlink, value: "simple", prefix: "xlink")
            try owner.setAttribute("show", namespaceURI: ODFNamespace.xlink, value: "embed", prefix: "xlink")
            try owner.setAttribute("actuate", namespaceURI: ODFNamespace.xlink, value: "onLoad", prefix: "xlink")
        }
        return attachments.values.sorted { $0.path < $1.path }
    }

    /// File extension and media type from the magic bytes.
    static func kind(of data: Data) -> (String, String) {
        let bytes = [UInt8](data.prefix(16))
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return ("png", "image/png") }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return ("jpg", "image/jpeg") }
        if bytes.starts(with: Array("GIF8".utf8)) { return ("gif", "image/gif") }
        let head = String(decoding: data.prefix(512), as: UTF8.self)
        if head.contains("<svg") { return ("svg", "image/svg+xml") }
        return ("bin", "application/octet-stream")
    }

    /// FNV-1a, 64 bit: stable across runs and platforms (unlike `Hasher`), and enough to tell a
    /// document's pictures apart.
    static func hash(_ data: Data) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
