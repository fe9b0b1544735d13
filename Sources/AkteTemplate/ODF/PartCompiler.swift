/// Compiles one XML part (content.xml, styles.xml, meta.xml, or a whole .fodt) into segments:
/// normalise paragraphs, scope sections, serialise into static bytes and holes.
enum PartCompiler {
    static func compile(_ root: TNode, templateName: String) throws(TemplateError) -> [Segment] {
        var normaliser = ParagraphNormaliser(templateName: templateName)
        try normaliser.normalise(root)
        try SectionScoper.apply(root)
        var tokens: [Token] = []
        var buffer: [UInt8] = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".utf8)
        serialise(root, into: &tokens, buffer: &buffer)
        if !buffer.isEmpty { tokens.append(.bytes(buffer)) }
        return try SegmentBuilder.build(tokens, templateName: templateName)
    }

    /// Serialises `node`, appending static markup to `buffer` and moving it into `tokens` at each hole.
    static func serialise(_ node: TNode, into tokens: inout [Token], buffer: inout [UInt8]) {
        func flush() {
            if !buffer.isEmpty { tokens.append(.bytes(buffer)); buffer.removeAll(keepingCapacity: true) }
        }
        switch node.kind {
        case .text:
            XMLBytes.appendText(node.text, into: &buffer)
        case .marker:
            let marker = node.marker!
            guard marker.role == .inPlace else { return }
            switch marker.kind {
            case .comment:
                return
            case .value(let path):
                flush()
                let escaping: ValueEscaping = marker.inParagraph ? .odfText(paragraphBreak: paragraphBreak(for: node)) : .xmlText
                tokens.append(.value(path: path, escaping: escaping, location: marker.location))
            case .open(let name, let inverted):
                flush()
                tokens.append(.open(name: name, inverted: inverted, location: marker.location))
            case .close(let name):
                flush()
                tokens.append(.close(name: name, location: marker.location))
            }
        case .element:
            if let replacement = node.replacement {
                flush()
                tokens.append(replacement)
                return
            }
            if !node.before.isEmpty { flush(); tokens.append(contentsOf: node.before) }
            buffer.append(UInt8(ascii: "<"))
            buffer.append(contentsOf: node.name.utf8)
            for attribute in node.attributes {
                buffer.append(UInt8(ascii: " "))
                buffer.append(contentsOf: attribute.name.utf8)
                buffer.append(contentsOf: Array("=\"".utf8))
                XMLBytes.appendAttribute(attribute.value, into: &buffer)
                buffer.append(UInt8(ascii: "\""))
            }
            if node.children.isEmpty {
                buffer.append(contentsOf: Array("/>".utf8))
            } else {
                buffer.append(UInt8(ascii: ">"))
                for child in node.children { serialise(child, into: &tokens, buffer: &buffer) }
                buffer.append(contentsOf: Array("</".utf8))
                buffer.append(contentsOf: node.name.utf8)
                buffer.append(UInt8(ascii: ">"))
            }
            if !node.after.isEmpty { flush(); tokens.append(contentsOf: node.after) }
        }
    }

    /// For a value that fills its paragraph alone: the markup that ends the paragraph (and the spans the value
    /// stands in) and starts a new one with the same style and spans.
    static func paragraphBreak(for marker: TNode) -> [UInt8]? {
        guard let paragraph = marker.ancestors.first(where: \.isParagraph),
              SectionScoper.isTagOnly(paragraph, marker: marker)
        else { return nil }
        var chain: [TNode] = []  // paragraph … innermost span
        var current = marker.parent
        while let node = current { chain.insert(node, at: 0); if node === paragraph { break }; current = node.parent }
        var bytes: [UInt8] = []
        for node in chain.reversed() { bytes.append(contentsOf: Array("</\(node.name)>".utf8)) }
        for node in chain {
            bytes.append(UInt8(ascii: "<"))
            bytes.append(contentsOf: node.name.utf8)
            for attribute in node.attributes where attribute.name != "xml:id" && attribute.name != "text:id" {
                bytes.append(contentsOf: Array(" \(attribute.name)=\"".utf8))
                XMLBytes.appendAttribute(attribute.value, into: &bytes)
                bytes.append(UInt8(ascii: "\""))
            }
            bytes.append(UInt8(ascii: ">"))
        }
        return bytes
    }
}

enum XMLBytes {
    static func appendText(_ text: String, into out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: Array("&amp;".utf8))
            case UInt8(ascii: "<"): out.append(contentsOf: Array("&lt;".utf8))
            case UInt8(ascii: ">"): out.append(contentsOf: Array("&gt;".utf8))
            case 0x0D: out.append(contentsOf: Array("&#13;".utf8))
            default: out.append(byte)
            }
        }
    }

    static func appendAttribute(_ text: String, into out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: Array("&amp;".utf8))
            case UInt8(ascii: "<"): out.append(contentsOf: Array("&lt;".utf8))
            case UInt8(ascii: ">"): out.append(contentsOf: Array("&gt;".utf8))
            case UInt8(ascii: "\""): out.append(contentsOf: Array("&quot;".utf8))
            case 0x09: out.append(contentsOf: Array("&#9;".utf8))
            case 0x0A: out.append(contentsOf: Array("&#10;".utf8))
            case 0x0D: out.append(contentsOf: Array("&#13;".utf8))
            default: out.append(byte)
            }
        }
    }
}
