/// One problem found in an XML document: where (1-based line, 0 when libxml2 knows none) and what.
public struct XMLDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: Sendable, Hashable {
        case warning
        case error
    }

    public var line: Int
    public var message: String
    public var severity: Severity

    public init(line: Int, message: String, severity: Severity = .error) {
        self.line = line
        self.message = message
        self.severity = severity
    }

    public var description: String { "\(line): \(message)" }
}

/// The one error type of AkteXML: which document, which line, what went wrong.
///
/// `diagnostics` holds every problem libxml2 reported (never printed to stderr); `line` and
/// `message` are those of the first error, so `"\(error)"` reads `content.xml:12: …`.
public struct XMLError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The bytes could not be read.
        case unreadable
        /// The input is larger than the configured limit.
        case tooLarge
        /// Not well-formed XML (or a namespace error).
        case malformed
        /// The document declares entities; they are refused rather than expanded (XXE, billion laughs).
        case entityDeclaration
        /// A RelaxNG schema could not be compiled.
        case invalidSchema
        /// An editing call was not possible (foreign node, undeclared namespace, forbidden character…).
        case invalidOperation
    }

    public var kind: Kind
    public var documentName: String
    public var diagnostics: [XMLDiagnostic]

    public init(kind: Kind, documentName: String, diagnostics: [XMLDiagnostic]) {
        self.kind = kind
        self.documentName = documentName
        self.diagnostics = diagnostics
    }

    init(kind: Kind, documentName: String, line: Int = 0, message: String) {
        self.init(kind: kind, documentName: documentName, diagnostics: [XMLDiagnostic(line: line, message: message)])
    }

    private var primary: XMLDiagnostic? {
        diagnostics.first { $0.severity == .error } ?? diagnostics.first
    }

    /// Line of the first error (0 when unknown).
    public var line: Int { primary?.line ?? 0 }
    /// Message of the first error.
    public var message: String { primary?.message ?? "unknown XML error" }

    public var description: String { "\(documentName):\(line): \(message)" }
}
