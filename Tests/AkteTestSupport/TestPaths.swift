package import Foundation

/// Where the tests find the repository and their own fixtures; nothing here points outside the checkout.
package enum TestPaths {
    /// The checkout's root folder: this file is `Tests/AkteTestSupport/TestPaths.swift`.
    package static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    package static let examples = repositoryRoot.appendingPathComponent("Examples")
    package static let templates = repositoryRoot.appendingPathComponent("Templates")
    /// Copies of the seed texts the rules come from (`Tests/Seeds/README.md` says where each one was taken).
    package static let seeds = repositoryRoot.appendingPathComponent("Tests/Seeds")

    /// The folder of the test target the calling file belongs to (`Tests/AkteCLITests`): test files sit directly in it.
    package static func testsFolder(_ file: StaticString = #filePath) -> URL {
        URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
    }

    /// The calling test target's `Fixtures` folder.
    package static func fixtures(_ file: StaticString = #filePath) -> URL {
        testsFolder(file).appendingPathComponent("Fixtures")
    }
}
