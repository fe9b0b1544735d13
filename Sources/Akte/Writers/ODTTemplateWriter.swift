/// .odt from the Flat ODF template (`oproeping.fodt`): strict ODF 1.3, deterministic (`SOURCE_DATE_EPOCH`).
public struct ODTTemplateWriter: TemplateFormatWriter {
    public let format = OutputFormat.odt
    public let templateExtension = "fodt"
    public let coversEveryKind = true

    public init() {}
}
