import Akte
import AkteTestSupport
import Foundation
import Testing

/// Data a case file may leave out: the documents derive it, never leaving a gap or a placeholder.
@Suite("generate: derived defaults")
struct DerivedDefaultsTests {
    /// The Heidebeek example without the meetings' gists and without the decision's agenda-item parts.
    static func minimalCase(in folder: URL) throws -> URL {
        var lines: [String] = []
        var skippingGist = false
        for line in try Examples.text(Examples.wommelgem).components(separatedBy: "\n") {
            if line.hasPrefix("  closedSession:") { break }
            if line.hasPrefix("    gist:") { skippingGist = true; continue }
            if skippingGist, line.hasPrefix("      ") { continue }
            skippingGist = false
            lines.append(line)
        }
        let url = folder.appendingPathComponent("minimaal.yaml")
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("without the agenda-item parts, the agenda item derives facts, argumentation and financial impact")
    func agendaItem() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Examples.generate(try Self.minimalCase(in: folder), out: folder.appendingPathComponent("out"), formats: [.txt], only: [.agendapunt])
        let text = try String(contentsOf: try #require(result.written.first).url, encoding: .utf8)
        #expect(text.contains("1. Op 12 juni 2025 contacteerde schepen Pieter De Smet de dienst omgeving"))
        #expect(text.contains("4. De deontologische commissie van de gemeenteraad bracht op 18 september 2025 een gemotiveerd advies uit aan de raad."))
        #expect(text.contains("Enkel de raad kan zich uitspreken over de vraag of een lokale mandataris de deontologische code heeft geschonden. Hij doet dat op basis van het gemotiveerd advies van de commissie (artikel 53 van de deontologische code)."))
        #expect(text.contains("Financiële weerslag\n\nGeen\n"))
        #expect(!text.contains("\n\n\n"))
    }

    @Test("without gists, the minutes derive the gist from the case and name no one")
    func minutes() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Examples.generate(try Self.minimalCase(in: folder), out: folder.appendingPathComponent("out"), formats: [.txt], only: [.verslag])
        let hearing = try String(contentsOf: try #require(result.written.first { $0.url.lastPathComponent == "06-verslag-2025-09-04.txt" }).url, encoding: .utf8)
        #expect(hearing.contains("De commissie hoort de melder en de vermeende schender. Een getuige ging niet in op de uitnodiging om gehoord te worden."))
        let deliberation = try String(contentsOf: try #require(result.written.first { $0.url.lastPathComponent == "06-verslag-2025-09-18.txt" }).url, encoding: .utf8)
        #expect(deliberation.contains("De commissie beraadslaagt over de melding en stemt. Een afwijkend standpunt wordt in het advies opgenomen."))
        #expect(deliberation.contains("Besluit: het gemotiveerd advies aan de raad wordt vastgesteld (zie het afzonderlijke advies)."))
        for name in ["Wim Janssens", "Pieter De Smet", "Inge Bosmans"] {
            #expect(!hearing.contains(name) && !deliberation.contains(name))
        }
    }
}
