import Foundation

/// PDF converted from the rendered .odt by LibreOffice (`PDFConverter`).
public struct PDFConversionWriter: ConvertingFormatWriter {
    public let format = OutputFormat.pdf
    public let source = OutputFormat.odt
    /// The LibreOffice program (nil: `soffice`, then `libreoffice`, on PATH).
    public let program: String?

    public init(program: String? = nil) {
        self.program = program
    }

    public func convert(_ documents: [(name: String, data: Data)]) throws(GenerateError) -> [String: Data] {
        try PDFConverter(program: program).convert(documents.map { (name: $0.name, odt: $0.data) })
    }
}
