import AkteXML
import Foundation

/// `META-INF/manifest.xml`: reading the listed parts, and building one for the parts akte writes.
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

    /// A manifest listing the package root and `parts` (path, media type) in the given order.
    static func build(mimeType: String, parts: [(path: String, mediaType: String)]) throws -> XMLDocument {
        let document = try XMLDocument(name: path, rootLocalName: "manifest", namespaceURI: ns, prefix: "manifest")
        let root = try document.root.unwrapped("manifest root")
        try root.setAttribute("version", namespaceURI: ns, value: ODFVersion.current)
        func add(_ path: String, _ mediaType: String, version: Bool) throws {
            let entry = try document.makeElement("file-entry", namespaceURI: ns)
            try entry.setAttribute("full-path", namespaceURI: ns, value: path)
            if version { try entry.setAttribute("version", namespaceURI: ns, value: ODFVersion.current) }
            try entry.setAttribute("media-type", namespaceURI: ns, value: mediaType)
            try root.appendText("\n ")
            try root.appendChild(entry)
        }
        try add("/", mimeType, version: true)
        for part in parts { try add(part.path, part.mediaType, version: false) }
        try root.appendText("\n")
        return document
    }
}

extension Optional {
    func unwrapped(_ what: String) throws -> Wrapped {
        guard let self else { throw ODFError(.invalidPart, "missing \(what)") }
        return self
    }
}
