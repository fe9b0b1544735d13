import AkteSystem
import AkteXML
import AkteZip
import Foundation

/// Writes an `ODFPackage` as a `.odt` file, reproducibly: the same package and metadata give the same
/// bytes. Entry order: `mimetype` (stored, first), content.xml, styles.xml, meta.xml, settings.xml,
/// attachments by path, META-INF/manifest.xml; packed by `ODTPackager`, the packager of every .odt akte
/// writes. Every part's root gets `office:version="1.3"`.
public struct ODTWriter {
    public var metadata: ODFMetadata
    /// Strip foreign elements/attributes (`loext:`, `officeooo:`…) so the output is strict ODF 1.3 even
    /// when the package came from a LibreOffice-made template.
    public var removesForeignContent: Bool

    public init(metadata: ODFMetadata, removesForeignContent: Bool = true) {
        self.metadata = metadata
        self.removesForeignContent = removesForeignContent
    }

    /// The `.odt` bytes. Edits the package's XML in place (version attributes, foreign content).
    public func data(for package: ODFPackage) throws -> Data {
        let xmlParts: [(String, XMLDocument)] =
            [("content.xml", package.content), ("styles.xml", package.styles), ("meta.xml", try metadata.document())]
            + (package.settings.map { [("settings.xml", $0)] } ?? [])
        do {
            var parts: [ODFPart] = []
            for (path, document) in xmlParts {
                if removesForeignContent { try ForeignContent.remove(from: document) }
                try document.root.unwrapped(path).setAttribute("version", namespaceURI: ODFNamespace.office,
                                                               value: ODFVersion.current, prefix: "office")
                parts.append(ODFPart(path: path, data: Array(document.serialized()), mediaType: "text/xml"))
            }
            for attachment in package.attachments.sorted(by: { $0.path < $1.path }) {
                parts.append(ODFPart(path: attachment.path, data: Array(attachment.data), mediaType: attachment.mediaType))
            }
            let manifest = ODFManifest.bytes(mimeType: package.mimeType, parts: parts.map { ($0.path, $0.mediaType) })
            parts.append(ODFPart(path: ODFManifest.path, data: manifest, mediaType: ""))
            return try ODTPackager(date: metadata.date).package(parts, mimeType: package.mimeType)
        } catch let error as ZipError {
            throw ODFError(.writeFailed, part: error.entry, error.message)
        } catch let error as XMLError {
            throw ODFError(.writeFailed, part: error.documentName, line: error.line, error.message)
        }
    }

    /// The package as one Flat ODF document (`.fodt`), with the same deterministic meta and foreign
    /// content handling as `.odt`; pictures go inline as base64.
    public func flatData(for package: ODFPackage, name: String = "document.fodt") throws -> Data {
        do {
            let meta = try metadata.document()
            if removesForeignContent {
                for part in [package.content, package.styles] + (package.settings.map { [$0] } ?? []) {
                    try ForeignContent.remove(from: part)
                }
            }
            return try FlatODFJoiner(package: package, meta: meta).document(name: name).serialized()
        } catch let error as XMLError {
            throw ODFError(.writeFailed, part: error.documentName, line: error.line, error.message)
        }
    }

    /// Writes the `.fodt` atomically; refuses to replace an existing file unless `overwrite`.
    public func writeFlat(_ package: ODFPackage, to url: URL, overwrite: Bool) throws {
        let bytes = try flatData(for: package, name: url.lastPathComponent)
        do {
            try AtomicFile.write(bytes, to: url, replace: overwrite)
        } catch {
            throw ODFError(.writeFailed, error.message)
        }
    }

    /// Writes the `.odt` atomically; refuses to replace an existing file unless `overwrite`.
    public func write(_ package: ODFPackage, to url: URL, overwrite: Bool) throws {
        let bytes = try data(for: package)
        do {
            try AtomicFile.write(bytes, to: url, replace: overwrite)
        } catch {
            throw ODFError(.writeFailed, error.message)
        }
    }
}
