import Akte
import AkteTestSupport
import AkteZip
import Foundation
import Testing

/// Golden `content.xml` of three Wommelgem documents: the convocation (art. 46 §1), the motivated advice (art. 52)
/// and the council decision in the Flemish decision layout. The .txt goldens pin the wording; these pin the ODF
/// body (styles applied, tables, list and paragraph structure), byte for byte. content.xml carries no date (the
/// zip entry times and meta.xml do, from SOURCE_DATE_EPOCH), so the comparison does not depend on the clock.
@Suite struct ContentGoldenTests {
    static let documents = [
        "01-oproeping-2025-09-04-koen-mertens",
        "03-gemotiveerd-advies",
        "05-besluit-gemeenteraad-2025-10-20",
    ]

    @Test("content.xml of the Wommelgem convocation, motivated advice and council decision, byte for byte", arguments: documents)
    func content(document: String) throws {
        let out = try TemporaryFolder.make("content")
        defer { TemporaryFolder.remove(out) }
        let result = try Examples.generate(Examples.folder.appendingPathComponent(Examples.wommelgem), out: out, formats: [.odt])
        let odt = try #require(result.written.first { $0.url.lastPathComponent == "\(document).odt" }, "\(document).odt was not written")
        let content = try ZipArchive(data: Data(contentsOf: odt.url)).read("content.xml")
        Golden.check(String(decoding: content, as: UTF8.self),
                     against: Examples.golden.appendingPathComponent("content/DC-2025-01/\(document).content.xml"))
    }
}
