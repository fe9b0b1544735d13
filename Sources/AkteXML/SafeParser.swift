internal import CLibXML2
import Foundation

/// libxml2's parser, configured so that untrusted input can neither reach the network or the file
/// system nor blow up memory, with every error collected instead of printed.
enum SafeParser {
    /// NONET: no network. NOERROR/NOWARNING: nothing on stderr. BIG_LINES: true line numbers past
    /// 65535. Deliberately absent: NOENT (entity substitution), DTDLOAD/DTDATTR/DTDVALID (external
    /// subset), XINCLUDE, HUGE (libxml2's size limits stay on), NOBLANKS (ODF whitespace matters).
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_BIG_LINES.rawValue)

    static func parse(_ data: Data, name: String) throws -> xmlDocPtr {
        let collector = DiagnosticCollector()
        let document: xmlDocPtr? = withExtendedLifetime(collector) {
            data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> xmlDocPtr? in
                // An empty buffer has no base address; give libxml2 a valid empty string instead.
                let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self)
                return withUnsafePointer(to: CChar(0)) { empty in
                    parse(base ?? empty, count: Int32(bytes.count), collector: collector)
                }
            }
        }
        if collector.refusedEntity {
            if let document { xmlFreeDoc(document) }
            throw XMLError(kind: .entityDeclaration, documentName: name, diagnostics: collector.diagnostics.filter { $0.severity == .error })
        }
        guard let document, !collector.hasErrors else {
            if let document { xmlFreeDoc(document) }
            var diagnostics = collector.diagnostics.filter { $0.severity == .error }
            if diagnostics.isEmpty { diagnostics = [XMLDiagnostic(line: 0, message: "not a well-formed XML document")] }
            throw XMLError(kind: .malformed, documentName: name, diagnostics: diagnostics)
        }
        return document
    }

    private static func parse(_ buffer: UnsafePointer<CChar>, count: Int32, collector: DiagnosticCollector) -> xmlDocPtr? {
        guard let context = xmlCreateMemoryParserCtxt(buffer, count) else {
            collector.add(XMLDiagnostic(line: 0, message: "libxml2 could not create a parser context"))
            return nil
        }
        defer { xmlFreeParserCtxt(context) }
        xmlCtxtUseOptions(context, options)
        // libxml2 never touches `_private`; the hooks below find the collector through it. The SAX
        // block belongs to this context alone (xmlCreateMemoryParserCtxt allocates a copy).
        context.pointee._private = collector.opaque
        if let sax = context.pointee.sax {
            sax.pointee.serror = { userData, error in
                guard let userData, let error else { return }
                let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
                guard let owner = context.pointee._private else { return }
                DiagnosticCollector.from(owner).add(error)
            }
            // Refuse any entity declaration (internal, external, parameter) at the moment it is
            // declared: nothing is ever expanded or fetched.
            sax.pointee.entityDecl = { userData, name, _, _, _, _ in
                guard let userData else { return }
                SafeParser.refuseEntity(userData, name: name)
            }
            sax.pointee.unparsedEntityDecl = { userData, name, _, _, _ in
                guard let userData else { return }
                SafeParser.refuseEntity(userData, name: name)
            }
        }
        xmlParseDocument(context)
        let document = context.pointee.myDoc
        context.pointee.myDoc = nil
        if context.pointee.wellFormed == 0 && !collector.hasErrors {
            collector.add(XMLDiagnostic(line: Int(context.pointee.lastError.line), message: "not a well-formed XML document"))
        }
        return document
    }

    private static func refuseEntity(_ userData: UnsafeMutableRawPointer, name: UnsafePointer<xmlChar>?) {
        let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let owner = context.pointee._private else { return }
        let collector = DiagnosticCollector.from(owner)
        let entity = LibXML2.borrowString(name) ?? "?"
        let line = Int(xmlSAX2GetLineNumber(userData))
        collector.refusedEntity = true
        collector.add(XMLDiagnostic(line: line, message: "entity declaration '\(entity)' refused: documents that declare entities are not accepted"))
        xmlStopParser(context)
    }
}
