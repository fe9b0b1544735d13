import Foundation
import Testing
import Akte
import AkteTemplate

/// Text templates with the HTML content type: values are text, never markup (HTML5 §13.1.2.6: `&` and `<` in
/// text, `"` and `'` in quoted attribute values, would otherwise be read as markup).
@Suite struct HTMLContentTypeTests {
    @Test func valuesAreEscapedInTextAndAttributes() throws {
        let template = try TextTemplate(source: "<p title=\"{{ a }}\">{{ a }}</p>\n", name: "t.html", contentType: .html)
        #expect(try template.render(["a": "R&D <b>\"x\"</b> 'y'"])
            == "<p title=\"R&amp;D &lt;b&gt;&quot;x&quot;&lt;/b&gt; &apos;y&apos;\">R&amp;D &lt;b&gt;&quot;x&quot;&lt;/b&gt; &apos;y&apos;</p>\n")
    }

    @Test func theTemplatesOwnMarkupStays() throws {
        let template = try TextTemplate(source: "<h1>{{ t }}</h1>\n{{#items}}\n<li>{{ . }}</li>\n{{/items}}\n", name: "t.html", contentType: .html)
        #expect(try template.render(["t": "Titel", "items": ["één", "twee"]]) == "<h1>Titel</h1>\n<li>één</li>\n<li>twee</li>\n")
    }

    @Test(arguments: [("a\nb", "a<br>\nb"), ("a\r\nb", "a<br>\nb"), ("a\rb", "a<br>\nb"), ("a\n\nb", "a<br>\n<br>\nb")])
    func lineEndsBecomeBreaks(value: String, expected: String) throws {
        let template = try TextTemplate(source: "{{ v }}", name: "t.html", contentType: .html)
        #expect(try template.render(["v": .string(value)]) == expected)
    }

    @Test func plainTextStaysAsItIs() throws {
        let template = try TextTemplate(source: "{{ a }}", name: "t.txt")
        #expect(template.contentType == .plainText)
        #expect(try template.render(["a": "R&D <b>\n"]) == "R&D <b>\n")
    }

    @Test func forbiddenCharactersAreRefusedWithTheField() throws {
        let template = try TextTemplate(source: "{{ a }}", name: "t.html", contentType: .html)
        #expect { try template.render(["a": "x\u{1B}y"]) } throws: { error in
            guard let error = error as? TemplateError, case .forbiddenCharacter(let field) = error.kind else { return false }
            return field == "a"
        }
    }
}
