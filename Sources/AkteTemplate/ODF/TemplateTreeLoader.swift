import AkteXML
import Foundation

/// Parses an XML part with AkteXML (safe options, located errors) and copies it into a `TNode` tree,
/// stripping LibreOffice's foreign markup so that the output is strict ODF 1.3: attributes in a foreign
/// namespace are dropped; a foreign element inside a paragraph is replaced by its content (its text stays),
/// elsewhere it is dropped. Comments and processing instructions are dropped.
enum TemplateTreeLoader {
    /// Namespaces LibreOffice writes that the ODF 1.3 schema does not know ("ODF 1.3 extended").
    static let foreignNamespaces: Set<String> = [
        "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
        "http://openoffice.org/2009/office",  // officeooo
        "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0",
        "urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0",
        "urn:openoffice:names:experimental:ooxml-odf-interop:xmlns:form:1.0",  // formx
        "http://openoffice.org/2010/draw",  // drawooo
        "http://openoffice.org/2009/table",  // tableooo
        "http://www.w3.org/TR/css3-text/",  // css3t
    ]

    static func load(_ data: Data, name: String) throws -> TNode {
        let document = try XMLDocument(data: data, name: name)
        guard let root = document.root else {
            throw TemplateError(.unreadable, at: nil, "\(name): empty XML document")
        }
        var declared: [String: String] = [:]  // prefix → URI declared on the root
        var declarations: [(name: String, value: String)] = []
        for ns in document.rootNamespaceDeclarations where !foreignNamespaces.contains(ns.uri) {
            declared[ns.prefix ?? ""] = ns.uri
            declarations.append((ns.prefix.map { "xmlns:\($0)" } ?? "xmlns", ns.uri))
        }
        let nodes = try copy(root, insideParagraph: false, declared: declared, depth: 1, name: name)
        guard let top = nodes.first, top.kind == .element else {
            throw TemplateError(.unreadable, at: nil, "\(name): the root element is not ODF")
        }
        top.attributes = declarations + top.attributes
        return top
    }

    static let styleNamespace = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    static let drawNamespace = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"

    /// Values LibreOffice writes that the strict schema refuses even though their namespace is standard:
    /// a zero width in `style:border-line-width*` (the schema wants positive lengths) and fill attributes
    /// on page-layout and header/footer properties (an "extended" addition). Both are refinements whose
    /// absence changes nothing visible but the inner widths of double borders and page background fills.
    static func isStrictODF(_ attribute: XMLAttribute, on element: XMLNode) -> Bool {
        if attribute.namespaceURI == styleNamespace, attribute.localName.hasPrefix("border-line-width") {
            let tokens = attribute.value.split(separator: " ")
            return !tokens.contains { token in
                let number = token.prefix { $0.isNumber || $0 == "." }
                return (Double(number) ?? 0) == 0
            }
        }
        if attribute.namespaceURI == drawNamespace, element.namespaceURI == styleNamespace,
           element.localName == "page-layout-properties" || element.localName == "header-footer-properties" {
            return false
        }
        return true
    }

    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let metaNamespace = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"

    /// LibreOffice writes a bare date (`2026-01-01`) in `dc:date` of change information, where the schema wants
    /// a dateTime: complete it with midnight.
    static func strictText(_ text: String, in parent: XMLNode?) -> String {
        guard let parent, parent.localName == "date" || parent.localName == "creation-date" || parent.localName == "print-date",
              parent.namespaceURI == dublinCore || parent.namespaceURI == metaNamespace
        else { return text }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let isBareDate = trimmed.count == 10 && trimmed.enumerated().allSatisfy { i, c in (i == 4 || i == 7) ? c == "-" : c.isASCII && c.isNumber }
        return isBareDate ? trimmed + "T00:00:00" : text
    }

    private static func copy(_ node: XMLNode, insideParagraph: Bool, declared: [String: String], depth: Int, name: String) throws(TemplateError) -> [TNode] {
        switch node.kind {
        case .text, .cdata:
            return [TNode(text: strictText(node.textContent, in: node.parent))]
        case .element:
            // Checked before going deeper: the compiler's passes recurse once per level.
            guard depth <= TemplateLimits.maximumElementDepth else {
                throw TemplateError(.tooDeep, at: nil,
                                    "\(name):\(node.line): element '\(node.qualifiedName)' is nested more than \(TemplateLimits.maximumElementDepth) elements deep")
            }
            if let uri = node.namespaceURI, foreignNamespaces.contains(uri) {
                guard insideParagraph else { return [] }
                return try copyChildren(of: node, insideParagraph: true, declared: declared, depth: depth, name: name)
            }
            var attributes: [(name: String, value: String)] = []
            var extraDeclarations: [(name: String, value: String)] = []
            func require(_ prefix: String?, _ uri: String?) {
                guard let prefix, let uri, prefix != "xml", declared[prefix] != uri,
                      !extraDeclarations.contains(where: { $0.name == "xmlns:\(prefix)" }) else { return }
                extraDeclarations.append(("xmlns:\(prefix)", uri))
            }
            require(node.prefix, node.namespaceURI)
            let inTextNamespace = node.namespaceURI == "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
            let isParagraph = inTextNamespace && (node.localName == "p" || node.localName == "h")
            let isList = inTextNamespace && node.localName == "list"
            let isRepeatable = isParagraph || isList || (inTextNamespace && node.localName == "list-item")
            for attribute in node.attributes {
                if let uri = attribute.namespaceURI, foreignNamespaces.contains(uri) { continue }
                // xml:id must stay unique, and a repeated paragraph or list would duplicate it. Lists are
                // the only ids LibreOffice refers to (text:continue-list): continuing "the preceding list"
                // (text:continue-numbering) keeps the numbering without the reference.
                if isRepeatable && attribute.qualifiedName == "xml:id" { continue }
                if isList && attribute.qualifiedName == "text:continue-list" {
                    if !node.attributes.contains(where: { $0.qualifiedName == "text:continue-numbering" }) {
                        attributes.append(("text:continue-numbering", "true"))
                    }
                    continue
                }
                if !isStrictODF(attribute, on: node) { continue }
                if TemplateLimits.declaresRepeatCount(localName: attribute.localName, namespaceURI: attribute.namespaceURI),
                   TemplateLimits.exceedsRepeatCount(attribute.value) {
                    throw TemplateError(.tooLarge, at: nil,
                                        "\(name):\(node.line): \(attribute.qualifiedName)=\"\(attribute.value)\" declares more than \(TemplateLimits.maximumRepeatCount)")
                }
                require(attribute.prefix, attribute.namespaceURI)
                attributes.append((attribute.qualifiedName, attribute.value))
            }
            let element = TNode(element: node.qualifiedName, attributes: extraDeclarations + attributes)
            let inside = insideParagraph || isParagraph
            element.children = try copyChildren(of: node, insideParagraph: inside, declared: declared, depth: depth, name: name)
            return [element]
        default:
            return []
        }
    }

    private static func copyChildren(of node: XMLNode, insideParagraph: Bool, declared: [String: String], depth: Int, name: String) throws(TemplateError) -> [TNode] {
        var result: [TNode] = []
        for child in node.children {
            result.append(contentsOf: try copy(child, insideParagraph: insideParagraph, declared: declared, depth: depth + 1, name: name))
        }
        return result
    }
}
