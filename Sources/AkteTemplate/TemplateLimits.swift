import Foundation

/// Every size, count and depth a template or its data may declare, in one place (README, "Limits").
///
/// Each limit is checked where the input is read, before anything recurses over or allocates by the
/// declared amount, and a breach is an input error naming the file and position, never a crash.
public enum TemplateLimits {
    /// Sections nested inside one another (`{{#a}}{{#b}}…`). Real letters nest three or four deep; rendering
    /// and key listing recurse once per level.
    public static let maximumSectionDepth = 100
    /// XML elements nested inside one another in a template part. LibreOffice documents stay under 40; the
    /// compiler recurses once per level (libxml2 itself stops at 256).
    public static let maximumElementDepth = 200
    /// A count an element declares: spaces (`text:s text:c`), repeated or spanned table columns and rows
    /// (`table:number-columns-repeated`, `…-rows-repeated`, `…-spanned`). The ODF binder expands `text:c` to find
    /// tags split by spaces, and whatever opens the document (LibreOffice for PDF) expands the others.
    public static let maximumRepeatCount = 10_000
    /// Whether a declared count is beyond `maximumRepeatCount` (digits too many for an `Int` included).
    package static func exceedsRepeatCount(_ value: String) -> Bool {
        let digits = value.trimmingCharacters(in: .whitespaces)
        guard !digits.isEmpty, digits.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else { return false }
        return Int(digits).map { $0 > maximumRepeatCount } ?? true
    }
    /// Lists and maps nested inside one another in render data (JSON and YAML).
    public static let maximumDataDepth = 512
}
