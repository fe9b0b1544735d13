import AkteXML
import AkteZip
import Foundation

/// The parts of an ODF package as a signature sees them: every zip entry in archive order, its bytes and how it
/// was compressed (so a signed copy stores each one exactly as before), and the signature file apart.
struct PackageParts {
    struct Part {
        let name: String
        let data: Data
        let compression: ZipCompression
    }

    let source: String
    /// Every entry except folders and `META-INF/documentsignatures.xml`, in archive order.
    let parts: [Part]
    /// The current signature file, when the package is signed already.
    let signatureFile: Data?

    init(archive: ZipArchive, source: String) throws {
        self.source = source
        var parts: [Part] = []
        var signatureFile: Data?
        for entry in archive.entries where !entry.isDirectory {
            let data: Data
            do { data = try archive.read(entry.name) } catch { throw SignatureError(.unreadable, "\(source): \(error)") }
            if entry.name == XMLDSig.signaturePart {
                signatureFile = data
            } else {
                parts.append(Part(name: entry.name, data: data, compression: entry.isStored ? .stored : .deflated))
            }
        }
        guard parts.first?.name == "mimetype" else {
            throw SignatureError(.unreadable, "\(source): not an ODF package (its first entry is not `mimetype`)")
        }
        self.parts = parts
        self.signatureFile = signatureFile
    }

    init(contentsOf url: URL) throws {
        let archive: ZipArchive
        do { archive = try ZipArchive(contentsOf: url) } catch { throw SignatureError(.unreadable, "\(error)") }
        try self.init(archive: archive, source: url.path)
    }

    func part(named name: String) -> Part? { parts.first { $0.name == name } }

    /// Parts LibreOffice signs with the C14N transform: those the manifest lists as `text/xml`, and the
    /// manifest itself.
    func xmlPartNames() -> Set<String> {
        var names: Set<String> = ["META-INF/manifest.xml"]
        let ns = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
        guard let manifest = part(named: "META-INF/manifest.xml"),
              let document = try? XMLDocument(data: manifest.data, name: "META-INF/manifest.xml"),
              let root = document.root else { return names }
        for entry in root.childElements("file-entry", namespaceURI: ns)
        where entry.attribute("media-type", namespaceURI: ns) == "text/xml" {
            if let path = entry.attribute("full-path", namespaceURI: ns) { names.insert(path) }
        }
        return names
    }
}
