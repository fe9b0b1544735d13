// The typed case model. Dutch terms (RULES.md glossary) are kept in the file format; identifiers
// are English. Every record keeps the position it came from, so rule findings can point into the file.

/// How a letter addresses a person ("Geachte mevrouw …", "Geachte heer …").
public enum FormOfAddress: String, Sendable, Hashable, CaseIterable {
    case mevrouw, heer, neutraal
}

public struct Place: Sendable, Hashable {
    public var name: String
    public var address: String?
    public init(name: String, address: String? = nil) {
        self.name = name
        self.address = address
    }
    /// "Raadzaal, Gemeenteplein 1, 2160 Wommelgem".
    public var fullText: String { address.map { "\(name), \($0)" } ?? name }
}

public struct Person: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    /// Surname for the salutation ("Geachte mevrouw Peeters"); the full name when absent.
    public var surname: String?
    public var form: FormOfAddress
    public var address: String?
    public var email: String?
    /// "gemeenteraadslid", "schepen", "burgemeester", "algemeen directeur", …
    public var mandate: String?
    /// Fraction name, for councillors.
    public var fraction: String?
    public var position: SourcePosition

    /// "Geachte mevrouw Peeters", "Geachte heer Janssens", "Geachte Sam Claes".
    public var salutation: String {
        switch form {
        case .mevrouw: return "Geachte mevrouw \(surname ?? name)"
        case .heer: return "Geachte heer \(surname ?? name)"
        case .neutraal: return "Geachte \(name)"
        }
    }
}

public enum CouncilBody: String, Sendable, Hashable {
    case gemeenteraad
    case ocmwRaad = "ocmw-raad"

    /// "gemeenteraad", "raad voor maatschappelijk welzijn".
    public var dutchName: String { self == .gemeenteraad ? "gemeenteraad" : "raad voor maatschappelijk welzijn" }
}

public struct Municipality: Sendable, Hashable {
    public var name: String
    /// Address of the town hall (gemeentehuis).
    public var address: String?
    public var email: String?
}

/// A political group in the council (Wommelgem code art. 45).
public struct Fraction: Sendable, Hashable {
    public var name: String
    public var councilSeats: Int
    /// Sits in the college of mayor and aldermen / vast bureau.
    public var coalition: Bool
    /// Commission members proposed, in the order of the deed of nomination (art. 45 §3).
    public var members: [String]
    /// Ordered substitutes (art. 45 §3, §5).
    public var substitutes: [String]
    /// People who cannot stand in (e.g. because they are witnesses); skipped when replacing.
    public var unavailable: [String]
    public var position: SourcePosition
}

public struct Admissibility: Sendable, Hashable {
    public var date: CivilDate
    public var admissible: Bool
    public var motivation: String?
    public var position: SourcePosition
}

public struct CaseDetails: Sendable, Hashable {
    public var number: String
    public var subject: String
    public var reportReceived: CivilDate
    /// "melding" or "klacht".
    public var reportKind: String
    public var preliminaryExamination: CivilDate?
    public var admissibility: Admissibility?
    public var reporter: String
    public var respondent: String
    /// Articles of the code concerned, as written ("12", "45 §5").
    public var articles: [String]
    public var facts: [String]
    public var documents: [String]
    public var position: SourcePosition
}

public struct Meeting: Sendable, Hashable, Identifiable {
    public var id: String
    public var date: CivilDate
    public var time: TimeOfDay
    public var place: Place
    /// The planned (or actual) sending date of the convocation.
    public var plannedSending: CivilDate?
    public var urgent: Bool
    public var urgencyMotivation: String?
    /// A second convocation after a meeting without quorum (Kinrooi art. 5).
    public var secondConvocation: Bool
    /// The meeting without quorum this one is the second convocation for.
    public var previousMeeting: String?
    /// Whether the quorum was reached (nil: not yet held / not recorded).
    public var quorumReached: Bool?
    public var agenda: [String]
    /// Where the documents can be consulted (Kinrooi art. 3; Wommelgem art. 46 §1: available from sending).
    public var documentsAt: String?
    public var present: [String]
    public var excused: [String]
    /// Public at the request of the person concerned (Kinrooi art. 5).
    public var publicAtRequest: Bool
    public var position: SourcePosition
}

public enum HearingRole: String, Sendable, Hashable {
    case melder, vermeendeSchender = "vermeende-schender", getuige
    public var dutchName: String { self == .vermeendeSchender ? "vermeende schender" : rawValue }
}

public enum HearingStatus: String, Sendable, Hashable {
    case gehoord, weigerde, afwezig
}

/// A hearing (art. 52: nobody can be obliged to be heard).
public struct Hearing: Sendable, Hashable {
    public var meeting: String
    public var person: String
    public var role: HearingRole
    public var status: HearingStatus
    public var summary: String?
    public var position: SourcePosition
}

public enum Conclusion: String, Sendable, Hashable, CaseIterable {
    case onontvankelijk, ontvankelijk, ongegrond, gegrond
    /// Advice to the council (Wommelgem model).
    case schending, geenSchending = "geen-schending"

    public var dutchText: String {
        switch self {
        case .geenSchending: return "geen schending"
        default: return rawValue
        }
    }
    /// Whether the outcome finds a breach.
    public var findsBreach: Bool { self == .gegrond || self == .schending }
}

/// Measures the council can take (Wommelgem art. 53).
public enum Measure: String, Sendable, Hashable, CaseIterable {
    case distantieren = "distantiëren"
    case verontschuldiging
    case parket
    case auditVlaanderen = "audit-vlaanderen"
    case tuchtonderzoek

    public var dutchText: String {
        switch self {
        case .distantieren: return "zich uitdrukkelijk distantiëren van het gedrag"
        case .verontschuldiging: return "vragen dat de mandataris zich verontschuldigt"
        case .parket: return "melding aan het parket"
        case .auditVlaanderen: return "melding aan Audit Vlaanderen"
        case .tuchtonderzoek: return "een dossier overmaken aan de Vlaamse regering voor een tuchtonderzoek"
        }
    }
}

/// The commission's assessment: its motivated advice (Wommelgem art. 52) or decision (Kinrooi art. 6).
public struct Assessment: Sendable, Hashable {
    public var meeting: String
    public var conclusion: Conclusion
    public var motivation: [String]
    /// Dissenting views (Kinrooi art. 6, second paragraph).
    public var dissent: [String]
    public var recommendedMeasures: [Measure]
    public var vote: String?
    public var position: SourcePosition
}

public enum VotingBody: String, Sendable, Hashable {
    case commissie, raad
}

/// Counts only, for a secret vote (Wommelgem reglement art. 26 §4, 28).
public struct VoteCounts: Sendable, Hashable {
    public var inFavour: Int
    public var against: Int
    public var abstentions: Int

    public init(inFavour: Int, against: Int, abstentions: Int) {
        self.inFavour = inFavour
        self.against = against
        self.abstentions = abstentions
    }
}

public struct Vote: Sendable, Hashable, Identifiable {
    public var id: String
    public var body: VotingBody
    public var subject: String
    public var meeting: String?
    public var date: CivilDate?
    public var secret: Bool
    public var inFavour: [String]
    public var against: [String]
    public var abstentions: [String]
    public var counts: VoteCounts?
    public var position: SourcePosition
}

/// The council's decision (Wommelgem art. 53).
public struct CouncilDecision: Sendable, Hashable {
    public var date: CivilDate
    public var time: TimeOfDay?
    public var place: Place?
    public var title: String
    public var breach: Bool
    public var measures: [Measure]
    public var followsAdvice: Bool
    /// When the council heard the respondent itself (required when departing from the advice).
    public var respondentHeard: CivilDate?
    public var articles: [String]
    public var vote: String?
    public var publicationDate: CivilDate?
    public var position: SourcePosition
}

/// A case before the deontological commission.
public struct CommissionCase: Sendable, Hashable {
    public var file: String
    /// A shipped profile name or a path (relative to the case file).
    public var profile: String
    public var profilePosition: SourcePosition
    public var municipality: Municipality
    public var body: CouncilBody
    /// Council size; when absent, the fractions' seats plus the independents.
    public var councilSize: Int?
    public var people: [Person]
    public var fractions: [Fraction]
    public var independents: [String]
    public var chair: String
    /// Replaces the chair when the report concerns the chair (art. 45 §4, DLB art. 7 §5).
    public var deputyChair: String?
    public var secretary: String
    public var deputySecretaries: [String]
    /// Explicit order to break a tie in remainders (fraction names), if the council decided one.
    public var seatTieBreak: [String]
    public var details: CaseDetails
    public var meetings: [Meeting]
    public var hearings: [Hearing]
    public var witnesses: [String]
    public var assessment: Assessment?
    public var votes: [Vote]
    public var decision: CouncilDecision?

    public func person(_ id: String) -> Person? { people.first { $0.id == id } }
    public func meeting(_ id: String) -> Meeting? { meetings.first { $0.id == id } }
    public func vote(_ id: String) -> Vote? { votes.first { $0.id == id } }
    public func fraction(named name: String) -> Fraction? { fractions.first { $0.name == name } }
    /// The council size used: stated, or fraction seats plus independents.
    public var effectiveCouncilSize: Int { councilSize ?? fractions.reduce(0) { $0 + $1.councilSeats } + independents.count }
    /// The name of a person id (the id itself if unknown).
    public func name(_ id: String) -> String { person(id)?.name ?? id }
}

public enum ParticipantRole: String, Sendable, Hashable, CaseIterable {
    case casusinbrenger, deskundige, procesbegeleider, secretariaat, expert
}

public struct Participant: Sendable, Hashable {
    public var name: String
    public var role: ParticipantRole
    public var function: String?
    public var organisation: String?
    public var position: SourcePosition
}

public struct NoteSection: Sendable, Hashable {
    public var heading: String
    public var text: [String]
    public var position: SourcePosition
}

public enum EntityKind: String, Sendable, Hashable, CaseIterable {
    case persoon, gemeente, organisatie
}

/// A name to anonymise in the report (VVSG: the report is anonymised). The anonymiser gives
/// consistent labels ("persoon A"); `replacement` overrides the label when the secretariat chose one.
public struct NamedEntity: Sendable, Hashable {
    public var kind: EntityKind
    public var name: String
    public var replacement: String?
    /// Other spellings (a first name alone, a surname) that must also go.
    public var variants: [String]
    public var position: SourcePosition
}

/// A session of the VVSG reflection chamber.
public struct ReflectionSession: Sendable, Hashable {
    public var file: String
    public var number: String
    public var date: CivilDate
    public var time: TimeOfDay?
    public var place: Place?
    public var caseBringer: Participant
    public var question: String
    public var themes: [String]
    public var participants: [Participant]
    public var notes: [NoteSection]
    public var anonymise: [NamedEntity]
    public var copyToCaseBringer: Bool
}

/// What a case file holds.
public enum CaseFile: Sendable, Hashable {
    case commission(CommissionCase)
    case reflection(ReflectionSession)
}
