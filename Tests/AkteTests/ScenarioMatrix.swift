import AkteRules

/// What the seed texts say must happen in one branch of the procedure. Written from the seeds (articles cited
/// in each scenario file's header and here), never recorded from the tool's output.
///
/// To add a scenario: put a case file in `Scenarios/` (one branch per file, its header saying which articles
/// it exercises) and one row below. Fields left nil are not checked.
struct ScenarioExpectation: Sendable, CustomStringConvertible {
    /// A file in `Tests/AkteTests/Scenarios/`, or `Examples/…` for a bundled example.
    var file: String
    /// Exactly the error codes `check` must report (empty: the case is clean and every document is written).
    var errors: Set<FindingCode> = []
    /// Warning and note codes that must be among the findings.
    var alsoReports: Set<FindingCode> = []
    /// The article each listed finding must cite.
    var articles: [FindingCode: String] = [:]
    /// Who is convened to every meeting (file-name slugs of the convocations), in any order.
    var convened: Set<String>? = nil
    /// Who is convened as a substitute (the letter says so).
    var substitutes: Set<String> = []
    /// The commission's chair for the case (person id).
    var chair: String? = nil
    /// The signature under the council's decision: "De voorzitter,\nName" or "De waarnemend voorzitter,\nName".
    var councilSignature: String? = nil
    /// Who receives a notification letter (Kinrooi art. 8), by slug.
    var notified: Set<String>? = nil
    /// Who the rules' notification plan informs (person ids): Wommelgem art. 52, Kinrooi art. 8.
    var informed: Set<String>? = nil
    /// Of the notified (`notified`), those whose letter carries the decision's motivation (Kinrooi art. 8: the
    /// chairs learn an inadmissible or unfounded decision without it). Checked against the case's motivation text.
    var withMotivation: Set<String>? = nil
    /// The result of each named vote (Kinrooi art. 6: the chair's vote decides a tie).
    var voteResults: [String: VoteResult] = [:]
    /// File-name prefixes of documents that must be written, and of documents that must not be.
    var writes: Set<String> = []
    var omits: Set<String> = []
    /// Sentences the written documents must contain (file-name prefix → text).
    var contains: [String: String] = [:]
    /// Who signs each document (file-name prefix → signatures): a line ending in "<role>," followed by the name.
    var signatures: [String: [Signature]] = [:]

    var description: String { file }
}

/// A signature block: the function (the end of its label line, "voorzitter", "secretaris") and the name under it.
struct Signature: Sendable {
    let role: String
    let name: String
    init(_ role: String, _ name: String) { self.role = role; self.name = name }
}

enum ScenarioMatrix {
    static let wommelgemCommission: Set<String> = ["ann-verstraeten", "koen-mertens", "lotte-claes", "sofie-goossens",
                                                   "jan-van-dyck", "nora-el-amrani", "dirk-hermans"]
    static let kinrooiCommission: Set<String> = ["griet-vandael", "hans-cuppens", "mieke-janssen", "ilse-bongaerts",
                                                 "kris-dirix", "anke-schreurs", "wout-nijs"]

    /// Reglement art. 32 §3, 33 §1 (DLB art. 279): the council's decision is signed by the chair and the algemeen directeur.
    static func councilSigned(chair: String) -> [String: [Signature]] {
        ["05-besluit": [Signature("voorzitter", chair), Signature("algemeen directeur", "Katrien Vermeulen")]]
    }

    /// Kinrooi art. 6: the commission's decision is signed by the chair of the commission and the secretary.
    static func kinrooiDecisionSigned(chair: String) -> [String: [Signature]] {
        ["03-beslissing-commissie": [Signature("voorzitter", chair), Signature("secretaris", "Dries Timmermans")]]
    }

    static func replacing(_ set: Set<String>, _ old: String, with new: String) -> Set<String> {
        var result = set
        result.remove(old)
        result.insert(new)
        return result
    }

    static let rows: [ScenarioExpectation] = [
        // Kinrooi art. 3: three of the seven members ask (a third of 7 is 2 1/3, so three must); the chair convenes
        // "binnen acht kalenderdagen": request of 22 September 2025, convocation sent 29 September (by 30 September).
        ScenarioExpectation(file: "kinrooi-verzoek-derde.yaml", convened: kinrooiCommission, chair: "griet"),
        // Wommelgem art. 46 §1: "op vraag van minstens een derde van haar leden"; the code sets no time limit, and
        // the tool must say so rather than invent one.
        ScenarioExpectation(file: "wommelgem-verzoek-derde.yaml", alsoReports: ["request.noTimeLimit"],
                            articles: ["request.noTimeLimit": "art. 46 §1"], convened: wommelgemCommission,
                            substitutes: ["sofie-goossens"], chair: "ann"),
        // Kinrooi art. 3, 16: report of 20 June 2025; thirty calendar days give 20 July; the terms "kunnen worden
        // geschorst" in July and August (20 September). The case does not choose: the tool says the choice is open
        // and applies no suspension, so a convocation sent on 8 September is late.
        ScenarioExpectation(file: "kinrooi-zomerschorsing.yaml", errors: ["convening.late"], alsoReports: ["suspension.notChosen"],
                            articles: ["suspension.notChosen": "art. 16"]),
        // Art. 45 §5: the respondent member (Pieter De Smet, Open VLD) is replaced by the fraction's first substitute.
        // Art. 52–53: a motivated advice finding a breach; the council follows it, so it need not hear him itself.
        ScenarioExpectation(file: "Examples/commissie-voorbeeld.yaml", alsoReports: ["recusal.replaced"],
                            articles: ["recusal.replaced": "art. 45 §5"], convened: wommelgemCommission,
                            substitutes: ["sofie-goossens"], chair: "ann", councilSignature: "De voorzitter,\nAnn Verstraeten",
                            voteResults: ["advies": .adopted, "raadsbesluit": .adopted],
                            writes: ["03-gemotiveerd-advies", "05-besluit"], omits: ["04-kennisgeving"],
                            signatures: councilSigned(chair: "Ann Verstraeten")),
        // Kinrooi art. 2, 3, 5, 6, 8: the council chair chairs; an urgent first meeting (the letter says so), then a
        // second convocation valid "ongeacht het aantal aanwezige leden" (the letter says so); the chair's vote
        // settles the 2–2 tie (art. 6: adopted, she voted for); founded: the motivated decision goes to the parties
        // and to both chairs (art. 8). The council chair chairs the commission and signs the decision (art. 2, 6):
        // no letter is addressed to its own signatory (issue 10 finding 4), so she gets no convocation or notice.
        ScenarioExpectation(file: "Examples/commissie-kinrooi.yaml", alsoReports: ["vote.tie"], convened: kinrooiCommission,
                            chair: "griet", notified: ["sanne-coenen", "bram-geraets", "tine-bouwens"],
                            withMotivation: ["sanne-coenen", "bram-geraets", "tine-bouwens"],
                            voteResults: ["beslissing": .adopted],
                            contains: ["01-oproeping-2025-10-02": "oogdringendheid",
                                       "01-oproeping-2025-10-16": "ongeacht het aantal aanwezige leden"],
                            signatures: kinrooiDecisionSigned(chair: "Griet Vandael")),
        // Art. 45 §4–5, code art. 3: seven distinct people; the deputy chairs and keeps his seat; the chair's seat
        // goes to the N-VA's first substitute; the acting chair signs the council's decision.
        // Art. 51: who replaces the council chair in the preliminary examination is not said: a note states akte's reading.
        ScenarioExpectation(file: "wommelgem-chair-respondent.yaml", alsoReports: ["recusal.replaced", "recusal.chairReplaced", "recusal.examinationReplaced"],
                            articles: ["recusal.chairReplaced": "art. 45 §4", "recusal.replaced": "art. 45 §5", "recusal.examinationReplaced": "art. 51"],
                            convened: ["bart-wouters", "koen-mertens", "lotte-claes", "pieter-de-smet", "jan-van-dyck", "nora-el-amrani", "dirk-hermans"],
                            substitutes: ["bart-wouters"], chair: "koen", councilSignature: "De waarnemend voorzitter,\nKoen Mertens",
                            contains: ["03-gemotiveerd-advies": "vooronderzoek door Koen Mertens"],
                            signatures: councilSigned(chair: "Koen Mertens")),
        ScenarioExpectation(file: "wommelgem-chair-respondent-unsigned.yaml",
                            // Sofie Goossens, listed present while Pieter De Smet is not, stands in for him (art. 45 §3):
                            // no presentNotSitting or nonMember error for her (changed in review; before, both were expected).
                            errors: ["recusal.actingChairMissing", "recusal.respondentSits", "recusal.respondentVotes"],
                            alsoReports: ["recusal.standIn"],
                            articles: ["recusal.respondentVotes": "art. 3"], chair: "koen"),
        // Art. 46 §6: impartiality; the code names no replacement for a reporter: a warning, she still sits.
        ScenarioExpectation(file: "wommelgem-reporter-in-commission.yaml", alsoReports: ["recusal.reporterSits"],
                            articles: ["recusal.reporterSits": "art. 46 §6"], convened: wommelgemCommission, substitutes: ["sofie-goossens"], chair: "ann"),
        // Art. 45 §5, 46 §5: a substitute who is a witness is skipped; the next in order sits.
        // Passing over a witness is akte's reading (art. 46 §6), not the code's order: a note says so.
        ScenarioExpectation(file: "wommelgem-witness-substitute.yaml", alsoReports: ["recusal.substituteSkipped"],
                            articles: ["recusal.substituteSkipped": "art. 45 §5"],
                            convened: replacing(wommelgemCommission, "sofie-goossens", with: "marc-peeters"),
                            substitutes: ["marc-peeters"], chair: "ann"),
        // Art. 52: an inadmissible report ends the procedure: nobody is convened; "de commissieleden worden daarover
        // wel geïnformeerd": the seven of the commission for this case (Sofie Goossens for the respondent, a reading
        // stated in a note).
        ScenarioExpectation(file: "wommelgem-inadmissible.yaml", alsoReports: ["notification.inadmissibleMembers"],
                            articles: ["notification.inadmissibleMembers": "art. 52"], convened: [],
                            informed: ["ann", "koen", "lotte", "sofie", "jan", "nora", "dirk"]),
        // Art. 53: the council may depart from the advice after hearing the respondent itself.
        ScenarioExpectation(file: "wommelgem-council-deviates-heard.yaml", convened: wommelgemCommission, substitutes: ["sofie-goossens"],
                            councilSignature: "De voorzitter,\nAnn Verstraeten"),
        ScenarioExpectation(file: "wommelgem-council-deviates-unheard.yaml", errors: ["decision.deviationUnheard"],
                            articles: ["decision.deviationUnheard": "art. 53"]),
        // Huishoudelijk reglement art. 24 §2, 27 §2: a tie rejects; no decision may be written.
        ScenarioExpectation(file: "wommelgem-council-tie.yaml", errors: ["decision.voteRejected"], alsoReports: ["vote.tie"]),
        // Reglement art. 24: council members vote; code art. 3: the respondent takes no part.
        ScenarioExpectation(file: "wommelgem-council-nonmembers-vote.yaml",
                            errors: ["vote.nonMember", "recusal.respondentVotes", "vote.tooMany"],
                            articles: ["recusal.respondentVotes": "art. 3"]),
        ScenarioExpectation(file: "wommelgem-commission-nonmember-votes.yaml", errors: ["recusal.respondentVotes"]),
        // Reglement art. 28: a secret vote has counts only. Art. 26 §1, §4: the council votes openly except on the
        // matters listed there (loss of a mandate, appointments, individual personnel matters): a warning.
        ScenarioExpectation(file: "wommelgem-secret-council-vote.yaml", alsoReports: ["recusal.secretVote", "vote.secretNotListed"],
                            articles: ["vote.secretNotListed": "huishoudelijk reglement art. 26 §1, §4"],
                            convened: wommelgemCommission, substitutes: ["sofie-goossens"], councilSignature: "De voorzitter,\nAnn Verstraeten",
                            contains: ["05-besluit": "Bij geheime stemming: 17 stemmen voor, 2 stemmen tegen en 3 onthoudingen."]),
        ScenarioExpectation(file: "wommelgem-ocmw-council.yaml", convened: wommelgemCommission, substitutes: ["sofie-goossens"],
                            contains: ["05-besluit-raad": "raad voor maatschappelijk welzijn"]),
        // Art. 46 §1: urgency, motivated, three days.
        ScenarioExpectation(file: "wommelgem-urgent.yaml", convened: wommelgemCommission, substitutes: ["sofie-goossens"],
                            contains: ["01-oproeping-2025-09-18": "hoogdringendheid"]),
        // Art. 46 §4: valid whatever the number present; a second convocation is no rule of this code, and its
        // letter ("kon niet rechtsgeldig plaatsvinden omdat de meerderheid van de leden niet aanwezig was")
        // would contradict art. 46 §4: an error blocking that meeting's convocations (changed in review: was a
        // warning, and the contradicting letter was written).
        ScenarioExpectation(file: "wommelgem-second-convocation.yaml", errors: ["quorum.noSecondConvocationRule"],
                            articles: ["quorum.noSecondConvocationRule": "art. 46 §4"]),
        // Art. 46 §1 leaves urgency to the chair ("te beoordelen door de voorzitter") and asks no motivation (the
        // council's own reglement does: "gemotiveerd", for the council); the error is akte's letter needing the
        // reason, and its message says so (changed in review: it read as the code's requirement).
        ScenarioExpectation(file: "wommelgem-urgent-unmotivated.yaml", errors: ["notice.urgencyUnmotivated"],
                            articles: ["notice.urgencyUnmotivated": "art. 46 §1"]),
        ScenarioExpectation(file: "wommelgem-meeting-before-report.yaml", errors: ["meeting.beforeReport"]),
        // Kinrooi art. 6, 8: unfounded after a 2–2 tie the chair's vote decides; the parties receive the motivated
        // decision, the two chairs learn the outcome without the motivation; whether the council takes note of an
        // unfounded decision is a reading of art. 8 (a note), and akte writes no council item.
        ScenarioExpectation(file: "kinrooi-unfounded.yaml", alsoReports: ["vote.tie", "notification.kennisnameReading"],
                            articles: ["notification.kennisnameReading": "art. 8"], convened: kinrooiCommission, chair: "griet",
                            notified: ["sanne-coenen", "bram-geraets", "tine-bouwens"],
                            withMotivation: ["sanne-coenen", "bram-geraets"], voteResults: ["beslissing": .adopted],
                            omits: ["04-agendapunt", "05-besluit"],
                            contains: ["01-oproeping-2025-10-16": "ongeacht het aantal aanwezige leden"]),
        // Kinrooi art. 2: the chair replaced as DLB art. 7 §5 provides; her seat to the CD&V substitute; she is
        // notified as the party concerned (art. 8). The deputy chairs the commission and signs the decision (art. 6),
        // so no letter goes to him (issue 10 finding 4: no letter to its own signatory).
        ScenarioExpectation(file: "kinrooi-chair-respondent.yaml", alsoReports: ["recusal.chairReplaced", "vote.tie"],
                            articles: ["recusal.chairReplaced": "art. 2", "recusal.replaced": "art. 2"],
                            convened: replacing(kinrooiCommission, "griet-vandael", with: "joris-reynders"),
                            substitutes: ["joris-reynders"], chair: "hans",
                            notified: ["sanne-coenen", "griet-vandael", "tine-bouwens"],
                            withMotivation: ["sanne-coenen", "griet-vandael", "tine-bouwens"],
                            voteResults: ["beslissing": .adopted],
                            signatures: kinrooiDecisionSigned(chair: "Hans Cuppens")),
        // Kinrooi art. 3: eight working days; the latest date falls on a Sunday and says so.
        ScenarioExpectation(file: "kinrooi-late-sunday.yaml", errors: ["notice.late"], articles: ["notice.late": "art. 3"]),
        // Art. 45 §5: the member is replaced "in volgorde" of the substitutes; the first is the reporter. The code
        // does not exclude her: akte passes her over for impartiality (art. 46 §6) and says it is a choice.
        ScenarioExpectation(file: "wommelgem-first-substitute-reporter.yaml", alsoReports: ["recusal.substituteSkipped", "recusal.replaced"],
                            articles: ["recusal.substituteSkipped": "art. 45 §5", "recusal.replaced": "art. 45 §5"],
                            convened: replacing(wommelgemCommission, "sofie-goossens", with: "marc-peeters"),
                            substitutes: ["marc-peeters"], chair: "ann"),
        // Art. 45 §5: the first substitute cannot stand in; the next in order sits.
        ScenarioExpectation(file: "wommelgem-first-substitute-unavailable.yaml", alsoReports: ["recusal.substituteSkipped"],
                            articles: ["recusal.substituteSkipped": "art. 45 §5", "recusal.replaced": "art. 45 §5"],
                            convened: replacing(wommelgemCommission, "sofie-goossens", with: "marc-peeters"),
                            substitutes: ["marc-peeters"], chair: "ann"),
        // Art. 52–53: an advice finding no breach, followed by the council: no hearing by the council is needed.
        ScenarioExpectation(file: "wommelgem-unfounded-followed.yaml", convened: wommelgemCommission, substitutes: ["sofie-goossens"],
                            chair: "ann", councilSignature: "De voorzitter,\nAnn Verstraeten",
                            voteResults: ["advies": .adopted, "raadsbesluit": .adopted],
                            writes: ["03-gemotiveerd-advies", "05-besluit"], omits: ["04-kennisgeving"],
                            contains: ["05-besluit": "niet heeft geschonden"], signatures: councilSigned(chair: "Ann Verstraeten")),
        // The code sets no voting rule for the commission (art. 46, 52): a tie is a gap; akte's reading (the council's
        // rule, a tie rejects) is stated as a choice with the other readings (vote.tieRuleOpen); the advice is not adopted.
        ScenarioExpectation(file: "wommelgem-commission-tie.yaml", errors: ["assessment.voteRejected"],
                            alsoReports: ["vote.tie", "vote.tieRuleOpen"], articles: ["vote.tieRuleOpen": "art. 46, 52"],
                            voteResults: ["advies": .rejected]),
        // Kinrooi art. 6, 8: inadmissible: the motivated decision only to the parties; the two chairs are told
        // it is inadmissible, without the motivation; no council item (a reading of art. 8, stated).
        ScenarioExpectation(file: "kinrooi-inadmissible.yaml", alsoReports: ["notification.kennisnameReading"],
                            convened: kinrooiCommission, chair: "griet",
                            notified: ["sanne-coenen", "bram-geraets", "tine-bouwens"],
                            informed: ["sanne", "bram", "tine", "griet"],
                            withMotivation: ["sanne-coenen", "bram-geraets"], omits: ["04-agendapunt", "05-besluit"],
                            contains: ["04-kennisgeving-tine-bouwens": "onontvankelijk"],
                            signatures: kinrooiDecisionSigned(chair: "Griet Vandael")),
        // Kinrooi art. 3: urgent, at least two working days; sent the day before the meeting: too late.
        ScenarioExpectation(file: "kinrooi-urgent-late.yaml", errors: ["notice.late"], articles: ["notice.late": "art. 3"]),
        // Art. 45 §3: a substitute may replace an absent member of his fraction, in order; he sits and votes at
        // that meeting (before this review: recusal.presentNotSitting and vote.nonMember errors).
        ScenarioExpectation(file: "wommelgem-substitute-stands-in.yaml", alsoReports: ["recusal.standIn"],
                            articles: ["recusal.standIn": "art. 45 §3"], convened: wommelgemCommission,
                            substitutes: ["sofie-goossens"], chair: "ann", voteResults: ["advies": .adopted]),
        // Kinrooi art. 2: "wordt dit lid vervangen door de aangewezen plaatsvervanger": Joris Reynders sits and votes
        // for the absent Mieke Janssen; 3–2, adopted (art. 6).
        ScenarioExpectation(file: "kinrooi-substitute-stands-in.yaml", alsoReports: ["recusal.standIn"],
                            articles: ["recusal.standIn": "art. 2"], convened: kinrooiCommission, chair: "griet",
                            notified: ["sanne-coenen", "bram-geraets", "tine-bouwens"],
                            withMotivation: ["sanne-coenen", "bram-geraets"], voteResults: ["beslissing": .adopted]),
        // Kinrooi art. 6: a tie with the chair abstaining; what follows is not said: akte's reading stated.
        ScenarioExpectation(file: "kinrooi-tie-chair-abstains.yaml", errors: ["assessment.voteRejected"],
                            alsoReports: ["vote.tie", "vote.tieChairNotVoting"],
                            articles: ["vote.tieChairNotVoting": "art. 6", "assessment.voteRejected": "art. 6"],
                            voteResults: ["beslissing": .rejected]),
        // Kinrooi art. 5: a second convocation only after a first without quorum; the first had 4 of 7 present.
        ScenarioExpectation(file: "kinrooi-second-convocation-unfounded.yaml", errors: ["quorum.secondConvocationUnfounded"],
                            articles: ["quorum.secondConvocationUnfounded": "art. 5"]),
    ]
}
