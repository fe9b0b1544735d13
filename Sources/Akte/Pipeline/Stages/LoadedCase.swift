import AkteCase
import AkteRules
import Foundation

/// Stage 1, load: the case and, for a commission case, the rule profile it names.
public struct LoadedCase: Sendable {
    public let file: CaseFile
    /// The case's name in messages (its path as given, or the in-memory name).
    public let name: String
    /// The profile of a commission case (nil for a reflection session).
    public let profile: RuleProfile?
}
