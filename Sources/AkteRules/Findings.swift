import AkteCase

public enum Severity: String, Sendable, Hashable, Comparable {
    case note, warning, error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        let order: [Severity] = [.note, .warning, .error]
        return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
}

/// The stable identifier of a rule's finding (`notice.late`, `vote.tie`): what tests, scripts and
/// `generate` match on. The message beside it is for people and may be reworded; the code may not.
public struct FindingCode: RawRepresentable, Sendable, Hashable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The documents of a case a finding concerns, described at the level of the procedure (the rules do not
/// know the document catalogue; `Akte` maps each scope onto its artefacts).
public enum DocumentScope: Sendable, Hashable, CustomStringConvertible {
    /// Every document of the case (the composition, the seats or the case itself is wrong).
    case everything
    /// The convocations of one meeting (nil: of every meeting).
    case convocations(meeting: String?)
    /// The invitations to be heard by the commission at one meeting (nil: at every meeting).
    case hearingInvitations(meeting: String?)
    /// What the commission's assessment produces: the motivated advice, or the commission's decision and
    /// the letters notifying it.
    case commissionOutcome
    /// The council's agenda item and its signed decision.
    case councilDecision
    /// The minutes of one meeting (nil: of every meeting).
    case minutes(meeting: String?)

    public var description: String {
        switch self {
        case .everything: return "every document of the case"
        case .convocations(let m): return m.map { "the convocations of meeting \($0)" } ?? "every convocation"
        case .hearingInvitations(let m): return m.map { "the hearing invitations of meeting \($0)" } ?? "every hearing invitation"
        case .commissionOutcome: return "the commission's advice or decision and its notifications"
        case .councilDecision: return "the council's agenda item and decision"
        case .minutes(let m): return m.map { "the minutes of meeting \($0)" } ?? "every set of minutes"
        }
    }

    /// Whether this scope covers a document of `self`'s kind for `meeting` (nil: a document of no meeting).
    public func covers(_ other: DocumentScope) -> Bool {
        switch (self, other) {
        case (.everything, _): return true
        case let (.convocations(a), .convocations(b)), let (.hearingInvitations(a), .hearingInvitations(b)), let (.minutes(a), .minutes(b)):
            return a == nil || a == b
        case (.commissionOutcome, .commissionOutcome), (.councilDecision, .councilDecision): return true
        default: return false
        }
    }
}

/// A finding about a case: a stable code, a severity, the message, the article as the profile cites it,
/// where in the case file, and — for an error — the documents it makes illegal. `akte check` prints every
/// finding; `akte generate` refuses every document an error blocks (one model, so the two cannot disagree).
public struct Finding: Sendable, Hashable, CustomStringConvertible {
    public let code: FindingCode
    public let severity: Severity
    public let message: String
    public let article: String?
    public let position: SourcePosition?
    /// The documents this finding makes illegal; empty for notes and warnings, which block nothing.
    public let blocks: [DocumentScope]

    /// - Parameter blocks: for an error, the documents it makes illegal (default: every document of the case,
    ///   the safe reading for an error whose reach is not narrower); ignored for notes and warnings.
    public init(_ severity: Severity, _ code: FindingCode, _ message: String, article: String? = nil,
                at position: SourcePosition? = nil, blocks: [DocumentScope] = [.everything]) {
        self.code = code
        self.severity = severity
        self.message = message
        self.article = article
        self.position = position
        self.blocks = severity == .error ? blocks : []
    }

    /// Whether the finding makes a document of `scope` illegal.
    public func blocks(_ scope: DocumentScope) -> Bool { blocks.contains { $0.covers(scope) } }

    /// `case.yaml:14:7: error: … [art. 46 §1] (notice.late)`.
    public var description: String {
        let prefix = position.map { "\($0): " } ?? ""
        let suffix = article.map { " [\($0)]" } ?? ""
        return "\(prefix)\(severity.rawValue): \(message)\(suffix) (\(code))"
    }
}

/// The name the pipeline has used since the first version; one type.
public typealias Diagnostic = Finding
