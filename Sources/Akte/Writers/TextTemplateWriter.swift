/// .txt from the plain-text template (`oproeping.txt`), UTF-8.
public struct TextTemplateWriter: TemplateFormatWriter {
    public let format = OutputFormat.txt
    public let templateExtension = "txt"
    public let coversEveryKind = true

    public init() {}
}
