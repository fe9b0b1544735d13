import AkteTemplate

/// Compiles one XML part (content.xml, styles.xml, meta.xml, or a whole .fodt) into segments:
/// normalise paragraphs, scope sections, serialise into static bytes and holes.
enum PartCompiler {
    static func compile(_ root: TemplateNode, templateName: String) throws(TemplateError) -> [Segment] {
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
    static func serialise(_ node: TemplateNode, into tokens: inout [Token], buffer: inout [UInt8]) {
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
                // The markup a value adds (text:s, text:tab, text:line-break) takes the prefix of its paragraph.
                let paragraph = node.ancestors.first(where: \.isParagraph)
                let escaping: ValueEscaping = marker.inParagraph
                    ? .encoded(ODFParagraphText(paragraphBreak: paragraphBreak(for: node), textPrefix: paragraph.map(\.prefix) ?? "text"))
                    : .encoded(XMLCharacterData())
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
            let qualifiedName = node.qualifiedName
            buffer.append(UInt8(ascii: "<"))
            buffer.append(contentsOf: qualifiedName.utf8)
            for declaration in node.declarations {
                appendAttribute(declaration.prefix.map { "xmlns:\($0)" } ?? "xmlns", declaration.uri, into: &buffer)
            }
            for attribute in node.attributes {
                appendAttribute(attribute.qualifiedName, attribute.value, into: &buffer)
            }
            if node.children.isEmpty {
                buffer.append(contentsOf: Array("/>".utf8))
            } else {
                buffer.append(UInt8(ascii: ">"))
                for child in node.children { serialise(child, into: &tokens, buffer: &buffer) }
                buffer.append(contentsOf: Array("</".utf8))
                buffer.append(contentsOf: qualifiedName.utf8)
                buffer.append(UInt8(ascii: ">"))
            }
            if !node.after.isEmpty { flush(); tokens.append(contentsOf: node.after) }
        }
    }

    static func appendAttribute(_ name: String, _ value: String, into buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: " "))
        buffer.append(contentsOf: name.utf8)
        buffer.append(contentsOf: Array("=\"".utf8))
        XMLBytes.appendAttribute(value, into: &buffer)
        buffer.append(UInt8(ascii: "\""))
    }

    /// For a value that fills its paragraph alone: the markup that ends the paragraph (and the spans the value
    /// stands in) and starts a new one with the same style and spans.
    static func paragraphBreak(for marker: TemplateNode) -> [UInt8]? {
        guard let paragraph = marker.ancestors.first(where: \.isParagraph),
              SectionScoper.isTagOnly(paragraph, marker: marker)
        else { return nil }
        var chain: [TemplateNode] = []  // paragraph … innermost span
        var current = marker.parent
        while let node = current { chain.insert(node, at: 0); if node === paragraph { break }; current = node.parent }
        var bytes: [UInt8] = []
        for node in chain.reversed() { bytes.append(contentsOf: Array("</\(node.qualifiedName)>".utf8)) }
        for node in chain {
            bytes.append(UInt8(ascii: "<"))
            bytes.append(contentsOf: node.qualifiedName.utf8)
            for declaration in node.declarations {
                appendAttribute(declaration.prefix.map { "xmlns:\($0)" } ?? "xmlns", declaration.uri, into: &bytes)
            }
            // Ids must stay unique: the repeated paragraph and spans go without them.
            for attribute in node.attributes where attribute.name != .xml("id") && attribute.name != .text("id") {
                appendAttribute(attribute.qualifiedName, attribute.value, into: &bytes)
            }
            bytes.append(UInt8(ascii: ">"))
        }
        return bytes
    }
}
