/// Where a tag stands in a template: a line and column (plain text) or a paragraph (ODF).
public struct TemplateLocation: Sendable, Equatable, CustomStringConvertible {
    public enum Place: Sendable, Equatable {
        /// 1-based line and column (in characters) of a plain-text template.
        case lineColumn(line: Int, column: Int)
        /// A paragraph of an ODF template: the region ("paragraph", "header/footer paragraph", "document title"),
        /// its 1-based number within that region, and its text as the reader sees it.
        case paragraph(region: String, number: Int, text: String)
    }

    public var template: String
    public var place: Place

    public init(template: String, place: Place) {
        self.template = template
        self.place = place
    }

    public var description: String {
        switch place {
        case .lineColumn(let line, let column):
            return "\(template):\(line):\(column)"
        case .paragraph(let region, let number, let text):
            // Cut first: a paragraph of many tags describes each of them, and must not be copied each time.
            var shown = String(text.prefix(81)).replacingOccurrences(of: "\n", with: " ")
            if shown.count > 80 { shown = String(shown.prefix(77)) + "..." }
            if region == "document title" { return "\(template): document title (\"\(shown)\")" }
            return "\(template): \(region) \(number) (\"\(shown)\")"
        }
    }
}

/// Every failure of the template engine: compile errors (syntax, structure) and render errors (data).
/// The description reads `Templates/x.fodt: paragraph 12 ("Beste {{ lid.nam }},"): unknown key 'lid.nam' (did you mean 'lid.naam'?)`.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case malformedTag
        case unclosedTag
        case unclosedSection(String)
        case mismatchedClose(expected: String, found: String)
        case unexpectedClose(String)
        case crossesStructure
        case unknownKey(String, suggestion: String?)
        case notInsertable(String)
        case loopOverScalar(String)
        case forbiddenCharacter(field: String)
        case unreadable
        /// A declared size, count or depth beyond `TemplateLimits`.
        case tooDeep
        case tooLarge
    }

    public var kind: Kind
    public var location: TemplateLocation?
    public var message: String

    public init(_ kind: Kind, at location: TemplateLocation?, _ message: String) {
        self.kind = kind
        self.location = location
        self.message = message
    }

    public var description: String {
        if let location { return "\(location): \(message)" }
        return message
    }
}
