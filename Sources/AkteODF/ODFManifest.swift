import AkteXML
import Foundation

/// `META-INF/manifest.xml`: reading the listed parts, and writing the one manifest of every package akte writes.
enum ODFManifest {
    static let path = "META-INF/manifest.xml"
    static let ns = ODFNamespace.manifest

    /// `full-path` → `media-type` of every `manifest:file-entry`, in document order.
    static func entries(in manifest: XMLDocument) -> [(path: String, mediaType: String, line: Int)] {
        guard let root = manifest.root else { return [] }
        return root.childElements("file-entry", namespaceURI: ns).compactMap { entry in
            guard let path = entry.attribute("full-path", namespaceURI: ns) else { return nil }
            return (path, entry.attribute("media-type", namespaceURI: ns) ?? "", entry.line)
        }
    }

    static func mediaTypes(in manifest: XMLDocument) -> [String: String] {
        var result: [String: String] = [:]
        for entry in entries(in: manifest) { result[entry.path] = entry.mediaType }
        return result
    }

    /// The one manifest akte writes: the package root (`mimeType`, version 1.3) and `parts` (path, media type)
    /// in the given order, on one line.
    static func bytes(mimeType: String, parts: [(path: String, mediaType: String)]) -> [UInt8] {
        func attribute(_ value: String) -> String {
            var bytes: [UInt8] = []
            XMLBytes.appendAttribute(value, into: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        let version = ODFVersion.current
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<manifest:manifest xmlns:manifest=\"\(ns)\" manifest:version=\"\(version)\">"
        xml += "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"\(version)\" manifest:media-type=\"\(attribute(mimeType))\"/>"
        for part in parts {
            xml += "<manifest:file-entry manifest:full-path=\"\(attribute(part.path))\" manifest:media-type=\"\(attribute(part.mediaType))\"/>"
        }
        xml += "</manifest:manifest>"
        return Array(xml.utf8)
    }
}

extension Optional {
    func unwrapped(_ what: String) throws -> Wrapped {
        guard let self else { throw ODFError(.invalidPart, "missing \(what)") }
        return self
    }
}
