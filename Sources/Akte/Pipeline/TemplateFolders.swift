import Foundation

/// Where templates come from, in the documented override order: the user's folder (`--templates`), then
/// `$AKTE_TEMPLATES`, then the templates shipped as a resource of the library. Each folder overrides file by
/// file: a folder with only `oproeping.fodt` replaces that one template and takes the rest from the next folder.
///
/// Never the working directory: a `Templates/` folder that happens to be where `akte` runs is not a template
/// folder unless it is named (before, a stray `./Templates` silently replaced the shipped templates).
public struct TemplateFolders: Sendable, Hashable {
    /// `--templates DIR`.
    public var user: URL?
    /// `$AKTE_TEMPLATES`.
    public var environment: URL?
    /// The library's own templates (`Templates/` of the repository, a resource of the `Akte` target).
    public var shipped: URL?

    public init(user: URL? = nil, environment: URL? = nil, shipped: URL? = TemplateFolders.shippedFolder) {
        self.user = user
        self.environment = environment
        self.shipped = shipped
    }

    /// The folders for a run: `user` (`--templates`), `$AKTE_TEMPLATES` from `environment` when set and not
    /// empty, and the shipped templates.
    public static func standard(user: URL? = nil,
                                environment: [String: String] = ProcessInfo.processInfo.environment) -> TemplateFolders {
        let variable = environment["AKTE_TEMPLATES"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0, isDirectory: true) }
        return TemplateFolders(user: user, environment: variable)
    }

    /// Only the shipped templates (tests, and a web app that offers no overrides).
    public static var shippedOnly: TemplateFolders { TemplateFolders() }

    /// The templates shipped with akte: the `Templates` resource of this module (copied beside the binary as
    /// `akte_Akte.resources/Templates` by SwiftPM; install it with the binary).
    public static var shippedFolder: URL? {
        Bundle.module.url(forResource: "Templates", withExtension: nil)
    }

    /// The folders in the order they are searched.
    public var searchOrder: [URL] { [user, environment, shipped].compactMap { $0 } }

    /// The file for `name` (`oproeping.fodt`) in the first folder that has it, or nil.
    public func url(for name: String) -> URL? {
        for folder in searchOrder {
            let candidate = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
        }
        return nil
    }
}
