import AkteCase

/// Who may not take part, and who takes the respondent's place (Wommelgem code art. 3, 45 §4–5, 46 §6;
/// Kinrooi art. 2): the findings about the composition of the commission for one case.
public enum Recusal {
    /// The article each profile's rules give for a replacement: Wommelgem art. 45 §5 (a member, and the
    /// chair's seat) and §4 (the function of chair); Kinrooi art. 2 for both.
    /// The articles as the profile cites them (`references`): a seat replaced under `substitute`, the
    /// function of chair under `chairReplacement`; a purpose the profile leaves out prints no article.
    public static func articles(_ profile: RuleProfile) -> (Replacement.Kind) -> String? {
        { kind in profile.reference(kind == .chair ? "chairReplacement" : "substitute") }
    }

    /// The article on impartiality: Wommelgem art. 46 §6 ("de handhaving is onpartijdig").
    static func impartialityArticle(_ profile: RuleProfile) -> String? { profile.reference("impartiality") }

    /// The article that keeps a mandatary out of a decision in which he has an interest: Wommelgem code art. 3
    /// ("neemt geen deel aan de bespreking en de stemming"); Kinrooi's code is not among the sources: none.
    static func conflictOfInterestArticle(_ profile: RuleProfile) -> String? { profile.reference("conflictOfInterest") }

    public static func findings(_ c: CommissionCase, profile: RuleProfile, composition: Composition) -> [Finding] {
        var d: [Finding] = []
        for r in composition.replacements {
            for s in r.skipped {
                d.append(skippedFinding(s, replacing: r, in: c, profile: profile))
            }
            if let sub = r.substitute {
                // Kinrooi art. 2 replaces a member who "niet aanwezig kan zijn" by the designated substitute; it
                // does not name the respondent: that he cannot sit on his own case is a reading (code art. 3
                // style conflict of interest), and the tool says so.
                let reading = profile.commissionModel == .decides
                    ? "; art. 2 replaces a member who cannot attend and does not name the respondent: akte reads the respondent as unable to sit on his own case"
                    : ""
                d.append(Finding(.note, "recusal.replaced", "\(c.name(r.original)) is replaced by \(c.name(sub)) for the whole procedure: \(r.reason)\(reading)", article: r.article))
            } else {
                d.append(Finding(.error, "recusal.noSubstitute", "\(c.name(r.original)) must be replaced for the whole procedure, but the fraction \(r.fraction ?? "") names no available substitute: the commission would sit with \(composition.members.count) of \(profile.committeeSize) members", article: r.article, at: c.details.position))
            }
        }
        if let chair = composition.chairReplacement {  // Wommelgem art. 45 §4; Kinrooi art. 2
            if let deputy = chair.deputy {
                // The code refers to DLB art. 7 §5, third paragraph, without quoting it, and no seed gives its text:
                // whether the council's deputy chair is that person is the case file's statement, not the code's.
                d.append(Finding(.note, "recusal.chairReplaced", "the report concerns the chair \(c.name(chair.original)), who is replaced as chair for the whole procedure as DLB art. 7 §5, third paragraph, provides; the code does not name the replacement and the profile does not quote the decree: akte takes deputyChair \(c.name(deputy)) as that person, chairing and keeping his own seat; check deputyChair against the decree (the council's deputy chair or the councillor the decree designates)", article: chair.article))
                if !composition.sits(deputy) {
                    d.append(Finding(.warning, "recusal.deputyNotSitting", "the deputy chair \(c.name(deputy)) is not one of the members sitting for this case: the code does not say whether he then chairs without a vote or a member chairs; he chairs and does not vote", article: chair.article, at: c.details.position))
                }
            } else {
                d.append(Finding(.error, "recusal.noDeputyChair", "the report concerns the chair \(c.name(chair.original)), who is replaced as chair for the whole procedure; name the replacement in deputyChair (DLB art. 7 §5, third paragraph)", article: chair.article, at: c.details.position))
            }
        }
        // Seven distinct people: a person listed twice (a member named again as substitute) is one seat.
        let distinct = Set(composition.members)
        if distinct.count != composition.members.count {
            d.append(Finding(.error, "composition.duplicateMember", "a person is listed twice among the members sitting for this case", article: profile.reference("chairMember"), at: c.details.position))
        }
        // Art. 46 §6: the commission enforces impartially; a reporter who sits judges his own report.
        if composition.sits(c.details.reporter) {
            d.append(Finding(.warning, "recusal.reporterSits", "the reporter \(c.name(c.details.reporter)) sits in the commission for this case; impartiality speaks for replacing the reporter as a respondent member is replaced, but the code does not say so: the choice is the commission's", article: impartialityArticle(profile), at: c.details.position))
        }
        // Only the members sitting for the case attend as members (Kinrooi art. 2: "alleen de aldus aangewezen
        // vertegenwoordigers"; Wommelgem art. 46 §3: not public): a mandatary listed present who does not sit
        // would be listed as a member in the minutes. Staff (no fraction) may assist; the respondent: respondentSits.
        for m in c.meetings {
            let standIns = composition.standIns(at: m, in: c)
            for (substitute, member) in standIns.sorted(by: { $0.key < $1.key }) {
                d.append(Finding(.note, "recusal.standIn", "meeting \(m.id): \(c.name(substitute)) stands in for \(c.name(member)), who is not present, as a substitute of the same fraction", article: profile.reference("standIn"), at: m.position))
            }
            for person in m.present where person != c.details.respondent && !composition.sits(person) && standIns[person] == nil && c.person(person)?.fraction != nil {
                d.append(Finding(.error, "recusal.presentNotSitting", "meeting \(m.id): \(c.name(person)) is listed present but does not sit in the commission for this case", article: profile.reference("attendance"), at: m.position, blocks: [.minutes(meeting: m.id)]))
            }
        }
        for witness in c.witnesses where composition.sits(witness) {
            d.append(Finding(.warning, "recusal.witnessSits", "the witness \(c.name(witness)) sits in the commission for this case; impartiality speaks for replacing the witness, but the code does not say so: the choice is the commission's", article: impartialityArticle(profile), at: c.details.position))
        }
        if let decision = c.decision, let acting = decision.actingChair {
            if acting == c.details.respondent {
                d.append(Finding(.error, "recusal.respondentSigns", "decision.actingChair is the respondent \(c.name(acting)), who cannot chair or sign the council's decision on a case that concerns them", article: conflictOfInterestArticle(profile), at: decision.position, blocks: [.councilDecision]))
            } else if !c.isCouncilMember(acting) {
                d.append(Finding(.error, "recusal.actingChairNotCouncillor", "decision.actingChair \(c.name(acting)) is not a member of the \(c.body.dutchName); only a council member can chair its meeting (DLB art. 7 §5)", at: decision.position, blocks: [.councilDecision]))
            }
        }
        // Wommelgem art. 51: the council chair and the algemeen directeur do the preliminary examination together.
        // When the report concerns the council chair, the code does not say who takes her place there; akte's
        // documents name the person who replaces her as chair for the whole procedure (art. 45 §4): say so.
        if c.respondentChairsCouncil, profile.commissionModel == .advisesCouncil, c.details.preliminaryExamination != nil,
           let replacement = composition.chair {
            d.append(Finding(.note, "recusal.examinationReplaced", "the preliminary examination is done by the council chair and the algemeen directeur; the report concerns the council chair \(c.name(c.chair)), and the code does not say who takes her place in it: akte's documents name \(c.name(replacement)), who replaces her as chair for the whole procedure (art. 45 §4); if the council's acting chair under DLB art. 7 §5 or another person did it, the history must say so", article: "art. 51", at: c.details.position))
        }
        if c.respondentChairsCouncil, let decision = c.decision, decision.actingChair == nil {
            d.append(Finding(.error, "recusal.actingChairMissing", "the council chair \(c.name(c.chair)) is the respondent and cannot chair the item or sign the decision; name who chaired the council meeting for this item in decision.actingChair", article: conflictOfInterestArticle(profile), at: decision.position, blocks: [.councilDecision]))
        }
        return d
    }
}

extension Recusal {
    /// A substitute passed over in the order of art. 45 §5 (Kinrooi art. 2: "de aangewezen plaatsvervanger").
    /// Unavailable or already sitting is a fact of the case; the reporter or a witness is passed over for
    /// impartiality (Wommelgem art. 46 §6), which the code does not prescribe: the note says it is a choice and
    /// names the other option.
    static func skippedFinding(_ s: SkippedSubstitute, replacing r: Replacement, in c: CommissionCase, profile: RuleProfile) -> Finding {
        let next = r.substitute.map { "; \(c.name($0)) takes the seat" } ?? ""
        switch s.reason {
        case .unavailable:
            return Finding(.note, "recusal.substituteSkipped", "\(c.name(s.person)), substitute of \(r.fraction ?? "the fraction"), is listed unavailable\(next)", article: r.article)
        case .alreadySitting:
            return Finding(.note, "recusal.substituteSkipped", "\(c.name(s.person)), substitute of \(r.fraction ?? "the fraction"), already sits in the commission for this case\(next)", article: r.article)
        case .reporter, .witness:
            let role = s.reason == .reporter ? "the reporter" : "a witness"
            let order = profile.commissionModel == .decides ? "art. 2 names the designated substitute" : "art. 45 §5 gives only the order of the substitutes"
            return Finding(.note, "recusal.substituteSkipped", "\(c.name(s.person)), the next substitute of \(r.fraction ?? "the fraction"), is \(role) in this case: \(order) and does not exclude \(role); akte passes over \(c.name(s.person)) for impartiality\(impartialityArticle(profile).map { " (\($0))" } ?? "")\(next). The other reading: the order prevails and \(c.name(s.person)) sits, as a member who is \(role) does (only a warning); the commission chooses, akte writes the first reading", article: r.article)
        }
    }
}

extension CommissionCase {
    /// The report concerns the council chair (who also chairs the commission, art. 45 §1; Kinrooi art. 2).
    public var respondentChairsCouncil: Bool { details.respondent == chair }

    /// Who chairs the council for this case and signs its decision: the acting chair the decision names
    /// (the council chair is the respondent, or was absent), else the deputy when the council chair is the
    /// respondent, else the council chair.
    public var councilChairForCase: String {
        decision?.actingChair ?? (respondentChairsCouncil ? deputyChair ?? chair : chair)
    }

    /// Someone other than the council chair chairs the council for this case ("De waarnemend voorzitter").
    public var councilChairIsActing: Bool { councilChairForCase != chair }

    /// Council members: the people of a fraction or the independents, staff excluded (a commission member
    /// who is not a councillor, art. 45 §1, is marked by a mandate that is not a council mandate).
    public func isCouncilMember(_ id: String) -> Bool {
        if independents.contains(id) { return true }
        guard let p = person(id), let fraction = p.fraction, self.fraction(named: fraction) != nil else { return false }
        guard let mandate = p.mandate?.lowercased() else { return true }
        let staff = ["directeur", "personeelslid", "medewerker", "diensthoofd", "secretaris", "niet-raadslid", "extern"]
        return !staff.contains { mandate.contains($0) }
    }
}
