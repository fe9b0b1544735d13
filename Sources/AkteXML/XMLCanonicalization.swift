internal import CLibXML2
import Foundation

/// Canonical XML (W3C C14N 1.0 and Exclusive C14N 1.0, without comments) by libxml2's own
/// `xmlC14NExecute`, for XML digital signatures: a digest is taken over these bytes, never over the file.
public enum XMLCanonicalization: Sendable, Hashable {
    /// Canonical XML 1.0 (`http://www.w3.org/TR/2001/REC-xml-c14n-20010315`): in-scope namespaces of the
    /// ancestors are copied onto an apex element.
    case inclusive
    /// Exclusive XML Canonicalization 1.0 (`http://www.w3.org/2001/10/xml-exc-c14n#`): only the namespaces an
    /// element or attribute visibly uses, so a subtree canonicalises the same wherever it stands.
    case exclusive

    var mode: Int32 {
        switch self {
        case .inclusive: return Int32(XML_C14N_1_0.rawValue)
        case .exclusive: return Int32(XML_C14N_EXCLUSIVE_1_0.rawValue)
        }
    }
}

extension XMLDocument {
    /// The whole document in canonical form (comments left out).
    public func canonicalized(_ method: XMLCanonicalization) throws -> Data {
        try LibXML2.canonicalize(pointer, subtree: nil, method: method, name: name)
    }
}

extension XMLNode {
    /// This element and everything below it in canonical form (comments left out), as a same-document
    /// reference `URI="#id"` selects it. libxml2 is given a visibility callback that admits exactly the
    /// subtree's nodes, attributes and namespace nodes.
    public func canonicalized(_ method: XMLCanonicalization) throws -> Data {
        guard isElement else {
            throw XMLError(kind: .invalidOperation, documentName: document.name, message: "only an element can be canonicalised")
        }
        return try LibXML2.canonicalize(document.pointer, subtree: pointer, method: method, name: document.name)
    }
}

extension LibXML2 {
    static func canonicalize(_ document: xmlDocPtr, subtree: xmlNodePtr?, method: XMLCanonicalization, name: String) throws -> Data {
        _ = ready
        guard let buffer = xmlAllocOutputBuffer(nil) else {
            throw XMLError(kind: .invalidOperation, documentName: name, message: "libxml2 could not allocate an output buffer")
        }
        // A namespace node arrives as an xmlNs (its `type` field sits where xmlNode's does) with its element
        // as `parent`; attributes and other nodes reach the apex through their `parent` links.
        let insideSubtree: xmlC14NIsVisibleCallback = { userData, node, parent in
            guard let apex = userData, let node else { return 0 }
            var current: xmlNodePtr? = node.pointee.type == XML_NAMESPACE_DECL ? parent : node
            while let candidate = current {
                if UnsafeMutableRawPointer(candidate) == apex { return 1 }
                current = candidate.pointee.parent
            }
            return 0
        }
        let status = xmlC14NExecute(document, subtree == nil ? nil : insideSubtree, subtree.map { UnsafeMutableRawPointer($0) },
                                    method.mode, nil, 0, buffer)
        let data: Data
        if status >= 0, let content = xmlOutputBufferGetContent(buffer) {
            data = Data(bytes: content, count: Int(xmlOutputBufferGetSize(buffer)))
        } else {
            data = Data()
        }
        xmlOutputBufferClose(buffer)
        guard status >= 0 else {
            throw XMLError(kind: .invalidOperation, documentName: name, message: "libxml2 could not canonicalise the XML")
        }
        return data
    }
}
