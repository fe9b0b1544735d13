import AkteTemplate
import AkteXML
import Foundation

/// Copies a parsed XML part into a `TemplateNode` tree, removing foreign markup by the one policy of
/// `ForeignContent` (so the output is strict ODF 1.3) and the few values LibreOffice writes that the strict
/// schema refuses. Comments and processing instructions are dropped, and so are the root's declarations of
/// foreign namespaces.
enum TemplateTreeLoader {
    /// Copies `document`'s root (the document is only read).
    static func load(_ document: XMLDocument, name: String) throws -> TemplateNode {
        guard let root = document.root else {
            throw TemplateError(.unreadable, at: nil, "\(name): empty XML document")
        }
        var declared: [String: String] = [:]  // prefix → URI declared on the root
        var declarations: [(prefix: String?, uri: String)] = []
        // Declarations of foreign namespaces go with their content: the output names no namespace ODF 1.3 does not define.
        for ns in document.rootNamespaceDeclarations where !ForeignContent.isForeign(ns.uri) {
            declared[ns.prefix ?? ""] = ns.uri
            declarations.append((ns.prefix, ns.uri))
        }
        let nodes = try copy(root, insideParagraph: false, declared: declared, depth: 1, name: name)
        guard let top = nodes.first, top.kind == .element else {
            throw TemplateError(.unreadable, at: nil, "\(name): the root element is not ODF")
        }
        top.declarations = declarations + top.declarations
        return top
    }

    /// Parses an XML part (safe options, located errors) and copies it.
    static func load(_ data: Data, name: String) throws -> TemplateNode {
        try load(try XMLDocument(data: data, name: name), name: name)
    }

    /// Values LibreOffice writes that the strict schema refuses even though their namespace is standard:
    /// a zero width in `style:border-line-width*` (the schema wants positive lengths) and fill attributes
    /// on page-layout and header/footer properties (an "extended" addition). Both are refinements whose
    /// absence changes nothing visible but the inner widths of double borders and page background fills.
    static func isStrictODF(_ attribute: XMLAttribute, on element: XMLNode) -> Bool {
        if attribute.namespaceURI == ODFNamespace.style, attribute.localName.hasPrefix("border-line-width") {
            let tokens = attribute.value.split(separator: " ")
            return !tokens.contains { token in
                let number = token.prefix { $0.isNumber || $0 == "." }
                return (Double(number) ?? 0) == 0
            }
        }
        if attribute.namespaceURI == ODFNamespace.drawing, element.namespaceURI == ODFNamespace.style,
           element.localName == "page-layout-properties" || element.localName == "header-footer-properties" {
            return false
        }
        return true
    }

    /// LibreOffice writes a bare date (`2026-01-01`) in `dc:date` of change information, where the schema wants
    /// a dateTime: complete it with midnight.
    static func strictText(_ text: String, in parent: XMLNode?) -> String {
        guard let parent, parent.localName == "date" || parent.localName == "creation-date" || parent.localName == "print-date",
              parent.namespaceURI == ODFNamespace.dc || parent.namespaceURI == ODFNamespace.meta
        else { return text }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let isBareDate = trimmed.count == 10 && trimmed.enumerated().allSatisfy { i, c in (i == 4 || i == 7) ? c == "-" : c.isASCII && c.isNumber }
        return isBareDate ? trimmed + "T00:00:00" : text
    }

    /// Whether an attribute declares a count the compiler or a reader expands (`TemplateLimits.maximumRepeatCount`):
    /// `c` in ODF's text namespace (`text:s text:c`), `number-…-repeated` and `number-…-spanned` in its table
    /// namespace, whatever prefix the file binds them to.
    static func declaresRepeatCount(localName: String, namespaceURI: String?) -> Bool {
        switch namespaceURI {
        case ODFNamespace.text: return localName == "c"
        case ODFNamespace.table: return localName.hasPrefix("number-") && (localName.hasSuffix("-repeated") || localName.hasSuffix("-spanned"))
        default: return false
        }
    }

    private static func copy(_ node: XMLNode, insideParagraph: Bool, declared: [String: String], depth: Int, name: String) throws(TemplateError) -> [TemplateNode] {
        switch node.kind {
        case .text, .cdata:
            return [TemplateNode(text: strictText(node.textContent, in: node.parent))]
        case .element:
            // Checked before going deeper: the compiler's passes recurse once per level.
            guard depth <= TemplateLimits.maximumElementDepth else {
                throw TemplateError(.tooDeep, at: nil,
                                    "\(name):\(node.line): element '\(node.qualifiedName)' is nested more than \(TemplateLimits.maximumElementDepth) elements deep")
            }
            if ForeignContent.isForeign(node.namespaceURI) {
                let process = node.attribute("process-content", namespaceURI: ODFNamespace.office)
                guard ForeignContent.keepsContent(insideParagraph: insideParagraph, processContent: process) else { return [] }
                return try copyChildren(of: node, insideParagraph: insideParagraph, declared: declared, depth: depth, name: name)
            }
            var attributes: [TemplateAttribute] = []
            var extraDeclarations: [(prefix: String?, uri: String)] = []
            func require(_ prefix: String?, _ uri: String?) {
                guard let prefix, let uri, prefix != "xml", declared[prefix] != uri,
                      !extraDeclarations.contains(where: { $0.prefix == prefix }) else { return }
                extraDeclarations.append((prefix, uri))
            }
            require(node.prefix, node.namespaceURI)
            let inTextNamespace = node.namespaceURI == ODFNamespace.text
            let isParagraph = inTextNamespace && (node.localName == "p" || node.localName == "h")
            let isList = inTextNamespace && node.localName == "list"
            let isRepeatable = isParagraph || isList || (inTextNamespace && node.localName == "list-item")
            for attribute in node.attributes {
                if ForeignContent.isForeign(attribute.namespaceURI) { continue }
                let attributeName = NodeName(attribute.namespaceURI, attribute.localName)
                // xml:id must stay unique, and a repeated paragraph or list would duplicate it. Lists are
                // the only ids LibreOffice refers to (text:continue-list): continuing "the preceding list"
                // (text:continue-numbering) keeps the numbering without the reference.
                if isRepeatable && attributeName == .xml("id") { continue }
                if isList && attributeName == .text("continue-list") {
                    if !node.attributes.contains(where: { $0.namespaceURI == ODFNamespace.text && $0.localName == "continue-numbering" }) {
                        attributes.append(TemplateAttribute(.text("continue-numbering"), prefix: node.prefix, value: "true"))
                    }
                    continue
                }
                if !isStrictODF(attribute, on: node) { continue }
                if declaresRepeatCount(localName: attribute.localName, namespaceURI: attribute.namespaceURI),
                   TemplateLimits.exceedsRepeatCount(attribute.value) {
                    throw TemplateError(.tooLarge, at: nil,
                                        "\(name):\(node.line): \(attribute.qualifiedName)=\"\(attribute.value)\" declares more than \(TemplateLimits.maximumRepeatCount)")
                }
                require(attribute.prefix, attribute.namespaceURI)
                attributes.append(TemplateAttribute(name: attributeName, qualifiedName: attribute.qualifiedName, value: attribute.value))
            }
            let element = TemplateNode(element: NodeName(node.namespaceURI, node.localName), prefix: node.prefix, attributes: attributes)
            element.declarations = extraDeclarations
            let inside = insideParagraph || isParagraph
            element.children = try copyChildren(of: node, insideParagraph: inside, declared: declared, depth: depth, name: name)
            return [element]
        default:
            return []
        }
    }

    private static func copyChildren(of node: XMLNode, insideParagraph: Bool, declared: [String: String], depth: Int, name: String) throws(TemplateError) -> [TemplateNode] {
        var result: [TemplateNode] = []
        for child in node.children {
            result.append(contentsOf: try copy(child, insideParagraph: insideParagraph, declared: declared, depth: depth + 1, name: name))
        }
        return result
    }
}
