internal import CLibXML2
import Foundation

/// A handle on one node of an `XMLDocument`. It keeps its document alive, and the document never frees
/// a node while it lives, so a handle stays valid however the tree is edited.
///
/// Two handles are equal when they name the same node. Not `Sendable`: it belongs to the task that
/// owns the document.
public struct XMLNode: Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        case element
        case text
        case cdata
        case comment
        case processingInstruction
        case entityReference
        case other
    }

    public let document: XMLDocument
    let raw: UnsafeMutableRawPointer

    init(document: XMLDocument, pointer: xmlNodePtr) {
        self.document = document
        self.raw = UnsafeMutableRawPointer(pointer)
    }

    var pointer: xmlNodePtr { raw.assumingMemoryBound(to: xmlNode.self) }

    public static func == (lhs: XMLNode, rhs: XMLNode) -> Bool { lhs.raw == rhs.raw }
    public func hash(into hasher: inout Hasher) { hasher.combine(raw) }

    public var description: String {
        switch kind {
        case .element: return "<\(qualifiedName)>"
        case .text: return "text(\(textContent.debugDescription))"
        default: return "\(kind)"
        }
    }

    // MARK: Identity

    public var kind: Kind {
        switch pointer.pointee.type {
        case XML_ELEMENT_NODE: return .element
        case XML_TEXT_NODE: return .text
        case XML_CDATA_SECTION_NODE: return .cdata
        case XML_COMMENT_NODE: return .comment
        case XML_PI_NODE: return .processingInstruction
        case XML_ENTITY_REF_NODE: return .entityReference
        default: return .other
        }
    }

    public var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// The local name of an element (`p` for `text:p`); libxml2's fixed names for other nodes (`text`).
    public var localName: String { LibXML2.borrowString(pointer.pointee.name) ?? "" }

    /// The namespace URI of an element, nil when it is in no namespace.
    public var namespaceURI: String? {
        guard isElement, let ns = pointer.pointee.ns else { return nil }
        return LibXML2.borrowString(ns.pointee.href)
    }

    public var prefix: String? {
        guard isElement, let ns = pointer.pointee.ns else { return nil }
        return LibXML2.borrowString(ns.pointee.prefix)
    }

    /// `prefix:localName`, or the local name when unprefixed.
    public var qualifiedName: String {
        prefix.map { "\($0):\(localName)" } ?? localName
    }

    /// True when this is an element with this local name and namespace.
    public func isElement(_ localName: String, namespaceURI: String?) -> Bool {
        isElement && self.localName == localName && self.namespaceURI == namespaceURI
    }

    /// The line where the node started in the parsed source (0 for created nodes).
    public var line: Int { Int(xmlGetLineNo(pointer)) }

    // MARK: Navigation

    public var parent: XMLNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return document.node(parent)
    }

    public var firstChild: XMLNode? { pointer.pointee.children.map(document.node) }
    public var lastChild: XMLNode? { pointer.pointee.last.map(document.node) }
    public var nextSibling: XMLNode? { pointer.pointee.next.map(document.node) }
    public var previousSibling: XMLNode? { pointer.pointee.prev.map(document.node) }

    /// All child nodes (elements, text, comments…) in document order.
    public var children: [XMLNode] {
        var result: [XMLNode] = []
        var current = pointer.pointee.children
        while let node = current {
            result.append(document.node(node))
            current = node.pointee.next
        }
        return result
    }

    /// The child elements only.
    public var childElements: [XMLNode] { children.filter(\.isElement) }

    /// Child elements with this local name and namespace.
    public func childElements(_ localName: String, namespaceURI: String?) -> [XMLNode] {
        childElements.filter { $0.isElement(localName, namespaceURI: namespaceURI) }
    }

    /// The first child element with this local name and namespace.
    public func firstChildElement(_ localName: String, namespaceURI: String?) -> XMLNode? {
        var current = pointer.pointee.children
        while let node = current {
            let handle = document.node(node)
            if handle.isElement(localName, namespaceURI: namespaceURI) { return handle }
            current = node.pointee.next
        }
        return nil
    }

    /// Every descendant in document order (depth first), not including this node.
    public var descendants: [XMLNode] {
        var result: [XMLNode] = []
        func walk(_ first: xmlNodePtr?) {
            var current = first
            while let node = current {
                result.append(document.node(node))
                walk(node.pointee.children)
                current = node.pointee.next
            }
        }
        walk(pointer.pointee.children)
        return result
    }

    /// Descendant elements with this local name and namespace, in document order.
    public func descendantElements(_ localName: String, namespaceURI: String?) -> [XMLNode] {
        descendants.filter { $0.isElement(localName, namespaceURI: namespaceURI) }
    }

    /// The ancestors, nearest first.
    public var ancestors: [XMLNode] {
        var result: [XMLNode] = []
        var current = parent
        while let node = current {
            result.append(node)
            current = node.parent
        }
        return result
    }

    // MARK: Content

    /// The concatenated character data of this node and its descendants, unescaped (`&amp;` reads
    /// as `&`).
    public var textContent: String {
        LibXML2.takeString(xmlNodeGetContent(pointer)) ?? ""
    }

    /// Serialises this node (and its subtree) as UTF-8, without reformatting.
    public func serialized() -> Data {
        guard let buffer = xmlBufferCreate() else { return Data() }
        defer { xmlBufferFree(buffer) }
        xmlNodeDump(buffer, document.pointer, pointer, 0, 0)
        guard let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    // MARK: Attributes

    /// The value of the attribute `localName` in `namespaceURI` (nil: no namespace).
    public func attribute(_ localName: String, namespaceURI: String?) -> String? {
        guard isElement else { return nil }
        if let namespaceURI {
            return LibXML2.takeString(xmlGetNsProp(pointer, localName, namespaceURI))
        }
        return LibXML2.takeString(xmlGetNoNsProp(pointer, localName))
    }

    /// All attributes of an element, in document order.
    public var attributes: [XMLAttribute] {
        guard isElement else { return [] }
        var result: [XMLAttribute] = []
        var current = pointer.pointee.properties
        while let attribute = current {
            let ns = attribute.pointee.ns
            let value = LibXML2.takeString(xmlNodeListGetString(document.pointer, attribute.pointee.children, 1)) ?? ""
            result.append(XMLAttribute(
                localName: LibXML2.borrowString(attribute.pointee.name) ?? "",
                namespaceURI: ns.flatMap { LibXML2.borrowString($0.pointee.href) },
                prefix: ns.flatMap { LibXML2.borrowString($0.pointee.prefix) },
                value: value))
            current = attribute.pointee.next
        }
        return result
    }
}

/// One attribute as read from an element.
public struct XMLAttribute: Sendable, Hashable {
    public var localName: String
    public var namespaceURI: String?
    public var prefix: String?
    public var value: String

    public var qualifiedName: String { prefix.map { "\($0):\(localName)" } ?? localName }
}
