import AkteCase
import AkteRules

/// A commission case with what the rules computed for it: the input of every commission artefact, and the
/// answers to "who is who" that several documents need (the chair of this procedure, the secretary's function,
/// the names of the bodies). Citations are `Citations`', shared wording `DutchPhrases`', the blocks of a context
/// the types in `Contexts/Blocks`.
public struct CaseSetting: Sendable {
    public let commissionCase: CommissionCase
    public let facts: CaseFacts

    public init(commissionCase: CommissionCase, facts: CaseFacts) {
        self.commissionCase = commissionCase
        self.facts = facts
    }

    public var profile: RuleProfile { facts.profile }
    var citations: Citations { Citations(profile: profile) }
    var c: CommissionCase { commissionCase }

    // MARK: - People

    func person(_ id: String) -> Person? { c.person(id) }
    func name(_ id: String) -> String { c.name(id) }

    /// "de heer Pieter De Smet", "mevrouw Sanne Coenen"; the id for a person the case file does not describe.
    func namedWithForm(_ id: String) -> String { person(id).map(DutchPhrases.namedWithForm) ?? id }

    /// The name of a party's role in this case's documents ("klager", "betrokken mandataris").
    func roleName(_ role: HearingRole) -> String {
        DutchPhrases.role(role, reportKind: c.details.reportKind, model: profile.commissionModel)
    }

    /// A person's part of a file name: the slug of the name; when the name has no Latin form, the slug of
    /// the person's id (from the case file, so stable); "persoon" when neither gives anything.
    func fileSlug(_ id: String) -> String {
        let fromName = Self.slug(name(id))
        if !fromName.isEmpty { return fromName }
        let fromID = Self.slug(id)
        return fromID.isEmpty ? "persoon" : fromID
    }

    /// A slug for file names: "Sofie Goossens" → "sofie-goossens"; any alphabet transliterated (`FileName.slug`).
    static func slug(_ text: String) -> String { FileName.slug(text) }

    // MARK: - Bodies and offices

    var councilName: String { c.body.dutchName }
    var commissionName: String { "deontologische commissie van de \(councilName)" }
    var executiveName: String { c.body == .ocmwRaad ? "vast bureau" : "college van burgemeester en schepenen" }
    /// The person chairing this procedure (the deputy when the chair is the respondent).
    var commissionChair: String { facts.composition.chair ?? c.chair }
    /// Who chairs the council for this case and signs its decision (`CommissionCase.councilChairForCase`).
    var councilChair: String { c.councilChairForCase }
    var secretaryFunction: String { person(c.secretary)?.mandate ?? "algemeen directeur" }

    /// Kinrooi model: decisions signed by the chair and the secretary (art. 6), the agenda prepared with the
    /// secretary (art. 4); the Wommelgem chair convenes alone (art. 46 §1).
    var signedBySecretary: Bool { profile.commissionModel == .decides }
    /// Kinrooi art. 5: meetings public when the person concerned asks (the deliberation always secret).
    var publicOnRequest: Bool { profile.quorum == .majority && profile.secondConvocation }

    // MARK: - Meetings

    /// "op het secretariaat van de algemeen directeur, Gemeenteplein 1, 2999 Heidebeek".
    func filePlace(_ m: Meeting) -> String {
        if let at = m.documentsAt { return at }
        return secretariat
    }

    /// "op het secretariaat van de algemeen directeur, <town hall>".
    var secretariat: String {
        let hall = c.municipality.address.map { ", \($0)" } ?? ""
        return "op het secretariaat van de \(secretaryFunction)\(hall)"
    }

    /// The date the convocation of a meeting is (to be) sent: the planned date, else the latest legal one.
    func sendingDate(_ m: Meeting) -> CivilDate {
        m.plannedSending ?? facts.meeting(m.id)?.notice.latestSendingDate ?? m.date
    }

    /// Where the commission's correspondence is answered: its e-mail, the secretary's, else the town hall.
    var contact: String {
        c.municipality.email ?? person(c.secretary)?.email ?? c.municipality.address ?? c.municipality.name
    }
}
