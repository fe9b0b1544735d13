internal import CLibXML2

/// One-time set-up of libxml2, shared by every entry point of this module.
///
/// `xmlInitParser()` builds libxml2's global tables (dictionaries, encodings, the per-thread error
/// state). Calling it lazily from several threads at once races, so every public entry point touches
/// `LibXML2.ready` first; a Swift `static let` is initialised exactly once, atomically.
enum LibXML2 {
    /// The RelaxNG type libraries are registered lazily on the first schema compile, which races (and
    /// prints "types library failed to register") when two schemas compile at once; register them here.
    static let ready: Void = {
        xmlInitParser()
        _ = xmlRelaxNGInitTypes()
    }()

    /// A libxml2-owned string copied into Swift and released with `xmlFree`.
    static func takeString(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        defer { akte_xmlFree(pointer) }
        return String(cString: pointer)
    }

    /// A libxml2 string that libxml2 keeps owning (node names, namespace URIs).
    static func borrowString(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }
}
