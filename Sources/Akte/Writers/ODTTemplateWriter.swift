import AkteTemplate
import Foundation

/// .odt from the Flat ODF template (`oproeping.fodt`): strict ODF 1.3, deterministic (`SOURCE_DATE_EPOCH`).
public struct ODTTemplateWriter: TemplateFormatWriter {
    public let format = OutputFormat.odt
    public let templateExtension = "fodt"
    public let coversEveryKind = true

    public init() {}

    public func render(_ template: LoadedTemplate, context: TemplateValue) throws -> Data {
        try template.render(context, format: .odt)
    }
}
