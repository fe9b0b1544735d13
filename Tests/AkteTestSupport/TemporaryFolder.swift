package import Foundation

/// Scratch folders for one test: private to the user (0700, as the documents akte writes are confidential),
/// under the system's temporary folder, removed by the caller (`defer { TemporaryFolder.remove(url) }`).
package enum TemporaryFolder {
    package static func make(_ label: String = "test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("akte-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return url
    }

    /// Runs `body` with a fresh folder and removes the folder afterwards, also when `body` throws.
    package static func with<Result>(_ label: String = "test", _ body: (URL) throws -> Result) throws -> Result {
        let url = try make(label)
        defer { remove(url) }
        return try body(url)
    }

    /// Removes a folder made by `make`. A test may have made a folder inside it unwritable (read-only output
    /// cases), so the folders' permissions are restored first; only real folders: chmod follows a symbolic link,
    /// and tests plant links that point outside the temporary folder.
    package static func remove(_ url: URL) {
        chmod(url.path, 0o700)
        if let walker = FileManager.default.enumerator(atPath: url.path) {
            while let name = walker.nextObject() as? String {
                let path = url.appendingPathComponent(name).path
                if (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeDirectory {
                    chmod(path, 0o700)
                }
            }
        }
        try? FileManager.default.removeItem(at: url)
    }
}
