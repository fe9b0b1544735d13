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
            if let sub = r.substitute {
                d.append(Finding(.note, "recusal.replaced", "\(c.name(r.original)) is replaced by \(c.name(sub)) for the whole procedure: \(r.reason)", article: r.article))
            } else {
                d.append(Finding(.error, "recusal.noSubstitute", "\(c.name(r.original)) must be replaced for the whole procedure, but the fraction \(r.fraction ?? "") names no available substitute: the commission would sit with \(composition.members.count) of \(profile.committeeSize) members", article: r.article, at: c.details.position))
            }
        }
        if let chair = composition.chairReplacement {
            if let deputy = chair.deputy {
                d.append(Finding(.note, "recusal.chairReplaced", "the report concerns the chair \(c.name(chair.original)): \(c.name(deputy)) chairs the commission for the whole procedure (DLB art. 7 §5, third paragraph)", article: chair.article))
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
            for person in m.present where person != c.details.respondent && !composition.sits(person) && c.person(person)?.fraction != nil {
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
        if c.respondentChairsCouncil, let decision = c.decision, decision.actingChair == nil {
            d.append(Finding(.error, "recusal.actingChairMissing", "the council chair \(c.name(c.chair)) is the respondent and cannot chair the item or sign the decision; name who chaired the council meeting for this item in decision.actingChair", article: conflictOfInterestArticle(profile), at: decision.position, blocks: [.councilDecision]))
        }
        return d
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
