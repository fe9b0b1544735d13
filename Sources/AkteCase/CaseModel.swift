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

    public init(id: String, name: String, surname: String? = nil, form: FormOfAddress, address: String? = nil, email: String? = nil, mandate: String? = nil, fraction: String? = nil, position: SourcePosition) {
        self.id = id
        self.name = name
        self.surname = surname
        self.form = form
        self.address = address
        self.email = email
        self.mandate = mandate
        self.fraction = fraction
        self.position = position
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
    /// The letterhead ("Gemeente en OCMW Wommelgem"); default "Gemeente <name>".
    public var letterhead: String?
    /// Address of the town hall (gemeentehuis).
    public var address: String?
    public var email: String?

    public init(name: String, letterhead: String? = nil, address: String? = nil, email: String? = nil) {
        self.name = name
        self.letterhead = letterhead
        self.address = address
        self.email = email
    }
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

    public init(name: String, councilSeats: Int, coalition: Bool, members: [String], substitutes: [String], unavailable: [String], position: SourcePosition) {
        self.name = name
        self.councilSeats = councilSeats
        self.coalition = coalition
        self.members = members
        self.substitutes = substitutes
        self.unavailable = unavailable
        self.position = position
    }
}

public struct Admissibility: Sendable, Hashable {
    public var date: CivilDate
    public var admissible: Bool
    public var motivation: String?
    public var position: SourcePosition

    public init(date: CivilDate, admissible: Bool, motivation: String? = nil, position: SourcePosition) {
        self.date = date
        self.admissible = admissible
        self.motivation = motivation
        self.position = position
    }
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
    /// When the report concerns a staff member of a local mandatary (cabinet or fraction staff, Wommelgem code
    /// art. 1): the alderman or fraction leader of that staff member, who is told of the report and of a founded
    /// decision (Kinrooi art. 8, 11).
    public var staffMemberOf: String? = nil
    public var position: SourcePosition

    public init(number: String, subject: String, reportReceived: CivilDate, reportKind: String, preliminaryExamination: CivilDate? = nil, admissibility: Admissibility? = nil, reporter: String, respondent: String, articles: [String], facts: [String], documents: [String], position: SourcePosition) {
        self.number = number
        self.subject = subject
        self.reportReceived = reportReceived
        self.reportKind = reportKind
        self.preliminaryExamination = preliminaryExamination
        self.admissibility = admissibility
        self.reporter = reporter
        self.respondent = respondent
        self.articles = articles
        self.facts = facts
        self.documents = documents
        self.position = position
    }
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
    /// The gist of the deliberation per agenda item, for the brief minutes (no speakers' names,
    /// Kinrooi art. 7); an item without one gets a gist derived from the case (hearings, votes, quorum).
    public var gist: [String] = []
    /// The meeting is convened at the request of members (Wommelgem art. 46 §1; Kinrooi art. 3).
    public var request: MeetingRequest? = nil
    public var position: SourcePosition

    public init(id: String, date: CivilDate, time: TimeOfDay, place: Place, plannedSending: CivilDate? = nil, urgent: Bool, urgencyMotivation: String? = nil, secondConvocation: Bool, previousMeeting: String? = nil, quorumReached: Bool? = nil, agenda: [String], documentsAt: String? = nil, present: [String], excused: [String], publicAtRequest: Bool, position: SourcePosition) {
        self.id = id
        self.date = date
        self.time = time
        self.place = place
        self.plannedSending = plannedSending
        self.urgent = urgent
        self.urgencyMotivation = urgencyMotivation
        self.secondConvocation = secondConvocation
        self.previousMeeting = previousMeeting
        self.quorumReached = quorumReached
        self.agenda = agenda
        self.documentsAt = documentsAt
        self.present = present
        self.excused = excused
        self.publicAtRequest = publicAtRequest
        self.position = position
    }
}

/// A request by members to convene the commission (Wommelgem art. 46 §1: "op vraag van minstens een derde
/// van haar leden"; Kinrooi art. 3: "binnen acht kalenderdagen … Het verzoek bevat een voorstel tot agenda").
public struct MeetingRequest: Sendable, Hashable {
    /// The day the chair received the request.
    public var date: CivilDate
    /// The members who ask (person ids).
    public var by: [String]
    /// The agenda the request proposes (Kinrooi art. 3: submitted to the commission for approval).
    public var proposedAgenda: [String]
    public var position: SourcePosition

    public init(date: CivilDate, by: [String], proposedAgenda: [String], position: SourcePosition) {
        self.date = date
        self.by = by
        self.proposedAgenda = proposedAgenda
        self.position = position
    }
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

    public init(meeting: String, person: String, role: HearingRole, status: HearingStatus, summary: String? = nil, position: SourcePosition) {
        self.meeting = meeting
        self.person = person
        self.role = role
        self.status = status
        self.summary = summary
        self.position = position
    }
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
    /// The assessment per article of the code ("40" → text), for the advice and the commission's decision;
    /// an article without one gets the motivation paragraphs that cite it.
    public var articleAssessments: [String: String] = [:]
    public var position: SourcePosition

    public init(meeting: String, conclusion: Conclusion, motivation: [String], dissent: [String], recommendedMeasures: [Measure], vote: String? = nil, position: SourcePosition) {
        self.meeting = meeting
        self.conclusion = conclusion
        self.motivation = motivation
        self.dissent = dissent
        self.recommendedMeasures = recommendedMeasures
        self.vote = vote
        self.position = position
    }
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

    public init(id: String, body: VotingBody, subject: String, meeting: String? = nil, date: CivilDate? = nil, secret: Bool, inFavour: [String], against: [String], abstentions: [String], counts: VoteCounts? = nil, position: SourcePosition) {
        self.id = id
        self.body = body
        self.subject = subject
        self.meeting = meeting
        self.date = date
        self.secret = secret
        self.inFavour = inFavour
        self.against = against
        self.abstentions = abstentions
        self.counts = counts
        self.position = position
    }
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
    /// The texts of Artikel 1…n ("Enig artikel" when there is one).
    public var articles: [String]
    public var vote: String?
    public var publicationDate: CivilDate?
    /// Agenda-item layout (Wommelgem minutes): "Feiten en context" (numbered), "Juridische gronden",
    /// "Argumentatie", "Financiële weerslag" ("Geen" when absent); a closed session (besloten zitting).
    public var facts: [String] = []
    public var legalGrounds: [String] = []
    public var argumentation: [String] = []
    public var financialImpact: String?
    public var closedSession: Bool = true
    /// Who chaired the council meeting for this item and signs the decision, when the council chair is the
    /// respondent and cannot (code art. 3: no part in the deliberation on a case that concerns her).
    public var actingChair: String?
    /// Attendance at the council meeting, for the extract of the minutes (the Wommelgem minutes open with
    /// "Aanwezig:", "Verontschuldigd:", "Afwezig:"): person ids.
    public var present: [String] = []
    public var excused: [String] = []
    public var absent: [String] = []
    public var position: SourcePosition

    public init(date: CivilDate, time: TimeOfDay? = nil, place: Place? = nil, title: String, breach: Bool, measures: [Measure], followsAdvice: Bool, respondentHeard: CivilDate? = nil, articles: [String], vote: String? = nil, publicationDate: CivilDate? = nil, facts: [String] = [], legalGrounds: [String] = [], argumentation: [String] = [], financialImpact: String? = nil, closedSession: Bool = true, actingChair: String? = nil, position: SourcePosition) {
        self.actingChair = actingChair
        self.facts = facts
        self.legalGrounds = legalGrounds
        self.argumentation = argumentation
        self.financialImpact = financialImpact
        self.closedSession = closedSession
        self.date = date
        self.time = time
        self.place = place
        self.title = title
        self.breach = breach
        self.measures = measures
        self.followsAdvice = followsAdvice
        self.respondentHeard = respondentHeard
        self.articles = articles
        self.vote = vote
        self.publicationDate = publicationDate
        self.position = position
    }
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
    /// The chair of the college of mayor and aldermen / vast bureau (Kinrooi art. 8, 11: notified).
    public var collegeChair: String? = nil
    /// Whether the time limits are suspended in the profile's optional window (Kinrooi art. 16: "kunnen
    /// worden geschorst tijdens de maanden juli en augustus"); nil: not chosen, both ways are shown.
    public var summerSuspension: Bool? = nil
    /// Explicit order to break a tie in remainders (fraction names), if the council decided one.
    public var seatTieBreak: [String]
    /// Where `seatTieBreak` stands in the case file (for the seat findings), when given.
    public var seatTieBreakPosition: SourcePosition? = nil
    public var details: CaseDetails
    public var meetings: [Meeting]
    public var hearings: [Hearing]
    public var witnesses: [String]
    public var assessment: Assessment?
    public var votes: [Vote]
    public var decision: CouncilDecision?
    /// An advice procedure (`kind: advies`) rather than a report. Its `details` then carry only the number and the
    /// question (as subject) and the request's date: there is no reporter, no respondent and no article concerned,
    /// and the rules for reports are not applied (AdviceFindings).
    public var advice: AdviceRequest? = nil

    public func person(_ id: String) -> Person? { people.first { $0.id == id } }
    public func meeting(_ id: String) -> Meeting? { meetings.first { $0.id == id } }
    public func vote(_ id: String) -> Vote? { votes.first { $0.id == id } }
    public func fraction(named name: String) -> Fraction? { fractions.first { $0.name == name } }
    /// The council size used: stated, or fraction seats plus independents.
    public var effectiveCouncilSize: Int { councilSize ?? fractions.reduce(0) { $0 + $1.councilSeats } + independents.count }
    /// The name of a person id (the id itself if unknown).
    public func name(_ id: String) -> String { person(id)?.name ?? id }

    public init(file: String, profile: String, profilePosition: SourcePosition, municipality: Municipality, body: CouncilBody, councilSize: Int? = nil, people: [Person], fractions: [Fraction], independents: [String], chair: String, deputyChair: String? = nil, secretary: String, deputySecretaries: [String], seatTieBreak: [String], details: CaseDetails, meetings: [Meeting], hearings: [Hearing], witnesses: [String], assessment: Assessment? = nil, votes: [Vote], decision: CouncilDecision? = nil) {
        self.file = file
        self.profile = profile
        self.profilePosition = profilePosition
        self.municipality = municipality
        self.body = body
        self.councilSize = councilSize
        self.people = people
        self.fractions = fractions
        self.independents = independents
        self.chair = chair
        self.deputyChair = deputyChair
        self.secretary = secretary
        self.deputySecretaries = deputySecretaries
        self.seatTieBreak = seatTieBreak
        self.details = details
        self.meetings = meetings
        self.hearings = hearings
        self.witnesses = witnesses
        self.assessment = assessment
        self.votes = votes
        self.decision = decision
    }
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

    public init(name: String, role: ParticipantRole, function: String? = nil, organisation: String? = nil, position: SourcePosition) {
        self.name = name
        self.role = role
        self.function = function
        self.organisation = organisation
        self.position = position
    }
}

public struct NoteSection: Sendable, Hashable {
    public var heading: String
    public var text: [String]
    public var position: SourcePosition

    public init(heading: String, text: [String], position: SourcePosition) {
        self.heading = heading
        self.text = text
        self.position = position
    }
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

    public init(kind: EntityKind, name: String, replacement: String? = nil, variants: [String], position: SourcePosition) {
        self.kind = kind
        self.name = name
        self.replacement = replacement
        self.variants = variants
        self.position = position
    }
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

    public init(file: String, number: String, date: CivilDate, time: TimeOfDay? = nil, place: Place? = nil, caseBringer: Participant, question: String, themes: [String], participants: [Participant], notes: [NoteSection], anonymise: [NamedEntity], copyToCaseBringer: Bool) {
        self.file = file
        self.number = number
        self.date = date
        self.time = time
        self.place = place
        self.caseBringer = caseBringer
        self.question = question
        self.themes = themes
        self.participants = participants
        self.notes = notes
        self.anonymise = anonymise
        self.copyToCaseBringer = copyToCaseBringer
    }
}

/// What a case file holds.
public enum CaseFile: Sendable, Hashable {
    case commission(CommissionCase)
    case reflection(ReflectionSession)
}

// MARK: - The advice procedure (Wommelgem code art. 47, 54; Kinrooi rules art. 13–16)

/// Who asks the commission's advice on the code and its application.
public enum AdviceRequester: String, Sendable, Hashable, CaseIterable {
    /// The council asks by a decision (Wommelgem art. 47, 54; Kinrooi art. 13 "op verzoek van de gemeenteraad/RVMW").
    case raad
    /// The commission's own initiative (Wommelgem art. 47; Kinrooi art. 13 "op eigen initiatief").
    case eigenInitiatief = "eigen-initiatief"
}

/// The commission asked for more time (Kinrooi art. 14: "De termijn kan desgevallend verlengd worden op vraag van
/// de commissie").
public struct AdviceExtension: Sendable, Hashable {
    /// The day the commission asked for it.
    public var requested: CivilDate
    /// The new date the advice is due, when the extension names one.
    public var until: CivilDate?
    public var motivation: String?
    public var position: SourcePosition

    public init(requested: CivilDate, until: CivilDate? = nil, motivation: String? = nil, position: SourcePosition) {
        self.requested = requested
        self.until = until
        self.motivation = motivation
        self.position = position
    }
}

/// The advice the commission adopted.
public struct AdviceText: Sendable, Hashable {
    /// The meeting that adopted it (its date is the advice's date).
    public var meeting: String
    public var text: [String]
    public var vote: String?
    public var position: SourcePosition

    public init(meeting: String, text: [String], vote: String? = nil, position: SourcePosition) {
        self.meeting = meeting
        self.text = text
        self.vote = vote
        self.position = position
    }
}

/// An advice procedure (`kind: advies`): the request, its place on the agenda and the advice.
public struct AdviceRequest: Sendable, Hashable {
    public var number: String
    /// The question as asked (Kinrooi art. 14: the commission may reformulate it; write the reformulation here).
    public var question: String
    public var by: AdviceRequester
    /// The council's decision asking the advice, or the commission's decision to give one on its own initiative.
    public var date: CivilDate
    /// The day the request reached the commission (Kinrooi art. 3: "na ontvangst"); the decision date when absent.
    public var received: CivilDate?
    /// The day the question was put on the commission's agenda (Kinrooi art. 14: the advice term runs from it).
    public var onAgenda: CivilDate?
    public var extensionRequest: AdviceExtension?
    public var advice: AdviceText?
    public var position: SourcePosition

    /// The day the convening term runs from.
    public var receivedOrDecided: CivilDate { received ?? date }

    public init(number: String, question: String, by: AdviceRequester, date: CivilDate, received: CivilDate? = nil, onAgenda: CivilDate? = nil, extensionRequest: AdviceExtension? = nil, advice: AdviceText? = nil, position: SourcePosition) {
        self.number = number
        self.question = question
        self.by = by
        self.date = date
        self.received = received
        self.onAgenda = onAgenda
        self.extensionRequest = extensionRequest
        self.advice = advice
        self.position = position
    }
}
