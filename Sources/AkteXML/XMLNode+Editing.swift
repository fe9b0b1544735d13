internal import CLibXML2
import Foundation

// Editing. Every call checks that the nodes involved belong to this node's document, so the raw
// relinking in the shim (which never merges or frees nodes) stays sound.
extension XMLNode {
    // MARK: Inserting

    /// Appends `child` as the last child of this element. `child` is moved if it sits elsewhere.
    public func appendChild(_ child: XMLNode) throws {
        try checkInsertable(child, relativeTo: self, asChildOf: self)
        detachForMove(child)
        akte_link_last_child(pointer, child.pointer)
    }

    /// Inserts `node` just before this node (which must have a parent).
    public func insertBefore(_ node: XMLNode) throws {
        try checkInsertable(node, relativeTo: self, asChildOf: parentForSiblingInsert())
        detachForMove(node)
        akte_link_before(pointer, node.pointer)
    }

    /// Inserts `node` just after this node (which must have a parent).
    public func insertAfter(_ node: XMLNode) throws {
        try checkInsertable(node, relativeTo: self, asChildOf: parentForSiblingInsert())
        detachForMove(node)
        akte_link_after(pointer, node.pointer)
    }

    /// Appends user text as a new text node; libxml2 escapes it on output. Throws when the text
    /// contains characters XML 1.0 forbids (see `XMLCharacters`).
    @discardableResult
    public func appendText(_ text: String) throws -> XMLNode {
        let node = try document.makeText(text)
        try appendChild(node)
        return node
    }

    /// Adds user text at the end of this text node (`xmlNodeAddContent`: stored raw, escaped on
    /// output, never interpreted as markup or entities).
    public func addTextContent(_ text: String) throws {
        guard kind == .text else { throw document.operationError("addTextContent needs a text node, not \(self)") }
        try XMLCharacters.check(text, in: document)
        xmlNodeAddContent(pointer, text)
    }

    /// Removes all children (kept alive until the document dies).
    public func removeAllChildren() {
        for child in children { child.unlink() }
    }

    // MARK: Removing

    /// Takes this node (and its subtree) out of the tree. The handle stays valid, so it can be inserted
    /// again; the memory is released with the document.
    public func unlink() {
        xmlUnlinkNode(pointer)
        document.remember(pointer)
    }

    /// Same as `unlink()`; named for call sites that never reinsert the node.
    public func remove() { unlink() }

    /// Replaces this node by its children (in place), then unlinks it. Used to drop a wrapper element
    /// while keeping its content.
    public func unwrap() throws {
        guard parentForSiblingInsertOrNil() != nil else { throw document.operationError("cannot unwrap \(self): it has no parent") }
        for child in children {
            try insertBefore(child)
        }
        unlink()
    }

    // MARK: Attributes

    /// Sets an attribute. For a namespaced attribute the namespace must be declared in scope, or a
    /// `prefix` must be given so it can be declared on the root element. The value is stored raw and
    /// escaped by libxml2 on output.
    public func setAttribute(_ localName: String, namespaceURI: String?, value: String, prefix: String? = nil) throws {
        guard isElement else { throw document.operationError("attributes need an element, not \(self)") }
        try XMLCharacters.check(value, in: document)
        if let namespaceURI {
            let ns = try document.namespace(for: namespaceURI, preferredPrefix: prefix, near: pointer, forAttribute: true)
            xmlSetNsProp(pointer, ns, localName, value)
        } else {
            // xmlSetNsProp with a nil namespace sets the un-namespaced attribute, without entity parsing
            // (xmlSetProp would split a "prefix:name" string).
            xmlSetNsProp(pointer, nil, localName, value)
        }
    }

    /// Removes an attribute; returns whether it was present.
    @discardableResult
    public func removeAttribute(_ localName: String, namespaceURI: String?) -> Bool {
        guard isElement else { return false }
        guard let attribute = xmlHasNsProp(pointer, localName, namespaceURI),
              attribute.pointee.type == XML_ATTRIBUTE_NODE else { return false }
        // Attribute nodes are never handed out as XMLNode, so freeing this one cannot dangle a handle.
        return xmlRemoveProp(attribute) == 0
    }

    // MARK: Copying

    /// A deep copy of this node, owned by `document` (by default this node's own), not yet inserted.
    /// Namespaces are resolved against the target's root element, so a copy inserted anywhere below
    /// that root needs no extra `xmlns` declarations; namespaces the root lacks are declared on the copy.
    public func deepCopy(into target: XMLDocument? = nil) throws -> XMLNode {
        let owner = target ?? document
        let targetRoot = xmlDocGetRootElement(owner.pointer)
        if let targetRoot, owner !== document { declareUsedNamespaces(on: targetRoot) }
        var copy: xmlNodePtr?
        let status = targetRoot == nil
            ? (xmlDocCopyNode(pointer, owner.pointer, 1).map { copy = $0; return 0 } ?? -1)
            : xmlDOMWrapCloneNode(nil, document.pointer, pointer, &copy, owner.pointer, targetRoot, 1, 0)
        guard status == 0, let copy else {
            if let copy { xmlFreeNode(copy) }
            throw owner.operationError("libxml2 could not copy \(self)")
        }
        owner.remember(copy)
        return owner.node(copy)
    }

    // MARK: Helpers

    /// Declares on `root` (another document's root element) every namespace this subtree uses that is
    /// not yet in scope there, keeping the source prefixes, so copies share the root's declarations.
    private func declareUsedNamespaces(on root: xmlNodePtr) {
        var seen: Set<String> = []
        func declare(_ ns: xmlNsPtr?) {
            guard let ns, let href = LibXML2.borrowString(ns.pointee.href), seen.insert(href).inserted else { return }
            if xmlSearchNsByHref(root.pointee.doc, root, ns.pointee.href) == nil {
                // Fails (returns nil) when the prefix is taken by another URI; the clone then declares
                // the namespace on the copy itself.
                _ = xmlNewNs(root, ns.pointee.href, ns.pointee.prefix)
            }
        }
        func walk(_ node: xmlNodePtr) {
            guard node.pointee.type == XML_ELEMENT_NODE else { return }
            declare(node.pointee.ns)
            var attribute = node.pointee.properties
            while let current = attribute {
                declare(current.pointee.ns)
                attribute = current.pointee.next
            }
            var child = node.pointee.children
            while let current = child {
                walk(current)
                child = current.pointee.next
            }
        }
        walk(pointer)
    }

    private func parentForSiblingInsertOrNil() -> xmlNodePtr? {
        pointer.pointee.parent
    }

    private func parentForSiblingInsert() throws -> XMLNode {
        guard let parent = pointer.pointee.parent else {
            throw document.operationError("cannot insert a sibling next to \(self): it has no parent")
        }
        guard parent.pointee.type == XML_ELEMENT_NODE else {
            throw document.operationError("cannot insert a sibling next to the root element")
        }
        return document.node(parent)
    }

    private func checkInsertable(_ node: XMLNode, relativeTo reference: XMLNode, asChildOf parent: XMLNode) throws {
        guard node.document === document else {
            throw document.operationError("\(node) belongs to another document; use deepCopy(into:) first")
        }
        guard parent.isElement else { throw document.operationError("only elements can have children, not \(parent)") }
        guard node != reference else { throw document.operationError("cannot insert \(node) next to itself") }
        // Inserting an ancestor below itself would create a cycle.
        var current: xmlNodePtr? = parent.pointer
        while let ancestor = current {
            if ancestor == node.pointer { throw document.operationError("cannot insert \(node) inside itself") }
            current = ancestor.pointee.parent
        }
        switch node.pointer.pointee.type {
        case XML_ELEMENT_NODE, XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_COMMENT_NODE, XML_PI_NODE:
            break
        default:
            throw document.operationError("cannot insert \(node)")
        }
    }

    private func detachForMove(_ node: XMLNode) {
        // The node is about to get a parent; a remembered pointer with a parent is skipped in deinit.
        xmlUnlinkNode(node.pointer)
        document.remember(node.pointer)
    }
}

extension XMLDocument {
    /// A new element in `namespaceURI`, not yet inserted. The namespace must be declared on the root
    /// element, or `preferredPrefix` given so it can be declared there.
    public func makeElement(_ localName: String, namespaceURI: String?, preferredPrefix: String? = nil) throws -> XMLNode {
        guard let element = xmlNewDocNode(pointer, nil, localName, nil) else {
            throw operationError("libxml2 could not create <\(localName)>")
        }
        remember(element)
        if let namespaceURI {
            let root = xmlDocGetRootElement(pointer)
            let ns = try namespace(for: namespaceURI, preferredPrefix: preferredPrefix, near: root, forAttribute: false)
            xmlSetNs(element, ns)
        }
        return node(element)
    }

    /// A new text node holding `text` verbatim (escaped by libxml2 on output), not yet inserted.
    /// Throws when the text contains characters XML 1.0 forbids.
    public func makeText(_ text: String) throws -> XMLNode {
        try XMLCharacters.check(text, in: self)
        guard let node = xmlNewDocText(pointer, text) else { throw operationError("libxml2 could not create a text node") }
        remember(node)
        return self.node(node)
    }

    /// Finds the namespace declaration in scope at `node`, or declares it on the root element.
    func namespace(for uri: String, preferredPrefix: String?, near node: xmlNodePtr?, forAttribute: Bool) throws -> xmlNsPtr {
        if let found = xmlSearchNsByHref(pointer, node ?? xmlDocGetRootElement(pointer), uri),
           !(forAttribute && found.pointee.prefix == nil) {
            return found
        }
        if let root = xmlDocGetRootElement(pointer),
           let found = xmlSearchNsByHref(pointer, root, uri),
           !(forAttribute && found.pointee.prefix == nil) {
            return found
        }
        guard let preferredPrefix else {
            throw operationError("namespace \(uri) is not declared; pass a prefix to declare it")
        }
        try declareNamespace(prefix: preferredPrefix, uri: uri)
        guard let root = xmlDocGetRootElement(pointer), let declared = xmlSearchNsByHref(pointer, root, uri) else {
            throw operationError("cannot declare namespace \(uri)")
        }
        return declared
    }
}
