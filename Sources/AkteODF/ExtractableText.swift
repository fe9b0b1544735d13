import AkteXML
import AkteZip
import Foundation

/// Every text a reader or a program can take out of a written .odt, for the reflection report's leak check
/// (docs/anonymisation.md): the package's entry names; and, in every XML part (content, styles with the page
/// headers and footers, meta, settings, the manifest, any other a template brings), the text of each
/// paragraph and heading joined across its formatting (`Pee<text:span>ters</text:span>` reads "Peeters"),
/// the text of every other element, comments, and every attribute value (bookmark and frame names,
/// link targets, titles and descriptions), also percent-decoded (`Peeters%20straat`).
public enum ExtractableText {
    public struct Piece: Sendable {
        /// Where the text was found: `content.xml:12 <text:p>`, `content.xml:30 @xlink:href`.
        public let place: String
        public let text: String
    }

    public static func pieces(ofODT data: Data) throws -> [Piece] {
        let archive = try ZipArchive(data: data)
        var result = archive.entryNames.map { Piece(place: "package entry", text: $0) }
        for name in archive.entryNames where name.hasSuffix(".xml") || name.hasSuffix(".rdf") {
            let document = try XMLDocument(data: try archive.read(name), name: name)
            guard let root = document.root else { continue }
            result += pieces(of: root, part: name)
        }
        return result
    }

    static func pieces(of root: XMLNode, part: String) -> [Piece] {
        var result: [Piece] = []
        func visit(_ node: XMLNode, insideParagraph: Bool) {
            switch node.kind {
            case .element:
                let place = "\(part):\(node.line) <\(node.qualifiedName)>"
                for attribute in node.attributes {
                    let attributePlace = "\(part):\(node.line) @\(attribute.prefix.map { "\($0):" } ?? "")\(attribute.localName)"
                    result.append(Piece(place: attributePlace, text: attribute.value))
                    if let decoded = attribute.value.removingPercentEncoding, decoded != attribute.value {
                        result.append(Piece(place: attributePlace, text: decoded))
                    }
                }
                let isParagraph = node.namespaceURI == ODFNamespace.text && (node.localName == "p" || node.localName == "h")
                if isParagraph && !insideParagraph {
                    // What a reader sees as one line of text: every piece of the paragraph, formatting removed.
                    result.append(Piece(place: place, text: node.textContent))
                } else if !insideParagraph {
                    let own = node.children.filter { $0.kind == .text || $0.kind == .cdata }.map(\.textContent).joined()
                    if !own.isEmpty { result.append(Piece(place: place, text: own)) }
                }
                for child in node.children { visit(child, insideParagraph: insideParagraph || isParagraph) }
            case .comment, .processingInstruction:
                result.append(Piece(place: "\(part):\(node.line) comment", text: node.textContent))
            default:
                break
            }
        }
        visit(root, insideParagraph: false)
        return result
    }
}
