import CFuzzer
import AkteODF
import AkteZip
import Foundation

let validator = try? PackageValidator()

/// The bytes are an .odt (zip) package: open it under the limits, read every entry, read it as an ODF package,
/// and run the validator's package checks.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(UnsafeBufferPointer(start: start, count: count))
    if let archive = try? ZipArchive(data: data) {
        for name in archive.entryNames { _ = try? archive.read(name) }
    }
    _ = try? ODFPackage.read(odt: data)
    _ = try? validator?.validate(odt: data)
    return 0
}

/// SwiftPM's entry point for this executable: hands the arguments to libFuzzer's driver.
@_cdecl("FuzzODT_main")
public func fuzzODTMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        guard let data else { return 0 }
        return fuzz(data, size)
    }
}
