import AkteXML
import Foundation
import AkteSystem

/// The OASIS ODF 1.3 RelaxNG schemas (bundled resources), compiled once per process.
///
/// Compiling the 600 KB document schema is the expensive step, so `shared()` compiles on first use
/// and every later caller reuses the result; concurrent first callers wait for the one compilation.
public final class ODFSchemas: Sendable {
    /// OpenDocument-v1.3-schema.rng: content, styles, meta, settings, and Flat ODF documents.
    public let document: RelaxNGSchema
    /// OpenDocument-v1.3-manifest-schema.rng: META-INF/manifest.xml.
    public let manifest: RelaxNGSchema
    /// How long compiling both took (measured because it is the one slow start-up step).
    public let compileDuration: Duration

    private static let cache = Locked<ODFSchemas?>(nil)

    public static func shared() throws -> ODFSchemas {
        try cache.withLock { cached in
            if let cached { return cached }
            let schemas = try ODFSchemas()
            cached = schemas
            return schemas
        }
    }

    private init() throws {
        let clock = ContinuousClock()
        let start = clock.now
        document = try Self.compile("OpenDocument-v1.3-schema")
        manifest = try Self.compile("OpenDocument-v1.3-manifest-schema")
        compileDuration = clock.now - start
    }

    private static func compile(_ name: String) throws -> RelaxNGSchema {
        guard let url = Bundle.module.url(forResource: name, withExtension: "rng", subdirectory: "Schemas") else {
            throw ODFError(.schemaUnavailable, "\(name).rng is missing from the AkteODF resources")
        }
        do {
            return try RelaxNGSchema(contentsOf: url)
        } catch let error as XMLError {
            throw ODFError(.schemaUnavailable, part: error.documentName, line: error.line, error.message)
        }
    }
}
