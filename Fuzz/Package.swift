// swift-tools-version: 6.0
// libFuzzer targets for akte, kept out of the main package so `swift build` / `swift test` never build them.
// Build and run one with scripts/fuzz TARGET SECONDS (swift build -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library).
import PackageDescription

let package = Package(
    name: "akte-fuzz",
    dependencies: [.package(name: "akte", path: "..")],
    targets: [
        .target(name: "CFuzzer"),
        // The template parser and binder: plain-text templates and Flat ODF templates, rendered with a fixed context.
        .executableTarget(name: "FuzzTemplate", dependencies: ["CFuzzer", .product(name: "Akte", package: "akte")]),
        // The case loader (YAML/JSON with positions) and, for what loads, the rule evaluation.
        .executableTarget(name: "FuzzCase", dependencies: ["CFuzzer", .product(name: "Akte", package: "akte")]),
        // The ODT reader: zip archive limits and reading, ODF package reading, the validator's package checks.
        .executableTarget(name: "FuzzODT", dependencies: ["CFuzzer", .product(name: "Akte", package: "akte")]),
    ],
    swiftLanguageModes: [.v6]
)
