import AkteXML
import Foundation

/// Joins the parts of a package into one Flat ODF document (`office:document`): the inverse of
/// `FlatODFSplitter`. Automatic styles of content.xml and styles.xml share one container, so a style
/// present in both must be the same style (the splitter guarantees that for split documents);
/// attachments referenced by `draw:image` go back inline as base64 `office:binary-data`.
struct FlatODFJoiner {
    let package: ODFPackage
    let meta: XMLDocument
    private let office = ODFNamespace.office

    func document(name: String) throws -> XMLDocument {
        let flat = try XMLDocument(name: name, rootLocalName: "document", namespaceURI: office, prefix: "office")
        let parts = [package.content, package.styles, meta] + (package.settings.map { [$0] } ?? [])
        for part in parts {
            for declaration in part.rootNamespaceDeclarations where declaration.uri != office {
                // A prefix bound to two URIs in two parts keeps the first; copies then declare their own.
                _ = try? flat.declareNamespace(prefix: declaration.prefix, uri: declaration.uri)
            }
        }
        let root = try flat.root.unwrapped("office:document")
        try root.setAttribute("version", namespaceURI: office, value: ODFVersion.current)
        try root.setAttribute("mimetype", namespaceURI: office, value: package.mimeType)

        func child(_ part: XMLDocument?, _ name: String) -> XMLNode? {
            part?.root?.firstChildElement(name, namespaceURI: office)
        }
        func append(_ node: XMLNode?) throws {
            guard let node else { return }
            try root.appendChild(try node.deepCopy(into: flat))
        }
        try append(child(meta, "meta"))
        try append(child(package.settings, "settings"))
        try append(child(package.content, "scripts"))
        try appendMerged("font-face-decls", from: [package.styles, package.content], to: flat)
        try append(child(package.styles, "styles"))
        try appendMerged("automatic-styles", from: [package.styles, package.content], to: flat)
        try append(child(package.styles, "master-styles"))
        try append(child(package.content, "body"))
        try inlinePictures(in: flat)
        return flat
    }

    /// One container holding the children of `name` in each part, each distinct definition once.
    private func appendMerged(_ name: String, from parts: [XMLDocument], to flat: XMLDocument) throws {
        let container = try flat.makeElement(name, namespaceURI: office)
        var seen: [String: Data] = [:]
        for part in parts {
            for item in part.root?.firstChildElement(name, namespaceURI: office)?.childElements ?? [] {
                let key = [item.qualifiedName,
                           item.attribute("family", namespaceURI: ODFNamespace.style) ?? "",
                           item.attribute("name", namespaceURI: ODFNamespace.style) ?? ""].joined(separator: "|")
                let definition = item.serialized()
                if let earlier = seen[key] {
                    if earlier == definition { continue }
                    throw ODFError(.invalidPart, part: part.name, line: item.line,
                                   "\(item.qualifiedName) \(key.split(separator: "|").last ?? "") differs between content.xml and styles.xml; a flat document can hold only one")
                }
                seen[key] = definition
                try container.appendChild(try item.deepCopy(into: flat))
            }
        }
        try flat.root.unwrapped("office:document").appendChild(container)
    }

    private func inlinePictures(in flat: XMLDocument) throws {
        let byPath = Dictionary(package.attachments.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let images = try flat.root.unwrapped("office:document").descendantElements("image", namespaceURI: ODFNamespace.drawing)
        for image in images {
            guard let path = image.attribute("href", namespaceURI: ODFNamespace.xlink), let attachment = byPath[path] else { continue }
            for attribute in ["href", "type", "show", "actuate"] {
                image.removeAttribute(attribute, namespaceURI: ODFNamespace.xlink)
            }
            let binary = try flat.makeElement("binary-data", namespaceURI: office)
            try binary.appendText(attachment.data.base64EncodedString())
            if let first = image.firstChild { try first.insertBefore(binary) } else { try image.appendChild(binary) }
        }
    }
}
