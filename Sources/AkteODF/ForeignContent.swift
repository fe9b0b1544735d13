import AkteXML

/// Removes foreign elements and attributes (namespaces ODF does not define, see
/// `ODFNamespace.defined`) the way ODF 1.3 part 3 §3.17 tells consumers to treat them: a foreign
/// element inside a paragraph or heading (`text:p`, `text:h`), or marked
/// `office:process-content="true"`, is replaced by its content, so its text is kept; any other foreign
/// element is dropped with its content (unless `office:process-content="true"`).
///
/// The one policy for foreign content: this removal edits a parsed document (`ODTWriter`, `validate`); the
/// template binder (`TemplateTreeLoader`) applies the same two rules while it copies a template part.
public enum ForeignContent {
    /// One removed element or attribute, for reports.
    public struct Removal: Sendable, Hashable {
        public var qualifiedName: String
        public var line: Int
        public var isAttribute: Bool
    }

    /// Strips foreign content from `document` in place; returns what was removed, in document order.
    @discardableResult
    public static func remove(from document: XMLDocument) throws -> [Removal] {
        guard let root = document.root else { return [] }
        var removals: [Removal] = []
        try clean(root, insideParagraph: false, removals: &removals)
        return removals
    }

    /// Whether a name in this namespace is foreign to ODF 1.3 (no namespace: not foreign).
    static func isForeign(_ namespaceURI: String?) -> Bool {
        guard let namespaceURI else { return false }
        return !ODFNamespace.defined.contains(namespaceURI)
    }

    /// Whether a foreign element's content is kept (lifted into its place) rather than dropped with it:
    /// `office:process-content` decides when present, else whether the element stands inside a paragraph.
    static func keepsContent(insideParagraph: Bool, processContent: String?) -> Bool {
        processContent == "true" || (processContent == nil && insideParagraph)
    }

    private static func clean(_ element: XMLNode, insideParagraph: Bool, removals: inout [Removal]) throws {
        for attribute in element.attributes where isForeign(attribute.namespaceURI) {
            element.removeAttribute(attribute.localName, namespaceURI: attribute.namespaceURI)
            removals.append(Removal(qualifiedName: attribute.qualifiedName, line: element.line, isAttribute: true))
        }
        let paragraph = insideParagraph
            || element.isElement("p", namespaceURI: ODFNamespace.text)
            || element.isElement("h", namespaceURI: ODFNamespace.text)
        for child in element.childElements {
            guard isForeign(child.namespaceURI) else {
                try clean(child, insideParagraph: paragraph, removals: &removals)
                continue
            }
            removals.append(Removal(qualifiedName: child.qualifiedName, line: child.line, isAttribute: false))
            let process = child.attribute("process-content", namespaceURI: ODFNamespace.office)
            if keepsContent(insideParagraph: paragraph, processContent: process) {
                // Clean the content first (it may hold foreign pieces too), then lift it into place.
                try clean(child, insideParagraph: paragraph, removals: &removals)
                try child.unwrap()
            } else {
                child.remove()
            }
        }
    }
}
