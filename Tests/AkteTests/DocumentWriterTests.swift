import AkteTestSupport
import Foundation
import Testing
@testable import Akte

@Suite final class DocumentWriterTests {
    let folder: URL

    init() throws {
        folder = try TemporaryFolder.make("writer")
    }

    deinit { TemporaryFolder.remove(folder) }

    private func leftovers() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
    }

    @Test func writesBytesAndLeavesNoTemporaryFile() throws {
        let target = folder.appendingPathComponent("brief.txt")
        try DocumentWriter().write(Data("inhoud".utf8), to: target)
        #expect(try Data(contentsOf: target) == Data("inhoud".utf8))
        #expect(try leftovers().isEmpty)
    }

    @Test func refusesToReplaceAnExistingDocumentWithoutForce() throws {
        let target = folder.appendingPathComponent("advies.odt")
        try Data("eerste".utf8).write(to: target)
        #expect(throws: DocumentWriteError.exists(path: target.path)) {
            try DocumentWriter().write(Data("tweede".utf8), to: target)
        }
        #expect(try Data(contentsOf: target) == Data("eerste".utf8))
        #expect(try leftovers().isEmpty)
    }

    @Test func replacesWithForce() throws {
        let target = folder.appendingPathComponent("advies.odt")
        try Data("eerste".utf8).write(to: target)
        try DocumentWriter(overwrite: true).write(Data("tweede".utf8), to: target)
        #expect(try Data(contentsOf: target) == Data("tweede".utf8))
    }

    @Test func confidentialDocumentsAreReadableByTheOwnerOnly() throws {
        let target = folder.appendingPathComponent("verslag.odt")
        try DocumentWriter().write(Data("geheim".utf8), to: target, access: .confidential)
        let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    /// One policy (README, "Confidentiality"): every document of a case is owner-only, a convocation too
    /// (the commission meets in closed session: Wommelgem art. 46 §3; Kinrooi art. 5).
    @Test func everyDocumentIsReadableByTheOwnerOnly() throws {
        let target = folder.appendingPathComponent("oproeping.odt")
        try DocumentWriter().write(Data("brief".utf8), to: target)
        let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func anOutputDirectoryThatIsAFileIsNamed() throws {
        let blocker = folder.appendingPathComponent("Output")
        try Data().write(to: blocker)
        #expect(throws: DocumentWriteError.notADirectory(path: blocker.path)) {
            try DocumentWriter().prepareDirectory(blocker.appendingPathComponent("2025-01"))
        }
    }

    @Test func aMissingDirectoryIsAnErrorNotACrash() throws {
        let target = folder.appendingPathComponent("ontbreekt/brief.txt")
        #expect(throws: DocumentWriteError.self) {
            try DocumentWriter().write(Data("x".utf8), to: target)
        }
    }
}
