import AkteCase
import Foundation

/// Where the case of a run comes from: a file, YAML (or JSON) text held in memory, or a case already decoded.
/// The last two let tests and the web app run a case through the pipeline without a file.
public enum CaseSource: Sendable {
    /// A case file, named in messages as given.
    case file(String)
    /// Case text; `name` is shown in messages (`case.yaml:14:7: …`), a profile path is relative to `directory`.
    case text(String, name: String, directory: URL? = nil)
    /// A decoded case; a profile path is relative to `directory`.
    case value(CaseFile, directory: URL? = nil)
}
