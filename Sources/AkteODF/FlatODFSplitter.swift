import AkteXML
import Foundation

/// Splits a Flat ODF document (`office:document`, one XML file) into the parts of a package.
///
/// - `office:meta` → meta.xml, `office:settings` → settings.xml
/// - `office:styles`, `office:master-styles` → styles.xml; `office:body`, `office:scripts` → content.xml
/// - `office:font-face-decls` → both
/// - `office:automatic-styles`: page layouts and the styles used by common/master styles (headers,
///   footers) → styles.xml; those used in the body → content.xml; a style used in both → both;
///   styles used nowhere stay with the content.
/// - pictures in `office:binary-data` → `Pictures/` attachments (see `EmbeddedPictures`).
struct FlatODFSplitter {
    let document: XMLDocument
    private let office = ODFNamespace.office

    /// Refuses a document whose root is not `office:document`.
    static func checkRoot(of document: XMLDocument) throws {
        guard let root = document.root, root.isElement("document", namespaceURI: ODFNamespace.office) else {
            throw ODFError(.invalidPart, part: document.name, line: document.root?.line ?? 0,
                           "not a Flat ODF document (expected office:document)")
        }
    }

    func package() throws -> ODFPackage {
        try Self.checkRoot(of: document)
        let root = document.root!
        let attachments = try EmbeddedPictures.extract(from: document)
        let mimeType = root.attribute("mimetype", namespaceURI: office) ?? ODFMediaType.text
        func child(_ name: String) -> XMLNode? { root.firstChildElement(name, namespaceURI: office) }

        let automatic = child("automatic-styles")?.childElements ?? []
        let stylesSide = [child("styles"), child("master-styles")].compactMap { $0 }
        let bodySide = [child("body"), child("scripts")].compactMap { $0 }
        let forStyles = StyleReferences.closure(of: StyleReferences.referenced(from: stylesSide), automaticStyles: automatic)
        let forBody = StyleReferences.closure(of: StyleReferences.referenced(from: bodySide), automaticStyles: automatic)

        func belongsToStyles(_ style: XMLNode) -> Bool {
            if style.isElement("page-layout", namespaceURI: ODFNamespace.style) { return true }
            return style.attribute("name", namespaceURI: ODFNamespace.style).map(forStyles.contains) ?? false
        }
        func belongsToContent(_ style: XMLNode) -> Bool {
            if style.isElement("page-layout", namespaceURI: ODFNamespace.style) { return false }
            guard let name = style.attribute("name", namespaceURI: ODFNamespace.style) else { return true }
            return forBody.contains(name) || !forStyles.contains(name)
        }

        let content = try part("content.xml", root: "document-content")
        try copy(child("scripts"), into: content)
        try copy(child("font-face-decls"), into: content)
        try copyAutomaticStyles(automatic.filter(belongsToContent), into: content)
        try copy(child("body"), into: content)

        let styles = try part("styles.xml", root: "document-styles")
        try copy(child("font-face-decls"), into: styles)
        try copy(child("styles"), into: styles)
        try copyAutomaticStyles(automatic.filter(belongsToStyles), into: styles)
        try copy(child("master-styles"), into: styles)

        var meta: XMLDocument?
        if let source = child("meta") {
            meta = try part("meta.xml", root: "document-meta")
            try copy(source, into: meta!)
        }
        var settings: XMLDocument?
        if let source = child("settings") {
            settings = try part("settings.xml", root: "document-settings")
            try copy(source, into: settings!)
        }
        return ODFPackage(mimeType: mimeType, content: content, styles: styles, meta: meta, settings: settings, attachments: attachments)
    }

    /// A new part whose root carries every namespace declaration of the flat document, so copied
    /// subtrees need none of their own.
    private func part(_ name: String, root localName: String) throws -> XMLDocument {
        let part = try XMLDocument(name: name, rootLocalName: localName, namespaceURI: office, prefix: "office")
        for declaration in document.rootNamespaceDeclarations where declaration.uri != office {
            try part.declareNamespace(prefix: declaration.prefix, uri: declaration.uri)
        }
        if let version = document.root?.attribute("version", namespaceURI: office) {
            try part.root?.setAttribute("version", namespaceURI: office, value: version)
        }
        return part
    }

    private func copy(_ node: XMLNode?, into part: XMLDocument) throws {
        guard let node, let root = part.root else { return }
        try root.appendChild(try node.deepCopy(into: part))
    }

    private func copyAutomaticStyles(_ styles: [XMLNode], into part: XMLDocument) throws {
        guard let root = part.root else { return }
        let container = try part.makeElement("automatic-styles", namespaceURI: office)
        for style in styles { try container.appendChild(try style.deepCopy(into: part)) }
        try root.appendChild(container)
    }
}
