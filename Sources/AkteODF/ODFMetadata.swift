import AkteXML
import AkteZip
import Foundation

/// What `meta.xml` says about a generated document. Everything is given or derived
/// deterministically, never read from the clock, so the same input gives the same bytes.
public struct ODFMetadata: Sendable, Hashable {
    /// `meta:generator`, e.g. `akte/0.1.0`.
    public var generator: String
    public var title: String?
    /// `meta:creation-date` and `dc:date`.
    public var date: Date
    /// `dc:language`, e.g. `nl-BE`.
    public var language: String?

    /// - Parameters:
    ///   - version: akte's version (the CLI passes `AkteVersion.current`); the generator is `akte/<version>`.
    ///   - date: the document date; when nil, `SOURCE_DATE_EPOCH`, else 2000-01-01T00:00:00Z.
    public init(version: String, title: String? = nil, date: Date? = nil, language: String? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        generator = "akte/\(version)"
        self.title = title
        self.date = date ?? ZipTimestamp.sourceDate(environment) ?? ZipTimestamp.fallbackDate
        self.language = language
    }

    /// `meta:creation-date` format: xsd:dateTime in UTC, whole seconds.
    var dateText: String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// A complete `meta.xml`.
    func document() throws -> XMLDocument {
        let office = ODFNamespace.office
        let document = try XMLDocument(name: "meta.xml", rootLocalName: "document-meta", namespaceURI: office, prefix: "office")
        try document.declareNamespace(prefix: "meta", uri: ODFNamespace.meta)
        try document.declareNamespace(prefix: "dc", uri: ODFNamespace.dc)
        let root = try document.root.unwrapped("meta root")
        try root.setAttribute("version", namespaceURI: office, value: ODFVersion.current)
        let meta = try document.makeElement("meta", namespaceURI: office)
        try root.appendChild(meta)
        func add(_ name: String, _ namespace: String, _ value: String) throws {
            let element = try document.makeElement(name, namespaceURI: namespace)
            try element.appendText(value)
            try meta.appendChild(element)
        }
        try add("generator", ODFNamespace.meta, generator)
        if let title { try add("title", ODFNamespace.dc, title) }
        if let language { try add("language", ODFNamespace.dc, language) }
        try add("creation-date", ODFNamespace.meta, dateText)
        try add("date", ODFNamespace.dc, dateText)
        return document
    }
}
