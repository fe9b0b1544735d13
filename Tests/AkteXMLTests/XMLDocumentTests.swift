import AkteXML
import Foundation
import Testing

private let textNS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
private let officeNS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

private func parse(_ xml: String, name: String = "test.xml") throws -> XMLDocument {
    try XMLDocument(data: Data(xml.utf8), name: name)
}

@Suite struct ParsingTests {
    @Test func parsesNamespacedElementsAndAttributes() throws {
        let document = try parse("""
            <office:document xmlns:office="\(officeNS)" xmlns:text="\(textNS)"><text:p text:style-name="P1">Hallo &amp; welkom</text:p></office:document>
            """)
        let root = try #require(document.root)
        #expect(root.localName == "document")
        #expect(root.namespaceURI == officeNS)
        #expect(root.qualifiedName == "office:document")
        let paragraph = try #require(root.firstChildElement("p", namespaceURI: textNS))
        #expect(paragraph.attribute("style-name", namespaceURI: textNS) == "P1")
        #expect(paragraph.attribute("style-name", namespaceURI: nil) == nil)
        #expect(paragraph.textContent == "Hallo & welkom")
        #expect(paragraph.attributes.map(\.qualifiedName) == ["text:style-name"])
        #expect(document.rootNamespaceDeclarations.map(\.prefix) == ["office", "text"])
        #expect(paragraph.parent == root)
    }

    @Test func malformedDocumentReportsNameAndLine() throws {
        let error = try #require(throws: XMLError.self) {
            try parse("<a>\n<b>\n</a>", name: "content.xml")
        }
        #expect(error.kind == .malformed)
        #expect(error.documentName == "content.xml")
        #expect(error.line == 3)
        #expect(error.description.hasPrefix("content.xml:3: "))
    }

    @Test func undeclaredPrefixIsAnError() throws {
        let error = try #require(throws: XMLError.self) { try parse("<x:a/>") }
        #expect(error.kind == .malformed)
        #expect(error.message.contains("x"))
    }

    @Test func billionLaughsIsRefusedNotExpanded() throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            xml += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        xml += "]>\n<lolz>&lol9;</lolz>"
        let error = try #require(throws: XMLError.self) { try parse(xml) }
        #expect(error.kind == .entityDeclaration)
        #expect(error.line == 3)
        #expect(error.message.contains("lol"))
    }

    @Test func externalEntityIsNeverRead() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("akte-xxe-\(UUID().uuidString).txt")
        try "GEHEIM-XXE".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"\(secret.absoluteString)\">]>\n<r>&x;</r>"
        let error = try #require(throws: XMLError.self) { try parse(xml) }
        #expect(error.kind == .entityDeclaration)
        #expect(!error.description.contains("GEHEIM"))
    }

    @Test func externalDTDIsNotLoaded() throws {
        // A DOCTYPE without entities is harmless when the external subset is never fetched.
        let document = try parse("<!DOCTYPE r SYSTEM \"http://example.invalid/r.dtd\">\n<r>ok</r>")
        #expect(document.root?.textContent == "ok")
    }

    @Test func inputOverTheLimitIsRefused() throws {
        let error = try #require(throws: XMLError.self) {
            try XMLDocument(data: Data(repeating: 0x20, count: 2048), name: "big.xml", maximumSize: 1024)
        }
        #expect(error.kind == .tooLarge)
    }

    @Test func emptyInputIsMalformed() throws {
        let error = try #require(throws: XMLError.self) { try parse("") }
        #expect(error.kind == .malformed)
    }

    @Test func missingFileIsUnreadable() throws {
        let error = try #require(throws: XMLError.self) {
            try XMLDocument(contentsOf: URL(fileURLWithPath: "/nonexistent/akte.xml"))
        }
        #expect(error.kind == .unreadable)
    }
}

@Suite struct EditingTests {
    @Test func userTextIsEscapedNotInterpreted() throws {
        let document = try parse("<r xmlns:text=\"\(textNS)\"/>")
        let root = try #require(document.root)
        let paragraph = try document.makeElement("p", namespaceURI: textNS)
        try root.appendChild(paragraph)
        try paragraph.appendText("<b>&amp; Jan & Piet</b>")
        try paragraph.setAttribute("style-name", namespaceURI: textNS, value: "\"Q\" & <R>")
        let xml = String(decoding: document.serialized(), as: UTF8.self)
        #expect(xml.contains("<text:p text:style-name=\"&quot;Q&quot; &amp; &lt;R&gt;\">&lt;b&gt;&amp;amp; Jan &amp; Piet&lt;/b&gt;</text:p>"))
        let reparsed = try XMLDocument(data: document.serialized(), name: "again.xml")
        #expect(reparsed.root?.textContent == "<b>&amp; Jan & Piet</b>")
    }

    @Test func forbiddenControlCharacterIsRefused() throws {
        let document = try parse("<r/>")
        let error = try #require(throws: XMLError.self) { try document.makeText("a\u{1}b") }
        #expect(error.message.contains("U+0001"))
        #expect(XMLCharacters.replacingForbidden(in: "a\u{1}b\u{FFFE}") == "a\u{FFFD}b\u{FFFD}")
        #expect(XMLCharacters.firstForbidden(in: "tab\tok\n") == nil)
    }

    @Test func insertBeforeAfterAndAdjacentTextStayDistinct() throws {
        let document = try parse("<r><m/></r>")
        let middle = try #require(document.root?.firstChild)
        let before = try document.makeText("A")
        let after = try document.makeText("C")
        try middle.insertBefore(before)
        try middle.insertAfter(after)
        middle.unlink()
        // Two adjacent text nodes now; libxml2 must not have merged (and freed) either handle.
        #expect(document.root?.children == [before, after])
        try after.addTextContent("D")
        #expect(before.textContent == "A")
        #expect(after.textContent == "CD")
        #expect(String(decoding: document.serialized(), as: UTF8.self).contains("<r>ACD</r>"))
        // The unlinked node is still usable and can go back in.
        try after.insertAfter(middle)
        #expect(document.root?.lastChild == middle)
    }

    @Test func elementInUndeclaredNamespaceNeedsAPrefix() throws {
        let document = try parse("<r/>")
        #expect(throws: XMLError.self) { try document.makeElement("p", namespaceURI: textNS) }
        let paragraph = try document.makeElement("p", namespaceURI: textNS, preferredPrefix: "text")
        try document.root?.appendChild(paragraph)
        #expect(document.rootNamespaceDeclarations == [XMLNamespace(prefix: "text", uri: textNS)])
        #expect(paragraph.qualifiedName == "text:p")
    }

    @Test func removeAttributeAndList() throws {
        let document = try parse("<r xmlns:t=\"\(textNS)\" a=\"1\" t:b=\"2\"/>")
        let root = try #require(document.root)
        #expect(root.removeAttribute("b", namespaceURI: textNS))
        #expect(!root.removeAttribute("b", namespaceURI: textNS))
        #expect(root.attributes.map(\.localName) == ["a"])
        try root.setAttribute("a", namespaceURI: nil, value: "3")
        #expect(root.attribute("a", namespaceURI: nil) == "3")
    }

    @Test func deepCopyIsIndependentAndCanMoveBetweenDocuments() throws {
        let source = try parse("<r xmlns:text=\"\(textNS)\"><text:p>x<text:span>y</text:span></text:p></r>")
        let paragraph = try #require(source.root?.firstChild)
        let copy = try paragraph.deepCopy()
        try source.root?.appendChild(copy)
        try copy.firstChild?.addTextContent("!")
        #expect(paragraph.textContent == "xy")
        #expect(copy.textContent == "x!y")

        let target = try XMLDocument(name: "target.xml", rootLocalName: "doc", namespaceURI: nil, prefix: nil)
        #expect(throws: XMLError.self) { try target.root?.appendChild(paragraph) }
        let imported = try paragraph.deepCopy(into: target)
        try target.root?.appendChild(imported)
        #expect(imported.namespaceURI == textNS)
        // The namespace went onto the target's root, not onto every copied element.
        let xml = String(decoding: target.serialized(), as: UTF8.self)
        #expect(xml.contains("<doc xmlns:text=\"\(textNS)\"><text:p>x<text:span>y</text:span></text:p></doc>"))
        let reparsed = try XMLDocument(data: target.serialized(), name: "t.xml")
        #expect(reparsed.root?.firstChild?.namespaceURI == textNS)
    }

    @Test func documentCopyIsIndependent() throws {
        let original = try parse("<r><p>een</p></r>")
        let copy = try original.copy(name: "copy.xml")
        try copy.root?.firstChild?.appendText(" twee")
        #expect(original.root?.textContent == "een")
        #expect(copy.root?.textContent == "een twee")
        #expect(copy.name == "copy.xml")
    }

    @Test func cannotInsertNodeInsideItself() throws {
        let document = try parse("<r><a><b/></a></r>")
        let a = try #require(document.root?.firstChild)
        let b = try #require(a.firstChild)
        #expect(throws: XMLError.self) { try b.appendChild(a) }
    }

    @Test func unwrapKeepsChildrenInPlace() throws {
        let document = try parse("<r>1<w>2<x/>3</w>4</r>")
        let wrapper = try #require(document.root?.childElements.first)
        try wrapper.unwrap()
        #expect(String(decoding: try #require(document.root).serialized(), as: UTF8.self) == "<r>12<x/>34</r>")
    }

    @Test func serialisationKeepsTheDocumentAsWritten() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r a=\"1\">\n  <b>é</b>\n</r>\n"
        let document = try parse(xml)
        #expect(String(decoding: document.serialized(), as: UTF8.self) == xml)
    }

    @Test func nodeHandleKeepsDocumentAlive() throws {
        func orphan() throws -> XMLNode {
            let document = try parse("<r><child>kept</child></r>")
            return try #require(document.root?.firstChild)
        }
        let node = try orphan()
        #expect(node.textContent == "kept")
        #expect(node.document.name == "test.xml")
    }

    @Test func separateDocumentsParseConcurrently() async throws {
        try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<16 {
                group.addTask {
                    let document = try XMLDocument(data: Data("<r n=\"\(index)\"><p>\(index)</p></r>".utf8), name: "d\(index)")
                    return document.root?.textContent ?? ""
                }
            }
            var seen: Set<String> = []
            for try await text in group { seen.insert(text) }
            #expect(seen == Set((0..<16).map(String.init)))
        }
    }
}

@Suite struct RelaxNGTests {
    static let schemaXML = """
        <grammar xmlns="http://relaxng.org/ns/structure/1.0">
          <start><element name="r"><oneOrMore><element name="p"><text/></element></oneOrMore></element></start>
        </grammar>
        """

    @Test func validAndInvalidDocuments() throws {
        let schema = try RelaxNGSchema(document: try parse(Self.schemaXML, name: "r.rng"))
        #expect(schema.validate(try parse("<r><p>a</p></r>")).isEmpty)
        let problems = schema.validate(try parse("<r>\n<p>a</p>\n<q/>\n</r>"))
        #expect(!problems.isEmpty)
        #expect(problems.contains { $0.line == 3 && $0.message.contains("q") })
    }

    @Test func brokenSchemaIsReported() throws {
        let error = try #require(throws: XMLError.self) {
            try RelaxNGSchema(document: try parse("<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\"><start><bogus/></start></grammar>", name: "bad.rng"))
        }
        #expect(error.kind == .invalidSchema)
        #expect(error.documentName == "bad.rng")
    }

    @Test func sharedSchemaValidatesConcurrently() async throws {
        let schema = try RelaxNGSchema(document: try parse(Self.schemaXML, name: "r.rng"))
        let results = try await withThrowingTaskGroup(of: Bool.self) { group in
            for index in 0..<8 {
                group.addTask {
                    let xml = index.isMultiple(of: 2) ? "<r><p>x</p></r>" : "<r><q/></r>"
                    return schema.validate(try XMLDocument(data: Data(xml.utf8), name: "d")).isEmpty == index.isMultiple(of: 2)
                }
            }
            var all: [Bool] = []
            for try await ok in group { all.append(ok) }
            return all
        }
        #expect(results.count == 8 && results.allSatisfy { $0 })
    }
}
