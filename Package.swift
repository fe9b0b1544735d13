// swift-tools-version: 6.0
// akte: formal documents of integrity procedures in Flemish local government.
// Module plan: see ../shared/ARCHITECTURE.md. Only AkteXML imports libxml2, only AkteZip imports libzip and zlib
// (and the benchmark floor in Benchmarks/, which uses libzip alone).
import PackageDescription

let package = Package(
    name: "akte",
    products: [
        .executable(name: "akte", targets: ["AkteCLI"]),
        .library(name: "Akte", targets: ["Akte"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // Signatures (issue 13): the algorithms, X.509 and DER, never hand-written.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CLibZip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"])]
        ),
        .target(name: "AkteXML", dependencies: ["CLibXML2"]),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "AkteZip", dependencies: ["CLibZip", "CZlib"]),
        .target(
            name: "AkteODF",
            dependencies: ["AkteXML", "AkteZip"],
            resources: [.copy("Schemas")]
        ),
        .target(name: "AkteText"),
        // PKCS#11 (smart cards such as the Belgian eID, SoftHSM in tests): the module is loaded with dlopen.
        // Only the header (CK_FUNCTION_LIST and friends) is used; nothing links libp11-kit.
        .systemLibrary(
            name: "CPKCS11",
            pkgConfig: "p11-kit-1",
            providers: [.apt(["libp11-kit-dev"])]
        ),
        .target(
            name: "AkteSignature",
            dependencies: [
                "AkteXML", "AkteZip", "CPKCS11",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
            ]
        ),
        .target(name: "AkteTemplate", dependencies: ["AkteXML", "AkteText"]),
        .target(name: "AkteCase", dependencies: ["AkteText", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "AkteRules",
            dependencies: ["AkteCase"],
            resources: [.copy("Profiles"), .copy("Anonymisation/Data")]
        ),
        .target(name: "Akte", dependencies: ["AkteXML", "AkteZip", "AkteODF", "AkteTemplate", "AkteCase", "AkteRules"]),
        .executableTarget(
            name: "AkteCLI",
            dependencies: [
                "Akte",
                "AkteSignature",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The native floor of `scripts/bench`: writes precomputed documents with libzip and nothing else.
        .executableTarget(name: "AkteBench", dependencies: ["CLibZip"], path: "Benchmarks/AkteBench"),
        .testTarget(name: "AkteXMLTests", dependencies: ["AkteXML"], exclude: ["Fixtures"]),
        .testTarget(name: "AkteZipTests", dependencies: ["AkteZip"], exclude: ["Fixtures"]),
        .testTarget(name: "AkteODFTests", dependencies: ["AkteODF"], exclude: ["Fixtures"]),
        .testTarget(name: "AkteTemplateTests", dependencies: ["AkteTemplate", "AkteODF"], exclude: ["Fixtures"]),
        .testTarget(name: "AkteCaseTests", dependencies: ["AkteCase"], exclude: ["Fixtures"]),
        .testTarget(name: "AkteRulesTests", dependencies: ["AkteRules"], exclude: ["Fixtures"]),
        .testTarget(name: "AkteTests", dependencies: ["Akte", "AkteODF", "AkteRules", "AkteCase", "AkteTemplate"], exclude: ["Fixtures", "Golden", "Scenarios"]),
        .testTarget(name: "AkteCLITests", dependencies: ["AkteCLI"], exclude: ["Fixtures"]),
        .testTarget(name: "AkteSignatureTests", dependencies: ["AkteSignature", "AkteXML", "AkteZip"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
