import AkteXML
import AkteZip
import Foundation

/// How well a file follows ODF 1.3.
public enum ODFConformance: String, Sendable, Hashable, Comparable {
    /// Valid against the strict ODF 1.3 schema as it is.
    case conforming
    /// Valid only after removing foreign elements and attributes (what LibreOffice writes).
    case extended
    /// Not valid even then, or a broken package.
    case invalid

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    private var rank: Int {
        switch self {
        case .conforming: 0
        case .extended: 1
        case .invalid: 2
        }
    }
}

/// One finding: `part:line: message` (line 0 when there is none).
public struct ODFProblem: Sendable, Hashable, CustomStringConvertible {
    public var part: String
    public var line: Int
    public var message: String

    public init(part: String, line: Int, message: String) {
        self.part = part
        self.line = line
        self.message = message
    }

    public var description: String { "\(part):\(line): \(message)" }
}

public struct ODFValidationReport: Sendable, Hashable {
    public var conformance: ODFConformance
    /// Why the file is not conforming. For an *extended* file: each foreign element or attribute name
    /// at its first occurrence; for an *invalid* one: package errors and what the schema still rejects
    /// after foreign content is removed.
    public var problems: [ODFProblem]
}

/// Checks ODF packages (`.odt`) and Flat ODF documents (`.fodt`) against ODF 1.3.
///
/// Package rules: `mimetype` is the first entry, stored, uncompressed, without extra field, and holds
/// exactly an ODF media type; the manifest lists every part and every listed part exists. XML parts
/// are validated against the ODF 1.3 schema, the manifest against the manifest schema.
public struct PackageValidator: Sendable {
    public let schemas: ODFSchemas

    public init(schemas: ODFSchemas) {
        self.schemas = schemas
    }

    /// Uses the process-wide compiled schemas.
    public init() throws {
        self.init(schemas: try ODFSchemas.shared())
    }

    /// Validates a file; throws `ODFError(.unreadable)` when it is neither a readable zip nor XML.
    public func validate(contentsOf url: URL) throws -> ODFValidationReport {
        let data = try ODFFile.read(url)
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return try validate(odt: data)
        }
        guard data.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }) == UInt8(ascii: "<") else {
            throw ODFError(.unreadable, "\(url.lastPathComponent): neither a zip archive nor an XML document")
        }
        return validate(flat: data, name: url.lastPathComponent)
    }

    /// Validates a zipped package. Throws when the bytes are not a zip archive or break AkteZip's limits.
    public func validate(odt data: Data) throws -> ODFValidationReport {
        let archive: ZipArchive
        do {
            archive = try ZipArchive(data: data)
        } catch let error as ZipError {
            throw ODFError(.unreadable, part: error.entry, error.message)
        }
        var problems = PackageStructure(archive: archive).problems()
        var verdict: ODFConformance = problems.isEmpty ? .conforming : .invalid

        for part in ["content.xml", "styles.xml", "meta.xml", "settings.xml"] where archive.entry(named: part) != nil {
            let result = validatePart(name: part, bytes: { try archive.read(part) }, schema: schemas.document)
            verdict = max(verdict, result.conformance)
            problems += result.problems
        }
        if archive.entry(named: ODFManifest.path) != nil {
            let result = validatePart(name: ODFManifest.path, bytes: { try archive.read(ODFManifest.path) }, schema: schemas.manifest)
            verdict = max(verdict, result.conformance)
            problems += result.problems
        }
        return ODFValidationReport(conformance: verdict, problems: problems)
    }

    /// Validates a Flat ODF document as one XML document against the ODF 1.3 schema.
    public func validate(flat data: Data, name: String) -> ODFValidationReport {
        validatePart(name: name, bytes: { data }, schema: schemas.document)
    }

    // MARK: Parts

    private func validatePart(name: String, bytes: () throws -> Data, schema: RelaxNGSchema) -> ODFValidationReport {
        let document: XMLDocument
        do {
            document = try XMLDocument(data: try bytes(), name: name)
        } catch let error as XMLError {
            return invalid(error.diagnostics.filter { $0.severity == .error }.map { ODFProblem(part: name, line: $0.line, message: $0.message) })
        } catch let error as ZipError {
            return invalid([ODFProblem(part: name, line: 0, message: error.message)])
        } catch {
            return invalid([ODFProblem(part: name, line: 0, message: "\(error)")])
        }
        let strict = schema.validate(document).map { ODFProblem(part: name, line: $0.line, message: $0.message) }
        if strict.isEmpty { return ODFValidationReport(conformance: .conforming, problems: []) }
        let removed: [ForeignContent.Removal]
        do {
            removed = try ForeignContent.remove(from: document)
        } catch {
            return invalid(strict)
        }
        guard !removed.isEmpty else { return invalid(strict) }
        let relaxed = schema.validate(document).map { ODFProblem(part: name, line: $0.line, message: $0.message) }
        return relaxed.isEmpty
            ? ODFValidationReport(conformance: .extended, problems: Self.summarise(removed, part: name))
            : invalid(relaxed)
    }

    /// One line per foreign name, at its first occurrence: what makes the file only *extended*.
    private static func summarise(_ removed: [ForeignContent.Removal], part: String) -> [ODFProblem] {
        var order: [String] = []
        var first: [String: ForeignContent.Removal] = [:]
        var counts: [String: Int] = [:]
        for removal in removed {
            let key = (removal.isAttribute ? "attribute " : "element ") + removal.qualifiedName
            if first[key] == nil {
                order.append(key)
                first[key] = removal
            }
            counts[key, default: 0] += 1
        }
        return order.map { key in
            let count = counts[key] ?? 1
            return ODFProblem(part: part, line: first[key]?.line ?? 0,
                              message: "foreign \(key)" + (count > 1 ? " (\(count) times)" : "") + " is not ODF 1.3")
        }
    }

    private func invalid(_ problems: [ODFProblem]) -> ODFValidationReport {
        ODFValidationReport(conformance: .invalid, problems: problems)
    }
}

/// The zip-level rules of an ODF package (ODF 1.3 part 2, §3).
struct PackageStructure {
    let archive: ZipArchive

    func problems() -> [ODFProblem] {
        mimetypeProblems() + manifestProblems()
    }

    private func problem(_ part: String, _ message: String, line: Int = 0) -> ODFProblem {
        ODFProblem(part: part, line: line, message: message)
    }

    private func mimetypeProblems() -> [ODFProblem] {
        guard let entry = archive.entry(named: "mimetype") else {
            return [problem("mimetype", "missing: the first entry of an ODF package must be mimetype")]
        }
        var found: [ODFProblem] = []
        if entry.index != 0 || archive.leadingEntry?.name != "mimetype" {
            let first = archive.leadingEntry?.name ?? archive.entries.first?.name ?? "?"
            found.append(problem("mimetype", "must be the first entry of the archive, but the first is \(first)"))
        }
        if !entry.isStored || entry.compressedSize != entry.uncompressedSize {
            found.append(problem("mimetype", "must be stored uncompressed (compression method \(entry.compressionMethod))"))
        }
        if entry.hasExtraFields || (archive.leadingEntry?.name == "mimetype" && archive.leadingEntry?.extraFieldLength != 0) {
            found.append(problem("mimetype", "must not have an extra field"))
        }
        if let bytes = try? archive.read("mimetype") {
            let text = String(decoding: bytes, as: UTF8.self)
            if !ODFMediaType.all.contains(text) {
                found.append(problem("mimetype", "holds \(text.debugDescription), not an ODF media type"))
            }
        } else {
            found.append(problem("mimetype", "cannot be read"))
        }
        return found
    }

    private func manifestProblems() -> [ODFProblem] {
        let path = ODFManifest.path
        guard archive.entry(named: path) != nil else { return [problem(path, "missing")] }
        guard let data = try? archive.read(path), let manifest = try? XMLDocument(data: data, name: path) else {
            return [] // reported by the schema step with its line
        }
        let entries = ODFManifest.entries(in: manifest)
        let listed = Set(entries.map(\.path))
        var found: [ODFProblem] = []
        for name in archive.entryNames where !name.hasSuffix("/") && name != "mimetype" && !name.hasPrefix("META-INF/") {
            if !listed.contains(name) {
                found.append(problem(name, "part is not listed in \(path)"))
            }
        }
        let present = Set(archive.entryNames)
        for entry in entries where entry.path != "/" && !entry.path.hasSuffix("/") && !present.contains(entry.path) {
            found.append(problem(entry.path, "listed in \(path) (line \(entry.line)) but missing from the package"))
        }
        if let root = (entries.first { $0.path == "/" }), let bytes = try? archive.read("mimetype"),
           root.mediaType != String(decoding: bytes, as: UTF8.self) {
            found.append(problem(path, "media type of \"/\" is \(root.mediaType), but mimetype says \(String(decoding: bytes, as: UTF8.self))", line: root.line))
        }
        return found
    }
}
