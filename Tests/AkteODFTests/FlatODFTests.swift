import AkteODF
import AkteXML
import AkteZip
import AkteTestSupport
import Foundation
import Testing

@Suite struct FlatODFTests {
    let package: ODFPackage

    init() throws {
        package = try ODFPackage.read(contentsOf: TestPaths.fixtures().appendingPathComponent("split-sample.fodt"))
    }

    private func automaticStyleNames(_ document: XMLDocument) -> Set<String> {
        let container = document.root?.firstChildElement("automatic-styles", namespaceURI: ODFNamespace.office)
        return Set(container?.childElements.compactMap { $0.attribute("name", namespaceURI: ODFNamespace.style) } ?? [])
    }

    @Test func automaticStylesGoWhereTheyAreUsed() {
        #expect(automaticStyleNames(package.content) == ["T_BODY", "T_BOTH", "T_UNUSED", "P_LIST", "L1", "fr1"])
        #expect(automaticStyleNames(package.styles) == ["T_HEAD", "T_BOTH", "fr1", "pm1"])
    }

    @Test func partsGetTheirElements() throws {
        let office = ODFNamespace.office
        #expect(package.content.root?.childElements.map(\.qualifiedName) == ["office:font-face-decls", "office:automatic-styles", "office:body"])
        #expect(package.styles.root?.childElements.map(\.qualifiedName) == ["office:font-face-decls", "office:styles", "office:automatic-styles", "office:master-styles"])
        #expect(package.meta?.root?.firstChildElement("meta", namespaceURI: office) != nil)
        #expect(package.settings?.root?.isElement("document-settings", namespaceURI: office) == true)
        #expect(package.mimeType == ODFMediaType.text)
    }

    @Test func embeddedPicturesBecomeOneDeterministicAttachment() throws {
        #expect(package.attachments.count == 1)
        let picture = try #require(package.attachments.first)
        #expect(picture.path.hasPrefix("Pictures/") && picture.path.hasSuffix(".png"))
        #expect(picture.mediaType == "image/png")
        #expect(picture.data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let again = try ODFPackage.read(contentsOf: TestPaths.fixtures().appendingPathComponent("split-sample.fodt"))
        #expect(again.attachments == package.attachments)
        for part in [package.content, package.styles] {
            let images = try #require(part.root).descendantElements("image", namespaceURI: ODFNamespace.drawing)
            #expect(images.count == 1)
            #expect(images.first?.attribute("href", namespaceURI: ODFNamespace.xlink) == picture.path)
            #expect(images.first?.childElements.isEmpty == true)
        }
    }

    @Test func writtenFromFlatIsConformingAndListsThePicture() throws {
        let data = try ODTWriter(metadata: testMetadata()).data(for: package)
        let report = try PackageValidator().validate(odt: data)
        #expect(report.problems == [])
        #expect(report.conformance == .conforming)
        let archive = try ZipArchive(data: data)
        #expect(archive.entryNames == ["mimetype", "content.xml", "styles.xml", "meta.xml", "settings.xml", package.attachments[0].path, "META-INF/manifest.xml"])
        let manifest = String(decoding: try archive.read("META-INF/manifest.xml"), as: UTF8.self)
        #expect(manifest.contains("manifest:full-path=\"\(package.attachments[0].path)\" manifest:media-type=\"image/png\""))
        // The foreign element was unwrapped on the way, keeping its text.
        #expect(String(decoding: try archive.read("content.xml"), as: UTF8.self).contains("blijft staan"))
    }

    @Test func flatOutputIsConformingAndSplitsBackTheSame() throws {
        let writer = ODTWriter(metadata: testMetadata())
        let flat = try writer.flatData(for: package, name: "terug.fodt")
        let report = try PackageValidator().validate(flat: flat, name: "terug.fodt")
        #expect(report.problems == [])
        #expect(report.conformance == .conforming)
        let again = try ODFPackage.read(flat: try XMLDocument(data: flat, name: "terug.fodt"))
        #expect(again.attachments == package.attachments)
        #expect(automaticStyleNames(again.content) == automaticStyleNames(package.content))
        #expect(automaticStyleNames(again.styles) == automaticStyleNames(package.styles))
        #expect(try writer.flatData(for: try ODFPackage.read(contentsOf: TestPaths.fixtures().appendingPathComponent("split-sample.fodt")), name: "terug.fodt") == flat)
        let meta = String(decoding: flat, as: UTF8.self)
        #expect(meta.contains("<meta:generator>akte/9.9.9</meta:generator>"))
        #expect(meta.contains("office:mimetype=\"application/vnd.oasis.opendocument.text\""))
    }

    @Test func sampleLetterAsFlatIsConforming() throws {
        let flat = try ODTWriter(metadata: testMetadata()).flatData(for: try SampleLetter.package())
        #expect(try PackageValidator().validate(flat: flat, name: "brief.fodt").conformance == .conforming)
    }

    @Test func notAFlatDocumentIsRefused() throws {
        let document = try XMLDocument(data: Data("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>".utf8), name: "x.fodt")
        let error = try #require(throws: ODFError.self) { try ODFPackage.read(flat: document) }
        #expect(error.part == "x.fodt")
    }
}
