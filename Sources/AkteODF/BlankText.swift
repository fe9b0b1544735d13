import AkteXML
import Foundation

/// A minimal text document (A4 page, a default and a heading paragraph style) to add paragraphs to,
/// for documents built in code rather than from a template. The skeletons are fixed markup; all text
/// that varies goes in through `appendParagraph`, i.e. as escaped text nodes.
extension ODFPackage {
    public static func blankText() throws -> ODFPackage {
        let content = try XMLDocument(data: Data(BlankText.content.utf8), name: "content.xml")
        let styles = try XMLDocument(data: Data(BlankText.styles.utf8), name: "styles.xml")
        return ODFPackage(content: content, styles: styles)
    }

    /// The `office:text` element of the body.
    public var textBody: XMLNode {
        get throws {
            let body = content.root?.firstChildElement("body", namespaceURI: ODFNamespace.office)
            return try (body?.firstChildElement("text", namespaceURI: ODFNamespace.office))
                .unwrapped("office:body/office:text in content.xml")
        }
    }

    /// Appends a paragraph (`text:p`) with the given style holding `text` verbatim; a line break in the
    /// text becomes `text:line-break`.
    @discardableResult
    public func appendParagraph(_ text: String, style: String = "Standard") throws -> XMLNode {
        try append("p", text, style: style)
    }

    /// Appends a heading (`text:h`) of `level`.
    @discardableResult
    public func appendHeading(_ text: String, level: Int = 1, style: String = "Heading") throws -> XMLNode {
        let heading = try append("h", text, style: style)
        try heading.setAttribute("outline-level", namespaceURI: ODFNamespace.text, value: String(level))
        return heading
    }

    private func append(_ name: String, _ text: String, style: String) throws -> XMLNode {
        do {
            let element = try content.makeElement(name, namespaceURI: ODFNamespace.text, preferredPrefix: "text")
            try element.setAttribute("style-name", namespaceURI: ODFNamespace.text, value: style)
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if index > 0 {
                    try element.appendChild(try content.makeElement("line-break", namespaceURI: ODFNamespace.text))
                }
                if !line.isEmpty { try element.appendText(String(line)) }
            }
            try textBody.appendChild(element)
            return element
        } catch let error as XMLError {
            throw ODFError(.invalidPart, part: "content.xml", error.message)
        }
    }
}

enum BlankText {
    static let namespaces = """
        xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
        xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
        """

    static let content = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content \(namespaces) office:version="1.3">
        <office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/></office:font-face-decls>
        <office:automatic-styles/>
        <office:body><office:text/></office:body>
        </office:document-content>
        """

    static let styles = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-styles \(namespaces) office:version="1.3">
        <office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/></office:font-face-decls>
        <office:styles>
        <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.25cm"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="nl" fo:country="BE"/></style:default-style>
        <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
        <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0.4cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
        </office:styles>
        <office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>
        <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
        </office:document-styles>
        """
}
