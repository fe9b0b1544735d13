import AkteTemplate
import AkteSystem
import Foundation

/// The compiled templates of a run: each template is found once in `folders` (the user's override folder first)
/// and compiled once, then shared by every document and every thread. `Sendable`: a web app keeps one library
/// for all its requests (swift-mustache's `MustacheLibrary` habit; here compiled on first use, since a run of
/// `generate --only besluit` needs two of the thirty-odd templates, and `preload()` compiles them all up front).
public final class TemplateLibrary: Sendable {
    public let folders: TemplateFolders
    private let compiled = Locked<[String: LoadedTemplate]>([:])

    public init(folders: TemplateFolders = .standard()) {
        self.folders = folders
    }

    /// Whether some folder has a template of this name (`agendapunt.html`).
    public func contains(_ name: String) -> Bool {
        compiled.withLock { $0[name] } != nil || folders.url(for: name) != nil
    }

    /// The compiled template `name` (`oproeping.fodt`), compiled on first use.
    public func template(named name: String) throws(TemplateFailure) -> LoadedTemplate {
        if let template = compiled.withLock({ $0[name] }) { return template }
        guard let url = folders.url(for: name) else {
            throw TemplateFailure(name: name, path: nil, reason: .notFound(searched: folders.searchOrder.map(\.path)))
        }
        let template: LoadedTemplate
        do {
            template = try LoadedTemplate.load(url.path)
        } catch {
            throw TemplateFailure(name: name, path: url.path, reason: .invalid(error))
        }
        compiled.withLock { $0[name] = template }
        return template
    }

    /// Compiles every template the folders hold for `extensions` (all of them by default), so that a long-lived
    /// user (the web app) finds a broken template when it starts, not on a request.
    public func preload(extensions: Set<String> = ["fodt", "odt", "txt", "html"]) throws(TemplateFailure) {
        var names = Set<String>()
        for folder in folders.searchOrder {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            where extensions.contains(URL(fileURLWithPath: name).pathExtension.lowercased()) {
                names.insert(name)
            }
        }
        for name in names.sorted() { _ = try template(named: name) }
    }
}

/// A template that could not be found or compiled: its name, the file, and the template language's error.
public struct TemplateFailure: Error, Sendable, CustomStringConvertible {
    public enum Reason: Sendable {
        /// No folder has it; the folders searched, in order.
        case notFound(searched: [String])
        /// The file is there and is not a good template (`TemplateError` with line and column, or a file error).
        case invalid(any Error)
    }

    /// The template's name (`oproeping.fodt`).
    public let name: String
    /// The file found for it, if any.
    public let path: String?
    public let reason: Reason

    /// The template language's error (unknown key, unclosed section …) when that is what went wrong.
    public var templateError: TemplateError? {
        if case .invalid(let error) = reason { return error as? TemplateError }
        return nil
    }

    public var description: String {
        switch reason {
        case .notFound(let searched):
            return "\(name): template not found (searched \(searched.isEmpty ? "no folder" : searched.joined(separator: ", ")))"
        case .invalid(let error):
            return "\(error)"
        }
    }
}
