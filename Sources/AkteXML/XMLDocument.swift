internal import CLibXML2
import Foundation

/// An XML document in memory, owning its libxml2 tree (freed in `deinit`).
///
/// Thread safety: a document and its nodes are not thread-safe. Use one document per task; separate
/// documents may be parsed, edited and serialised concurrently (libxml2 is initialised once, see
/// `LibXML2.ready`).
///
/// Memory rule: no node is ever freed while its document lives. Nodes removed from the tree or created
/// but never inserted are remembered and freed with the document, so an `XMLNode` handle can never
/// dangle.
public final class XMLDocument {
    /// 64 MiB: far above any ODF part akte reads or writes, well below what would hurt.
    public static let defaultMaximumSize = 64 << 20

    /// The name used in error messages (a file name or a part name such as `content.xml`).
    public let name: String
    let raw: UnsafeMutableRawPointer
    /// Nodes that may be outside the tree when the document dies (see the memory rule).
    private var detached: Set<UnsafeMutableRawPointer> = []

    var pointer: xmlDocPtr { raw.assumingMemoryBound(to: xmlDoc.self) }

    private init(name: String, document: xmlDocPtr) {
        self.name = name
        self.raw = UnsafeMutableRawPointer(document)
    }

    deinit {
        // Collect the roots of detached subtrees first, then free them: freeing one subtree may free
        // another remembered node, whose parent pointer must not be read afterwards.
        let roots = detached.filter { $0.assumingMemoryBound(to: xmlNode.self).pointee.parent == nil }
        for root in roots { xmlFreeNode(root.assumingMemoryBound(to: xmlNode.self)) }
        xmlFreeDoc(pointer)
    }

    // MARK: Parsing

    /// Parses XML from memory with safe options: no network, no DTD loading, no entity substitution,
    /// and documents that declare entities are refused outright (XXE, billion laughs).
    public convenience init(data: Data, name: String, maximumSize: Int = XMLDocument.defaultMaximumSize) throws {
        _ = LibXML2.ready
        guard data.count <= maximumSize else {
            throw XMLError(kind: .tooLarge, documentName: name,
                           message: "document is \(data.count) bytes, more than the limit of \(maximumSize)")
        }
        guard data.count <= Int(Int32.max) else {
            throw XMLError(kind: .tooLarge, documentName: name, message: "document too large for libxml2")
        }
        let document = try SafeParser.parse(data, name: name)
        self.init(name: name, document: document)
    }

    /// Reads and parses a file (see `init(data:name:maximumSize:)`); `name` defaults to the file name.
    public convenience init(contentsOf url: URL, name: String? = nil, maximumSize: Int = XMLDocument.defaultMaximumSize) throws {
        let documentName = name ?? url.lastPathComponent
        let size: Int
        do {
            let values = try url.resourceValues(forKeys: [.fileSizeKey])
            size = values.fileSize ?? 0
        } catch {
            throw XMLError(kind: .unreadable, documentName: documentName, message: "cannot read \(url.path): \(error.localizedDescription)")
        }
        guard size <= maximumSize else {
            throw XMLError(kind: .tooLarge, documentName: documentName,
                           message: "document is \(size) bytes, more than the limit of \(maximumSize)")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw XMLError(kind: .unreadable, documentName: documentName, message: "cannot read \(url.path): \(error.localizedDescription)")
        }
        try self.init(data: data, name: documentName, maximumSize: maximumSize)
    }

    /// A new document with one root element; the root's namespace is declared on it with `prefix`.
    public convenience init(name: String, rootLocalName: String, namespaceURI: String?, prefix: String?) throws {
        _ = LibXML2.ready
        guard let document = xmlNewDoc("1.0") else {
            throw XMLError(kind: .invalidOperation, documentName: name, message: "libxml2 could not create a document")
        }
        self.init(name: name, document: document)
        guard let root = xmlNewDocNode(document, nil, rootLocalName, nil) else {
            throw XMLError(kind: .invalidOperation, documentName: name, message: "libxml2 could not create <\(rootLocalName)>")
        }
        if let namespaceURI {
            guard let ns = xmlNewNs(root, namespaceURI, prefix) else {
                xmlFreeNode(root)
                throw XMLError(kind: .invalidOperation, documentName: name, message: "cannot declare namespace \(namespaceURI)")
            }
            xmlSetNs(root, ns)
        }
        xmlDocSetRootElement(document, root)
    }

    /// An independent deep copy (parse a template once, copy it per rendering). Detached nodes are
    /// not copied.
    public func copy(name: String? = nil) throws -> XMLDocument {
        guard let copy = xmlCopyDoc(pointer, 1) else {
            throw operationError("libxml2 could not copy the document")
        }
        return XMLDocument(name: name ?? self.name, document: copy)
    }

    // MARK: Tree

    /// The document element.
    public var root: XMLNode? {
        xmlDocGetRootElement(pointer).map { XMLNode(document: self, pointer: $0) }
    }

    /// The namespace declarations on the root element, in document order.
    public var rootNamespaceDeclarations: [XMLNamespace] {
        guard let root = xmlDocGetRootElement(pointer) else { return [] }
        return XMLNamespace.list(root.pointee.nsDef)
    }

    /// Declares `prefix` → `uri` on the root element (no-op when this exact declaration exists).
    /// Throws when the prefix is already bound to another URI.
    @discardableResult
    public func declareNamespace(prefix: String?, uri: String) throws -> XMLNamespace {
        guard let root = xmlDocGetRootElement(pointer) else {
            throw XMLError(kind: .invalidOperation, documentName: name, message: "document has no root element")
        }
        for existing in XMLNamespace.list(root.pointee.nsDef) where existing.prefix == prefix {
            if existing.uri == uri { return existing }
            throw XMLError(kind: .invalidOperation, documentName: name,
                           message: "prefix \(prefix ?? "(default)") is already bound to \(existing.uri)")
        }
        guard xmlNewNs(root, uri, prefix) != nil else {
            throw XMLError(kind: .invalidOperation, documentName: name, message: "cannot declare namespace \(uri)")
        }
        return XMLNamespace(prefix: prefix, uri: uri)
    }

    // MARK: Serialisation

    /// The whole document as UTF-8 bytes, with an XML declaration, without reformatting.
    public func serialized() -> Data {
        var buffer: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(pointer, &buffer, &size, "UTF-8", 0)
        guard let buffer else { return Data() }
        defer { akte_xmlFree(buffer) }
        return Data(bytes: buffer, count: Int(size))
    }

    // MARK: Node bookkeeping

    func remember(_ node: xmlNodePtr) {
        detached.insert(UnsafeMutableRawPointer(node))
    }

    func node(_ pointer: xmlNodePtr) -> XMLNode {
        XMLNode(document: self, pointer: pointer)
    }

    func operationError(_ message: String) -> XMLError {
        XMLError(kind: .invalidOperation, documentName: name, message: message)
    }
}

/// A namespace declaration: `xmlns:prefix="uri"` (prefix nil for the default namespace).
public struct XMLNamespace: Sendable, Hashable {
    public var prefix: String?
    public var uri: String

    public init(prefix: String?, uri: String) {
        self.prefix = prefix
        self.uri = uri
    }

    static func list(_ first: xmlNsPtr?) -> [XMLNamespace] {
        var result: [XMLNamespace] = []
        var current = first
        while let ns = current {
            if let href = LibXML2.borrowString(ns.pointee.href) {
                result.append(XMLNamespace(prefix: LibXML2.borrowString(ns.pointee.prefix), uri: href))
            }
            current = ns.pointee.next
        }
        return result
    }
}
