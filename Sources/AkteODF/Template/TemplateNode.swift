import AkteTemplate

/// The name of an element or attribute as XML namespaces define it: namespace URI and local name. Every
/// decision of the binder compares these, never prefixes, so a part that binds ODF's namespaces to other
/// prefixes compiles the same; the prefix a file uses is kept beside the name only to write the file's own
/// markup back as it was.
struct NodeName: Hashable, Sendable {
    let namespaceURI: String?
    let localName: String

    init(_ namespaceURI: String?, _ localName: String) {
        self.namespaceURI = namespaceURI
        self.localName = localName
    }

    static func text(_ localName: String) -> NodeName { NodeName(ODFNamespace.text, localName) }
    static func office(_ localName: String) -> NodeName { NodeName(ODFNamespace.office, localName) }
    static func table(_ localName: String) -> NodeName { NodeName(ODFNamespace.table, localName) }
    static func dc(_ localName: String) -> NodeName { NodeName(ODFNamespace.dc, localName) }
    static func manifest(_ localName: String) -> NodeName { NodeName(ODFNamespace.manifest, localName) }
    static func xml(_ localName: String) -> NodeName { NodeName(ODFNamespace.xml, localName) }

    static let paragraph = text("p")
    static let heading = text("h")
}

/// An attribute of a `TemplateNode`: its name, and the qualified name (`text:style-name`) it is written with.
struct TemplateAttribute {
    var name: NodeName
    var qualifiedName: String
    var value: String

    /// An attribute spelt with `prefix` (the prefix of the element it is made for, so it needs no declaration).
    init(_ name: NodeName, prefix: String?, value: String) {
        self.name = name
        self.qualifiedName = prefix.map { "\($0):\(name.localName)" } ?? name.localName
        self.value = value
    }

    init(name: NodeName, qualifiedName: String, value: String) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.value = value
    }
}

/// The compile-time tree of an ODF template part: a plain Swift copy of the parsed XML (built once from
/// AkteXML's document at load), rewritten so that each tag is one marker node, then serialised into segments.
/// It lives only while a template is compiled; rendering never sees it.
final class TemplateNode {
    enum Kind { case element, text, marker }

    let kind: Kind
    /// Namespace and local name of an element.
    var name: NodeName
    /// The element's prefix in the part (`text` of `text:p`), for writing it back.
    var prefix: String?
    /// Namespace declarations written on the element (`xmlns:text="…"`), before its attributes.
    var declarations: [(prefix: String?, uri: String)] = []
    var attributes: [TemplateAttribute]
    var children: [TemplateNode] = [] {
        didSet { for child in children { child.parent = self } }
    }
    /// Character data of a text node.
    var text: String
    weak var parent: TemplateNode?
    /// The tag of a marker node.
    var marker: Marker?

    // Block sections decided by the scope pass.
    /// Tokens written just before / after this element (a repeated table row or list item).
    var before: [Token] = []
    var after: [Token] = []
    /// When set, the element is not written; this token is written in its place (a tag-only paragraph/row/item).
    var replacement: Token?

    init(element name: NodeName, prefix: String?, attributes: [TemplateAttribute] = []) {
        kind = .element
        self.name = name
        self.prefix = prefix
        self.attributes = attributes
        text = ""
    }

    init(text: String) {
        kind = .text
        name = NodeName(nil, "")
        attributes = []
        self.text = text
    }

    init(marker: Marker) {
        kind = .marker
        name = NodeName(nil, "")
        attributes = []
        text = ""
        self.marker = marker
    }

    /// The element with its name, declarations and attributes, without children (a span regrouped around a tag).
    func emptyCopy() -> TemplateNode {
        let copy = TemplateNode(element: name, prefix: prefix, attributes: attributes)
        copy.declarations = declarations
        return copy
    }

    /// The element's name as written in the part (`text:p`).
    var qualifiedName: String {
        prefix.map { "\($0):\(name.localName)" } ?? name.localName
    }

    func attribute(_ name: NodeName) -> String? {
        attributes.first(where: { $0.name == name })?.value
    }

    func isElement(_ name: NodeName) -> Bool { kind == .element && self.name == name }

    var isParagraph: Bool { kind == .element && (name == .paragraph || name == .heading) }

    /// Ancestors from the parent up to the root.
    var ancestors: [TemplateNode] {
        var result: [TemplateNode] = []
        var current = parent
        while let node = current { result.append(node); current = node.parent }
        return result
    }

    /// Pre-order walk.
    func walk(_ visit: (TemplateNode) -> Void) {
        visit(self)
        for child in children { child.walk(visit) }
    }

    /// Pre-order walk that stops as soon as `visit` returns false; returns false when it stopped.
    @discardableResult
    func walkWhile(_ visit: (TemplateNode) -> Bool) -> Bool {
        guard visit(self) else { return false }
        for child in children where !child.walkWhile(visit) { return false }
        return true
    }
}
