import Foundation

/// A short Dutch sample letter built with this module, for `akte demo` and for tests: something the
/// tool writes and validates itself while the real documents are being built.
public enum SampleLetter {
    public static let title = "Voorbeeldbrief"

    /// Lines chosen to exercise escaping (`&`, `<`, quotes) and non-ASCII text.
    public static let paragraphs = [
        "Gemeente Voorbeeldegem — Deontologische commissie",
        "Aan: mevrouw A. Janssens & de heer B. Peeters",
        "Betreft: uitnodiging voor de vergadering van de deontologische commissie",
        "Geachte raadsleden,",
        "Hierbij nodigen wij u uit voor de vergadering op maandag 12 januari 2026 om 19.30 uur in de raadzaal.\nDe agenda en de stukken liggen ter inzage bij de algemeen directeur.",
        "Punt 1: \"melding <ref. 2025/014>\" — bespreking en advies.",
        "Met vriendelijke groet,",
        "De algemeen directeur",
    ]

    public static func package() throws -> ODFPackage {
        let package = try ODFPackage.blankText()
        try package.appendHeading(title)
        for paragraph in paragraphs { try package.appendParagraph(paragraph) }
        return package
    }
}
