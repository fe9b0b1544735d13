import CFuzzer
import AkteCase
import AkteRules
import Foundation

let profiles = ["wommelgem-2023", "kinrooi-2025"].compactMap { try? RuleProfile.load(nameOrPath: $0) }

/// The bytes are a case file: load it (every guard: size, UTF-8, BOM, nesting, aliases), and evaluate what loads.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(UnsafeBufferPointer(start: start, count: count))
    guard let source = try? YAMLSource(data: data, file: "fuzz.yaml"), source.root != nil else { return 0 }
    guard let loaded = try? CaseLoader.load(yaml: String(decoding: data, as: UTF8.self), file: "fuzz.yaml") else { return 0 }
    switch loaded {
    case let .commission(commissionCase):
        for profile in profiles { _ = CaseEvaluator.evaluate(commissionCase, profile: profile) }
    case let .reflection(session):
        _ = ReflectionEvaluator.evaluate(session)
    }
    return 0
}

/// SwiftPM's entry point for this executable: hands the arguments to libFuzzer's driver.
@_cdecl("FuzzCase_main")
public func fuzzCaseMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        guard let data else { return 0 }
        return fuzz(data, size)
    }
}
