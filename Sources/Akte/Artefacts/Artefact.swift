import AkteTemplate

/// The kinds of document akte writes. The raw value is the name used with `generate --only`.
public enum ArtefactKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case oproeping
    case uitnodiging
    case uitnodigingGetuige = "uitnodiging-getuige"
    case kennisgevingMelding = "kennisgeving-melding"
    case onontvankelijkheid
    case uitnodigingRaad = "uitnodiging-raad"
    case advies
    case beslissing
    case agendapunt
    case kennisgeving
    case besluit
    case verslag
    case reflectieverslag
    /// The advice procedure on the code (`kind: advies`; Wommelgem art. 47, 54; Kinrooi art. 13–15).
    case oproepingAdvies = "oproeping-advies"
    case adviesCode = "advies-code"
    case mededelingAdvies = "mededeling-advies"

    /// The template's base name in `Templates/` (`.fodt` and `.txt`).
    public var templateName: String {
        switch self {
        case .oproeping: return "oproeping"
        case .uitnodiging: return "uitnodiging-hoorzitting"
        case .uitnodigingGetuige: return "uitnodiging-getuige"
        case .kennisgevingMelding: return "kennisgeving-melding"
        case .onontvankelijkheid: return "onontvankelijkheid"
        case .uitnodigingRaad: return "uitnodiging-raad"
        case .advies: return "gemotiveerd-advies"
        case .beslissing: return "beslissing-commissie"
        case .agendapunt: return "agendapunt"
        case .kennisgeving: return "kennisgeving"
        case .besluit: return "besluit"
        case .verslag: return "verslag"
        case .reflectieverslag: return "reflectieverslag"
        case .oproepingAdvies: return "oproeping-advies"
        case .adviesCode: return "advies-code"
        case .mededelingAdvies: return "mededeling-advies"
        }
    }

    /// Every document of a case is confidential and written 0600 (README, "Confidentiality"): the commission
    /// meets in closed session (Wommelgem art. 46 §3; Kinrooi art. 5, 7, 8), so its convocations, invitations,
    /// notifications and the council's items about a named person are as confidential as the advice; the
    /// reflection chamber's report is confidential by its charter (VVSG). Kept per kind so a later policy can differ.
    public var isConfidential: Bool { true }

    /// The order of the documents in the procedure: the file names' number.
    public var order: Int {
        switch self {
        case .oproeping, .kennisgevingMelding, .reflectieverslag, .oproepingAdvies: return 1
        case .uitnodiging, .uitnodigingGetuige: return 2
        case .advies, .beslissing, .onontvankelijkheid, .adviesCode: return 3
        case .agendapunt, .kennisgeving, .uitnodigingRaad, .mededelingAdvies: return 4
        case .besluit: return 5
        case .verslag: return 6
        }
    }

    public static func < (lhs: ArtefactKind, rhs: ArtefactKind) -> Bool {
        (lhs.order, lhs.rawValue) < (rhs.order, rhs.rawValue)
    }
}

/// One document to write: which template, which file name, and its context (plain values, nl-BE).
public protocol Artefact: Sendable {
    var kind: ArtefactKind { get }
    /// The file name without extension, one a person understands: `01-oproeping-2025-09-04-sofie-goossens`.
    var fileName: String { get }
    /// The document's typed context (`Contexts/Documents`), of the type `kind.contextType` names.
    var typedContext: any DocumentContext { get }
}

extension Artefact {
    /// The context the template is rendered with (both the `.fodt` and the `.txt`): the typed context, encoded.
    public func context() throws -> TemplateValue { try TemplateValueEncoder().encode(typedContext) }
}

extension Artefact {
    /// `01-<rest>`.
    static func numbered(_ kind: ArtefactKind, _ rest: String) -> String {
        let prefix = kind.order < 10 ? "0\(kind.order)" : "\(kind.order)"
        return "\(prefix)-\(rest)"
    }
}
