internal import CLibXML2
import Foundation
import AkteSystem

/// A RelaxNG schema compiled once and reused for any number of validations.
///
/// Thread safety: every validation creates its own validation context, but libxml2 does not document
/// the compiled `xmlRelaxNG` as safe for concurrent readers (its automata carry evaluation state), so
/// validations of one schema are serialised by a lock. Sharing one instance between tasks is therefore
/// safe; for parallel throughput, compile one schema per task.
public final class RelaxNGSchema: Sendable {
    /// The schema's name in error messages (its file name).
    public let name: String
    private let compiled: Locked<SchemaHandle>

    /// Compiles the schema in `url`. The file is read with the same safe parser as documents.
    public convenience init(contentsOf url: URL) throws {
        let document = try XMLDocument(contentsOf: url)
        try self.init(document: document)
    }

    /// Compiles a schema from a parsed document (which may be discarded afterwards).
    public init(document: XMLDocument) throws {
        _ = LibXML2.ready
        name = document.name
        let collector = DiagnosticCollector()
        let schema: xmlRelaxNGPtr? = withExtendedLifetime(collector) {
            guard let parser = xmlRelaxNGNewDocParserCtxt(document.pointer) else { return nil }
            defer { xmlRelaxNGFreeParserCtxt(parser) }
            xmlRelaxNGSetParserStructuredErrors(parser, { context, error in
                guard let context, let error else { return }
                DiagnosticCollector.from(context).add(error)
            }, collector.opaque)
            return xmlRelaxNGParse(parser)
        }
        guard let schema else {
            var diagnostics = collector.diagnostics.filter { $0.severity == .error }
            if diagnostics.isEmpty { diagnostics = [XMLDiagnostic(line: 0, message: "not a usable RelaxNG schema")] }
            throw XMLError(kind: .invalidSchema, documentName: document.name, diagnostics: diagnostics)
        }
        compiled = Locked(SchemaHandle(raw: UnsafeMutableRawPointer(schema)))
    }

    deinit {
        compiled.withLock { handle in
            xmlRelaxNGFree(OpaquePointer(handle.raw))
        }
    }

    /// Validates `document`; returns every problem (empty when valid). Lines refer to the document.
    public func validate(_ document: XMLDocument) -> [XMLDiagnostic] {
        let collector = DiagnosticCollector()
        let result: Int32 = compiled.withLock { handle in
            withExtendedLifetime(collector) {
                guard let context = xmlRelaxNGNewValidCtxt(OpaquePointer(handle.raw)) else { return -1 }
                defer { xmlRelaxNGFreeValidCtxt(context) }
                xmlRelaxNGSetValidStructuredErrors(context, { context, error in
                    guard let context, let error else { return }
                    DiagnosticCollector.from(context).add(error)
                }, collector.opaque)
                return xmlRelaxNGValidateDoc(context, document.pointer)
            }
        }
        var problems = collector.diagnostics.filter { $0.severity == .error }
        if result != 0 && problems.isEmpty {
            problems = [XMLDiagnostic(line: 0, message: result < 0 ? "libxml2 could not validate" : "does not match \(name)")]
        }
        return result == 0 ? [] : problems
    }
}

/// The compiled schema pointer, only ever touched under the schema's lock.
private struct SchemaHandle: @unchecked Sendable {
    let raw: UnsafeMutableRawPointer
}
