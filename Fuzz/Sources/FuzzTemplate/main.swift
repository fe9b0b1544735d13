import CFuzzer
import AkteODF
import AkteTemplate
import AkteXML
import Foundation

/// A context with the keys the seed templates use most, so the binder and the section logic are reached.
let context: TemplateValue = [
    "naam": "Eva & <Zoon>", "dringend": true, "leeg": [], "getal": 3,
    "leden": [["naam": "An"], ["naam": "Bert"]], "adres": ["straat": "Kerkstraat 1", "stad": "Gent"],
]

/// First byte: 0 plain-text template, otherwise Flat ODF. The rest is the template.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let bytes = Data(UnsafeBufferPointer(start: start + 1, count: count - 1))
    if start[0] & 1 == 0 {
        if let template = try? TextTemplate(source: String(decoding: bytes, as: UTF8.self), name: "fuzz.txt") {
            _ = try? template.render(context)
            _ = template.keys
        }
    } else if let parts = try? packageParts(bytes), let template = try? ODFTemplate(flatXML: bytes, packageParts: parts, name: "fuzz.fodt") {
        _ = try? template.renderFlat(context)
        _ = try? template.renderParts(context)
        _ = template.keys
    }
    return 0
}

/// The flat document split into package parts by AkteODF, as `akte render` does (LoadedTemplate).
func packageParts(_ data: Data) throws -> [ODFPart] {
    let package = try ODFPackage.read(flat: try XMLDocument(data: data, name: "fuzz.fodt"))
    var parts = [
        ODFPart(path: "content.xml", data: Array(package.content.serialized()), mediaType: "text/xml"),
        ODFPart(path: "styles.xml", data: Array(package.styles.serialized()), mediaType: "text/xml"),
    ]
    if let meta = package.meta { parts.append(ODFPart(path: "meta.xml", data: Array(meta.serialized()), mediaType: "text/xml")) }
    if let settings = package.settings { parts.append(ODFPart(path: "settings.xml", data: Array(settings.serialized()), mediaType: "text/xml")) }
    for attachment in package.attachments {
        parts.append(ODFPart(path: attachment.path, data: Array(attachment.data), mediaType: attachment.mediaType))
    }
    return parts
}

/// SwiftPM's entry point for this executable: hands the arguments to libFuzzer's driver.
@_cdecl("FuzzTemplate_main")
public func fuzzTemplateMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        guard let data else { return 0 }
        return fuzz(data, size)
    }
}
