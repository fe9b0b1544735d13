import AkteZip
import Foundation

/// The text of an .odt's XML parts (content, styles with the page headers, meta with the title), for checks.
public enum ODTText {
    public static func text(of odt: Data) throws -> [(part: String, text: String)] {
        let archive = try ZipArchive(data: odt)
        return try ["content.xml", "styles.xml", "meta.xml"].filter { archive.entry(named: $0) != nil }.map { part in
            let xml = String(decoding: try archive.read(part), as: UTF8.self)
            return (part, plainText(xml))
        }
    }

    /// Tags become line breaks (so words of different paragraphs never join), entities are decoded.
    static func plainText(_ xml: String) -> String {
        var text = xml.replacingOccurrences(of: "<[^>]+>", with: "\n", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n")
    }
}
