import Foundation

/// Where the templates come from: an optional user folder that overrides file by file, then the default
/// folder (`$AKTE_TEMPLATES`, `./Templates`, or the repository's `Templates/` beside the built executable).
public struct TemplateLocator: Sendable {
    public var overrideDirectory: URL?
    public var defaultDirectory: URL?

    public init(overrideDirectory: URL? = nil, defaultDirectory: URL? = TemplateLocator.findDefaultDirectory()) {
        self.overrideDirectory = overrideDirectory
        self.defaultDirectory = defaultDirectory
    }

    /// `$AKTE_TEMPLATES`, `./Templates`, then `<exe>/../../../Templates` (`.build/<config>/akte` in a checkout).
    public static func findDefaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment,
                                            currentDirectory: String = FileManager.default.currentDirectoryPath,
                                            executable: URL? = Bundle.main.executableURL) -> URL? {
        var candidates: [URL] = []
        if let path = environment["AKTE_TEMPLATES"], !path.isEmpty { candidates.append(URL(fileURLWithPath: path)) }
        candidates.append(URL(fileURLWithPath: currentDirectory).appendingPathComponent("Templates"))
        if let executable {
            let resolved = executable.resolvingSymlinksInPath()
            candidates.append(resolved.deletingLastPathComponent().appendingPathComponent("../../../Templates").standardizedFileURL)
        }
        return candidates.first { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.appendingPathComponent("oproeping.txt").path, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }
    }

    /// The file for `name` (`oproeping.fodt`): the override folder's when it has one, else the default's.
    public func url(for name: String) throws(GenerateError) -> URL {
        if let overrideDirectory {
            let candidate = overrideDirectory.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        guard let defaultDirectory else {
            throw .input("no template folder found for \(name): set AKTE_TEMPLATES, run from the repository, or pass --templates DIR")
        }
        let url = defaultDirectory.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw .input("\(url.path): template not found")
        }
        return url
    }
}
