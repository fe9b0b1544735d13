/// The compile-time tree of an ODF template part: a plain Swift copy of the parsed XML (built once from
/// AkteXML's document at load), rewritten so that each tag is one marker node, then serialised into segments.
/// It lives only while a template is compiled; rendering never sees it.
final class TNode {
    enum Kind { case element, text, marker }

    let kind: Kind
    /// Qualified name (`text:p`) of an element.
    var name: String
    var attributes: [(name: String, value: String)]
    var children: [TNode] = [] {
        didSet { for child in children { child.parent = self } }
    }
    /// Character data of a text node.
    var text: String
    weak var parent: TNode?
    /// The tag of a marker node.
    var marker: Marker?

    // Block sections decided by the scope pass.
    /// Tokens written just before / after this element (a repeated table row or list item).
    var before: [Token] = []
    var after: [Token] = []
    /// When set, the element is not written; this token is written in its place (a tag-only paragraph/row/item).
    var replacement: Token?

    init(element name: String, attributes: [(name: String, value: String)] = []) {
        kind = .element
        self.name = name
        self.attributes = attributes
        text = ""
    }

    init(text: String) {
        kind = .text
        name = ""
        attributes = []
        self.text = text
    }

    init(marker: Marker) {
        kind = .marker
        name = ""
        attributes = []
        text = ""
        self.marker = marker
    }

    func attribute(_ name: String) -> String? {
        attributes.first(where: { $0.name == name })?.value
    }

    var isParagraph: Bool { kind == .element && (name == "text:p" || name == "text:h") }

    /// Ancestors from the parent up to the root.
    var ancestors: [TNode] {
        var result: [TNode] = []
        var current = parent
        while let node = current { result.append(node); current = node.parent }
        return result
    }

    /// Pre-order walk.
    func walk(_ visit: (TNode) -> Void) {
        visit(self)
        for child in children { child.walk(visit) }
    }

    /// Pre-order walk that stops as soon as `visit` returns false; returns false when it stopped.
    @discardableResult
    func walkWhile(_ visit: (TNode) -> Bool) -> Bool {
        guard visit(self) else { return false }
        for child in children where !child.walkWhile(visit) { return false }
        return true
    }
}

/// A tag after normalisation: its kind, where it stands, and how the scope pass decided to write it.
final class Marker {
    enum Role {
        /// Written where it stands: a value, or an inline section tag.
        case inPlace
        /// Not written: a block section's tag, whose markup was put around the block.
        case vanish
    }

    let kind: TagKind
    let location: TemplateLocation
    var role: Role = .inPlace
    /// The markup to write for a blank line in a value that fills its paragraph alone.
    var paragraphBreak: [UInt8]?
    /// Escaping of a value (ODF paragraph text or plain XML character data).
    let inParagraph: Bool

    init(kind: TagKind, location: TemplateLocation, inParagraph: Bool) {
        self.kind = kind
        self.location = location
        self.inParagraph = inParagraph
    }
}
