// swift-tools-version: 6.0
// akte: formal documents of integrity procedures in Flemish local government.
// Module plan: see ../shared/ARCHITECTURE.md. Only AkteXML imports libxml2, only AkteZip imports libzip and zlib
// (and the benchmark floor in Benchmarks/, which uses libzip alone), each with `internal import`; only AkteODF
// knows ODF (packages, the template binder, the packager); Akte reaches XML and zip only through it.
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
        // The operating system: the one atomic file writer, the errno-capturing call helper, the lock type.
        .target(name: "AkteSystem"),
        .target(name: "AkteXML", dependencies: ["CLibXML2", "AkteSystem"]),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "AkteZip", dependencies: ["CLibZip", "CZlib"]),
        .target(
            name: "AkteODF",
            dependencies: ["AkteXML", "AkteZip", "AkteTemplate", "AkteSystem"],
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
                .target(name: "AkteTemplate", dependencies: ["AkteText"]),
        .target(name: "AkteCase", dependencies: ["AkteText", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "AkteRules",
            dependencies: ["AkteCase", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Profiles"), .copy("Anonymisation/Data")]
        ),
        // Templates/ ships as a resource (`akte_Akte.resources/Templates`, install it beside the binary), so an
        // installed `akte` needs no checkout; the one copy stays at the top of the repository (a path from the
        // target's folder: SwiftPM copies a symbolic link as a link, which would dangle in the bundle).
        .target(
            name: "Akte",
            dependencies: ["AkteODF", "AkteTemplate", "AkteCase", "AkteRules", "AkteSystem"],
            resources: [.copy("../../Templates")]
        ),
        .executableTarget(
            name: "AkteCLI",
            dependencies: [
                "Akte",
                "AkteCase",
                "AkteODF",
                "AkteRules",
                "AkteTemplate",
                "AkteSystem",
                "AkteSignature",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The native floor of `scripts/bench`: writes precomputed documents with libzip and nothing else.
        .executableTarget(name: "AkteBench", dependencies: ["CLibZip"], path: "Benchmarks/AkteBench"),
        // What every test target shares: repository paths, temporary folders, golden files, the `akte` binary runner.
        .target(name: "AkteTestSupport", path: "Tests/AkteTestSupport"),
        .testTarget(name: "AkteXMLTests", dependencies: ["AkteTestSupport", "AkteXML"], exclude: ["Fixtures"]),
        .testTarget(name: "AkteZipTests", dependencies: ["AkteTestSupport", "AkteZip", "AkteSystem"], exclude: ["Fixtures"]),
        .testTarget(name: "AkteODFTests", dependencies: ["AkteTestSupport", "AkteODF", "AkteXML", "AkteZip"], exclude: ["Fixtures"]),
        .testTarget(name: "AkteTemplateTests", dependencies: ["AkteTestSupport", "AkteTemplate", "AkteODF", "AkteXML", "AkteZip"], exclude: ["Fixtures"]),
        .testTarget(name: "AkteCaseTests", dependencies: ["AkteTestSupport", "AkteCase"], exclude: ["Fixtures"]),
        .testTarget(name: "AkteRulesTests", dependencies: ["AkteTestSupport", "AkteRules", "AkteCase"], exclude: ["Fixtures"]),
        .testTarget(name: "AkteTests", dependencies: ["AkteTestSupport", "Akte", "AkteODF", "AkteXML", "AkteZip", "AkteRules", "AkteCase", "AkteTemplate"], exclude: ["Fixtures", "Golden", "Scenarios"]),
        .testTarget(name: "AkteCLITests", dependencies: ["AkteTestSupport", "AkteCLI", "Akte", "AkteODF", "AkteXML", "AkteZip"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
