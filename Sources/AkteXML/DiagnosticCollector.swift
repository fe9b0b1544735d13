internal import CLibXML2
import Foundation

/// Receives libxml2's structured errors during one parse or validation, instead of stderr.
///
/// Passed to libxml2 as an unretained opaque pointer; the caller keeps it alive with
/// `withExtendedLifetime` for the duration of the C call that may report into it.
final class DiagnosticCollector {
    private(set) var diagnostics: [XMLDiagnostic] = []
    /// Set by the entity-declaration hook: the document was refused, not merely malformed.
    var refusedEntity = false

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    func add(_ diagnostic: XMLDiagnostic) {
        // Keep the list bounded: a hostile document can produce one error per byte.
        guard diagnostics.count < 200 else { return }
        diagnostics.append(diagnostic)
    }

    func add(_ error: xmlErrorPtr) {
        let raw = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        let message = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let severity: XMLDiagnostic.Severity = error.pointee.level == XML_ERR_WARNING ? .warning : .error
        var line = Int(error.pointee.line)
        // RelaxNG reports some errors (e.g. "Extra element … in interleave") with the node but no line.
        if line == 0, let node = error.pointee.node {
            line = Int(xmlGetLineNo(node.assumingMemoryBound(to: xmlNode.self)))
        }
        add(XMLDiagnostic(line: max(line, 0), message: message, severity: severity))
    }

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ pointer: UnsafeMutableRawPointer) -> DiagnosticCollector {
        Unmanaged<DiagnosticCollector>.fromOpaque(pointer).takeUnretainedValue()
    }
}
