import Foundation
import Yams

/// Loads case files (YAML or JSON). See docs/case-file.md for the format.
public enum CaseLoader {
    /// Loads any kind; `kind:` says which (`commissie`, `advies` or `reflectiekamer`). An `advies` file is a
    /// commission case whose `advice:` section takes the place of `case:` (docs/case-file.md, "Advice").
    public static func load(contentsOf url: URL, displayName: String? = nil) throws(LoadError) -> CaseFile {
        let source = try YAMLSource(contentsOf: url, displayName: displayName)
        return try decode(source)
    }

    public static func load(yaml: String, file: String) throws(LoadError) -> CaseFile {
        try decode(YAMLSource(data: Data(yaml.utf8), file: file))
    }

    static func decode(_ source: YAMLSource) throws(LoadError) -> CaseFile {
        let decoder = NodeDecoder(file: source.file)
        guard let root = source.root else {
            throw LoadError(issues: [LoadIssue(position: SourcePosition(file: source.file, line: 1, column: 1), path: "", message: "the file is empty")])
        }
        guard let object = decoder.object(root, "") else { try decoder.throwIfFailed(); fatalError("unreachable") }
        let kind = object.required("kind") { decoder.choice($0, $1, [("commissie", 0), ("reflectiekamer", 1), ("advies", 2)]) }
        guard let kind else {
            // Without a kind every other key would be reported as unknown: report the missing kind alone.
            object.finish(reportUnknown: false)
            try decoder.throwIfFailed()
            fatalError("unreachable")
        }
        let result: CaseFile?
        if kind == 0 || kind == 2 {
            var decoding = CommissionDecoding(decoder: decoder)
            result = decoding.decode(object, advice: kind == 2).map(CaseFile.commission)
        } else {
            result = ReflectionDecoding(decoder: decoder).decode(object).map(CaseFile.reflection)
        }
        try decoder.throwIfFailed()
        guard let result else {
            throw LoadError(issues: [LoadIssue(position: object.position, path: "", message: "the case could not be read")])
        }
        return result
    }
}

private struct CommissionDecoding {
    let decoder: NodeDecoder
    private var personIDs: [String] = []
    private var meetingIDs: [String] = []
    private var voteIDs: [String] = []

    init(decoder: NodeDecoder) { self.decoder = decoder }

    /// An id that must name a declared person.
    func personRef(_ node: Node, _ path: String) -> String? { ref(node, path, personIDs, "person") }
    func meetingRef(_ node: Node, _ path: String) -> String? { ref(node, path, meetingIDs, "meeting") }
    func voteRef(_ node: Node, _ path: String) -> String? { ref(node, path, voteIDs, "vote") }

    func ref(_ node: Node, _ path: String, _ ids: [String], _ what: String) -> String? {
        guard let id = decoder.text(node, path) else { return nil }
        guard ids.contains(id) else {
            let hint = closestMatch(to: id, in: ids).map { "; did you mean \"\($0)\"?" } ?? ""
            decoder.fail(node, path, "no \(what) with id \"\(id)\"\(hint)")
            return nil
        }
        return id
    }

    /// A list of person ids; naming someone twice (two seats, two votes) is an error.
    func refs(_ node: Node, _ path: String) -> [String]? {
        var seen: Set<String> = []
        return decoder.list(node, path) { item, itemPath in
            guard let id = personRef(item, itemPath) else { return nil }
            if !seen.insert(id).inserted { decoder.fail(item, itemPath, "\"\(id)\" is listed twice") }
            return id
        }
    }

    func place(_ node: Node, _ path: String) -> Place? {
        if case .scalar = node { return decoder.text(node, path).map { Place(name: $0) } }
        guard let o = decoder.object(node, path) else { return nil }
        let name = o.required("name") { decoder.text($0, $1) }
        let address = o.optional("address") { decoder.text($0, $1) }
        o.finish()
        guard let name else { return nil }
        return Place(name: name, address: address)
    }

    func person(_ node: Node, _ path: String) -> Person? {
        guard let o = decoder.object(node, path) else { return nil }
        let id = o.required("id") { decoder.text($0, $1) }
        let name = o.required("name") { decoder.text($0, $1) }
        let surname = o.optional("surname") { decoder.text($0, $1) }
        let form = o.optional("form") { decoder.choice($0, $1, FormOfAddress.allCases.map { ($0.rawValue, $0) }) }
        let address = o.optional("address") { decoder.text($0, $1) }
        let email = o.optional("email") { decoder.text($0, $1) }
        let mandate = o.optional("mandate") { decoder.text($0, $1) }
        let fraction = o.optional("fraction") { decoder.text($0, $1) }
        o.finish()
        guard let id, let name else { return nil }
        return Person(id: id, name: name, surname: surname, form: form ?? .neutraal, address: address, email: email,
                      mandate: mandate, fraction: fraction, position: o.position)
    }

    func fraction(_ node: Node, _ path: String) -> Fraction? {
        guard let o = decoder.object(node, path) else { return nil }
        let name = o.required("name") { decoder.text($0, $1) }
        // Bounded like the council (SeatAllocation.maxCouncilSize in AkteRules): a seat count above it is an input
        // error here, so no product of seats and committee size can overflow later (issue 11, class 13).
        let seats = o.required("seats") { decoder.seatCount($0, $1) }
        let coalition = o.optional("coalition") { decoder.bool($0, $1) }
        let members = o.optional("members") { refs($0, $1) }
        let substitutes = o.optional("substitutes") { refs($0, $1) }
        let unavailable = o.optional("unavailable") { refs($0, $1) }
        o.finish()
        guard let name, let seats else { return nil }
        return Fraction(name: name, councilSeats: seats, coalition: coalition ?? false, members: members ?? [],
                        substitutes: substitutes ?? [], unavailable: unavailable ?? [], position: o.position)
    }

    func caseDetails(_ node: Node, _ path: String) -> CaseDetails? {
        guard let o = decoder.object(node, path) else { return nil }
        let number = o.required("number") { decoder.fileNameText($0, $1) }
        let subject = o.required("subject") { decoder.text($0, $1) }
        let received = o.required("reportReceived") { decoder.date($0, $1) }
        let kind = o.optional("reportKind") { decoder.choice($0, $1, [("melding", "melding"), ("klacht", "klacht")]) }
        let preliminary = o.optional("preliminaryExamination") { decoder.date($0, $1) }
        let admissibility = o.optional("admissibility") { node, path -> Admissibility? in
            guard let a = decoder.object(node, path) else { return nil }
            let date = a.required("date") { decoder.date($0, $1) }
            let admissible = a.required("admissible") { decoder.bool($0, $1) }
            let motivation = a.optional("motivation") { decoder.text($0, $1) }
            a.finish()
            guard let date, let admissible else { return nil }
            return Admissibility(date: date, admissible: admissible, motivation: motivation, position: a.position)
        }
        let reporter = o.required("reporter") { personRef($0, $1) }
        let respondent = o.required("respondent") { personRef($0, $1) }
        let articles = o.optional("articles") { decoder.list($0, $1) { decoder.text($0, $1) } }
        let facts = o.optional("facts") { decoder.textList($0, $1) }
        let documents = o.optional("documents") { decoder.textList($0, $1) }
        let staffNode = o.node("staffMemberOf")
        let staffMemberOf = o.optional("staffMemberOf") { personRef($0, $1) }
        o.finish()
        if let staffMemberOf, staffMemberOf == respondent {
            decoder.fail(staffNode, o.childPath("staffMemberOf"),
                         "the alderman or fraction leader of the staff member cannot be the respondent \"\(staffMemberOf)\" (Kinrooi art. 8, 11)")
        }
        guard let number, let subject, let received, let reporter, let respondent else { return nil }
        var details = CaseDetails(number: number, subject: subject, reportReceived: received, reportKind: kind ?? "melding",
                           preliminaryExamination: preliminary, admissibility: admissibility, reporter: reporter,
                           respondent: respondent, articles: articles ?? [], facts: facts ?? [],
                           documents: documents ?? [], position: o.position)
        details.staffMemberOf = staffMemberOf
        return details
    }

    func meeting(_ node: Node, _ path: String) -> Meeting? {
        guard let o = decoder.object(node, path) else { return nil }
        let id = o.required("id") { decoder.text($0, $1) }
        let date = o.required("date") { decoder.date($0, $1) }
        let time = o.required("time") { decoder.time($0, $1) }
        let place = o.required("place") { self.place($0, $1) }
        let sending = o.optional("plannedSending") { decoder.date($0, $1) }
        let urgent = o.optional("urgent") { decoder.bool($0, $1) }
        let motivation = o.optional("urgencyMotivation") { decoder.text($0, $1) }
        let second = o.optional("secondConvocation") { decoder.bool($0, $1) }
        let previous = o.optional("previousMeeting") { decoder.text($0, $1) }
        let quorum = o.optional("quorumReached") { decoder.bool($0, $1) }
        let agenda = o.optional("agenda") { decoder.textList($0, $1) }
        let documentsAt = o.optional("documentsAt") { decoder.text($0, $1) }
        let present = o.optional("present") { refs($0, $1) }
        let excused = o.optional("excused") { refs($0, $1) }
        let isPublic = o.optional("publicAtRequest") { decoder.bool($0, $1) }
        let gist = o.optional("gist") { decoder.textList($0, $1) }
        let request = o.optional("request") { n, p -> MeetingRequest? in
            guard let r = decoder.object(n, p) else { return nil }
            let date = r.required("date") { decoder.date($0, $1) }
            let by = r.required("by") { refs($0, $1) }
            let agenda = r.optional("proposedAgenda") { decoder.textList($0, $1) }
            r.finish()
            guard let date, let by else { return nil }
            return MeetingRequest(date: date, by: by, proposedAgenda: agenda ?? [], position: r.position)
        }
        o.finish()
        guard let id, let date, let time, let place else { return nil }
        var meeting = Meeting(id: id, date: date, time: time, place: place, plannedSending: sending, urgent: urgent ?? false,
                       urgencyMotivation: motivation, secondConvocation: second ?? false, previousMeeting: previous,
                       quorumReached: quorum, agenda: agenda ?? [], documentsAt: documentsAt, present: present ?? [], excused: excused ?? [],
                       publicAtRequest: isPublic ?? false, position: o.position)
        meeting.gist = gist ?? []
        meeting.request = request
        return meeting
    }

    func hearing(_ node: Node, _ path: String) -> Hearing? {
        guard let o = decoder.object(node, path) else { return nil }
        let meeting = o.required("meeting") { meetingRef($0, $1) }
        let person = o.required("person") { personRef($0, $1) }
        let role = o.required("role") { decoder.choice($0, $1, [("melder", HearingRole.melder), ("vermeende-schender", .vermeendeSchender), ("getuige", .getuige)]) }
        let status = o.required("status") { decoder.choice($0, $1, [("gehoord", HearingStatus.gehoord), ("weigerde", .weigerde), ("afwezig", .afwezig)]) }
        let summary = o.optional("summary") { decoder.text($0, $1) }
        o.finish()
        guard let meeting, let person, let role, let status else { return nil }
        return Hearing(meeting: meeting, person: person, role: role, status: status, summary: summary, position: o.position)
    }

    func vote(_ node: Node, _ path: String) -> Vote? {
        guard let o = decoder.object(node, path) else { return nil }
        let id = o.required("id") { decoder.text($0, $1) }
        let body = o.required("body") { decoder.choice($0, $1, [("commissie", VotingBody.commissie), ("raad", .raad)]) }
        let subject = o.required("subject") { decoder.text($0, $1) }
        let meeting = o.optional("meeting") { meetingRef($0, $1) }
        let date = o.optional("date") { decoder.date($0, $1) }
        let secret = o.optional("secret") { decoder.bool($0, $1) } ?? false
        let inFavour = o.optional("for") { refs($0, $1) }
        let against = o.optional("against") { refs($0, $1) }
        let abstentions = o.optional("abstain") { refs($0, $1) }
        let counts = o.optional("counts") { node, path -> VoteCounts? in
            guard let c = decoder.object(node, path) else { return nil }
            let f = c.required("for") { decoder.nonNegativeInt($0, $1) }
            let a = c.required("against") { decoder.nonNegativeInt($0, $1) }
            let ab = c.optional("abstain") { decoder.nonNegativeInt($0, $1) }
            c.finish()
            guard let f, let a else { return nil }
            return VoteCounts(inFavour: f, against: a, abstentions: ab ?? 0)
        }
        o.finish()
        if secret, inFavour != nil || against != nil || abstentions != nil {
            decoder.fail(node, path, "a secret vote has counts only, no names (Wommelgem reglement art. 28)")
        }
        if !secret, counts != nil {
            decoder.fail(node, path, "\"counts\" is for a secret vote; list the names under for/against/abstain")
        }
        if secret, counts == nil, !o.has("counts") {
            decoder.fail(node, path, "a secret vote needs \"counts\"")
        }
        guard let id, let body, let subject else { return nil }
        return Vote(id: id, body: body, subject: subject, meeting: meeting, date: date, secret: secret,
                    inFavour: inFavour ?? [], against: against ?? [], abstentions: abstentions ?? [], counts: counts,
                    position: o.position)
    }

    func measure(_ node: Node, _ path: String) -> Measure? {
        decoder.choice(node, path, Measure.allCases.map { ($0.rawValue, $0) })
    }

    func assessment(_ node: Node, _ path: String) -> Assessment? {
        guard let o = decoder.object(node, path) else { return nil }
        let meeting = o.required("meeting") { meetingRef($0, $1) }
        let conclusion = o.required("conclusion") { decoder.choice($0, $1, Conclusion.allCases.map { ($0.rawValue, $0) }) }
        let motivation = o.required("motivation") { decoder.textList($0, $1) }
        let dissent = o.optional("dissent") { decoder.textList($0, $1) }
        let measures = o.optional("recommendedMeasures") { decoder.list($0, $1) { measure($0, $1) } }
        let vote = o.optional("vote") { voteRef($0, $1) }
        let perArticle = o.optional("articles") { n, p -> [String: String]? in
            guard let r = decoder.object(n, p) else { return nil }
            var result: [String: String] = [:]
            for key in r.keys { if let text = r.optional(key, { decoder.text($0, $1) }) { result[key] = text } }
            r.finish()
            return result
        }
        o.finish()
        guard let meeting, let conclusion, let motivation else { return nil }
        var assessment = Assessment(meeting: meeting, conclusion: conclusion, motivation: motivation, dissent: dissent ?? [],
                                    recommendedMeasures: measures ?? [], vote: vote, position: o.position)
        assessment.articleAssessments = perArticle ?? [:]
        return assessment
    }

    func decision(_ node: Node, _ path: String) -> CouncilDecision? {
        guard let o = decoder.object(node, path) else { return nil }
        let date = o.required("date") { decoder.date($0, $1) }
        let time = o.optional("time") { decoder.time($0, $1) }
        let place = o.optional("place") { self.place($0, $1) }
        let title = o.required("title") { decoder.text($0, $1) }
        let breach = o.required("breach") { decoder.bool($0, $1) }
        let measures = o.optional("measures") { decoder.list($0, $1) { measure($0, $1) } }
        let follows = o.optional("followsAdvice") { decoder.bool($0, $1) }
        let heard = o.optional("respondentHeard") { decoder.date($0, $1) }
        let articles = o.required("articles") { decoder.textList($0, $1) }
        let vote = o.optional("vote") { voteRef($0, $1) }
        let publication = o.optional("publicationDate") { decoder.date($0, $1) }
        let facts = o.optional("facts") { decoder.textList($0, $1) }
        let legalGrounds = o.optional("legalGrounds") { decoder.textList($0, $1) }
        let argumentation = o.optional("argumentation") { decoder.textList($0, $1) }
        let financialImpact = o.optional("financialImpact") { decoder.text($0, $1) }
        let closedSession = o.optional("closedSession") { decoder.bool($0, $1) }
        let actingChair = o.optional("actingChair") { personRef($0, $1) }
        let present = o.optional("present") { refs($0, $1) }
        let excused = o.optional("excused") { refs($0, $1) }
        let absent = o.optional("absent") { refs($0, $1) }
        o.finish()
        // One person, one line of the attendance.
        var seen: [String: String] = [:]
        for (key, ids) in [("present", present ?? []), ("excused", excused ?? []), ("absent", absent ?? [])] {
            for id in ids {
                if let first = seen[id] {
                    decoder.fail(o.node(key), o.childPath(key), "\"\(id)\" is already listed under \(first)")
                } else {
                    seen[id] = key
                }
            }
        }
        guard let date, let title, let breach, let articles else { return nil }
        var result = CouncilDecision(date: date, time: time, place: place, title: title, breach: breach,
                               measures: measures ?? [], followsAdvice: follows ?? true, respondentHeard: heard,
                               articles: articles, vote: vote, publicationDate: publication, facts: facts ?? [],
                               legalGrounds: legalGrounds ?? [], argumentation: argumentation ?? [],
                               financialImpact: financialImpact, closedSession: closedSession ?? true,
                               actingChair: actingChair, position: o.position)
        result.present = present ?? []
        result.excused = excused ?? []
        result.absent = absent ?? []
        return result
    }

    /// Ids declared in a list of mappings under `key`, with duplicates reported.
    func collectIDs(_ o: ObjectReader, _ key: String) -> [String] {
        guard let list = o.entries.first(where: { $0.key == key })?.value, case let .sequence(items) = list else { return [] }
        var ids: [String] = []
        for (index, item) in items.enumerated() {
            guard case let .mapping(mapping) = item, let idNode = mapping["id"], case let .scalar(s) = idNode else { continue }
            if ids.contains(s.string) {
                decoder.fail(idNode, "\(o.childPath(key))[\(index)].id", "duplicate id \"\(s.string)\"")
            }
            ids.append(s.string)
        }
        return ids
    }

    /// The `advice:` section of a `kind: advies` file (Wommelgem art. 47, 54; Kinrooi art. 13–15).
    func adviceRequest(_ node: Node, _ path: String) -> AdviceRequest? {
        guard let o = decoder.object(node, path) else { return nil }
        let number = o.required("number") { decoder.fileNameText($0, $1) }
        let question = o.required("question") { decoder.text($0, $1) }
        let by = o.required("by") { decoder.choice($0, $1, AdviceRequester.allCases.map { ($0.rawValue, $0) }) }
        let date = o.required("date") { decoder.date($0, $1) }
        let received = o.optional("received") { decoder.date($0, $1) }
        let onAgenda = o.optional("onAgenda") { decoder.date($0, $1) }
        let extensionRequest = o.optional("extension") { n, p -> AdviceExtension? in
            guard let e = decoder.object(n, p) else { return nil }
            let requested = e.required("requested") { decoder.date($0, $1) }
            let until = e.optional("until") { decoder.date($0, $1) }
            let motivation = e.optional("motivation") { decoder.text($0, $1) }
            e.finish()
            guard let requested else { return nil }
            if let until, until < requested { decoder.fail(e.node("until"), e.childPath("until"), "the extension ends (\(until)) before it was asked (\(requested))") }
            return AdviceExtension(requested: requested, until: until, motivation: motivation, position: e.position)
        }
        let advice = o.optional("advice") { n, p -> AdviceText? in
            guard let a = decoder.object(n, p) else { return nil }
            let meeting = a.required("meeting") { meetingRef($0, $1) }
            let text = a.required("text") { decoder.textList($0, $1) }
            let vote = a.optional("vote") { voteRef($0, $1) }
            a.finish()
            guard let meeting, let text else { return nil }
            return AdviceText(meeting: meeting, text: text, vote: vote, position: a.position)
        }
        o.finish()
        guard let number, let question, let by, let date else { return nil }
        if let received, received < date {
            decoder.fail(o.node("received"), o.childPath("received"), "the request is received (\(received)) before it was decided (\(date))")
        }
        return AdviceRequest(number: number, question: question, by: by, date: date, received: received, onAgenda: onAgenda,
                             extensionRequest: extensionRequest, advice: advice, position: o.position)
    }

    mutating func decode(_ o: ObjectReader, advice isAdvice: Bool = false) -> CommissionCase? {
        personIDs = collectIDs(o, "people")
        meetingIDs = collectIDs(o, "meetings")
        voteIDs = collectIDs(o, "votes")
        let profileNode = o.node("profile")
        let profile = o.required("profile") { decoder.text($0, $1) }
        let municipality = o.required("municipality") { node, path -> Municipality? in
            guard let m = decoder.object(node, path) else { return nil }
            let name = m.required("name") { decoder.text($0, $1) }
            let letterhead = m.optional("letterhead") { decoder.text($0, $1) }
            let address = m.optional("address") { decoder.text($0, $1) }
            let email = m.optional("email") { decoder.text($0, $1) }
            m.finish()
            return name.map { Municipality(name: $0, letterhead: letterhead, address: address, email: email) }
        }
        let body = o.required("body") { decoder.choice($0, $1, [("gemeenteraad", CouncilBody.gemeenteraad), ("ocmw-raad", .ocmwRaad)]) }
        let councilSize = o.optional("councilSize") { decoder.seatCount($0, $1) }
        let people = o.required("people") { decoder.list($0, $1) { person($0, $1) } }
        let fractions = o.required("fractions") { decoder.list($0, $1) { fraction($0, $1) } }
        let independents = o.optional("independents") { refs($0, $1) }
        let chair = o.required("chair") { personRef($0, $1) }
        let deputyChair = o.optional("deputyChair") { personRef($0, $1) }
        let secretary = o.required("secretary") { personRef($0, $1) }
        let deputySecretaries = o.optional("deputySecretaries") { refs($0, $1) }
        let collegeChair = o.optional("collegeChair") { personRef($0, $1) }
        let summerSuspension = o.optional("summerSuspension") { decoder.bool($0, $1) }
        let tieBreak = o.optional("seatTieBreak") { decoder.list($0, $1) { decoder.text($0, $1) } }
        // An advice procedure has no report: `advice:` replaces `case:`, and hearings, witnesses, the assessment and
        // the council's decision are left unread, so `finish()` reports them as keys this kind does not have.
        var adviceRequest: AdviceRequest?
        let details: CaseDetails?
        var hearings: [Hearing]?, witnesses: [String]?, assessment: Assessment?, decision: CouncilDecision?
        if isAdvice {
            adviceRequest = o.required("advice") { self.adviceRequest($0, $1) }
            details = adviceRequest.map {
                CaseDetails(number: $0.number, subject: $0.question, reportReceived: $0.receivedOrDecided, reportKind: "adviesvraag",
                            reporter: "", respondent: "", articles: [], facts: [], documents: [], position: $0.position)
            }
        } else {
            details = o.required("case") { caseDetails($0, $1) }
        }
        let meetings = o.optional("meetings") { decoder.list($0, $1) { meeting($0, $1) } }
        let votes = o.optional("votes") { decoder.list($0, $1) { vote($0, $1) } }
        if !isAdvice {
            hearings = o.optional("hearings") { decoder.list($0, $1) { hearing($0, $1) } }
            witnesses = o.optional("witnesses") { refs($0, $1) }
            assessment = o.optional("assessment") { self.assessment($0, $1) }
            decision = o.optional("decision") { self.decision($0, $1) }
        }
        o.finish()
        // References between records: previousMeeting and fraction names.
        for (index, m) in (meetings ?? []).enumerated() {
            if let previous = m.previousMeeting, !meetingIDs.contains(previous) {
                decoder.fail(nil, "meetings[\(index)].previousMeeting", "no meeting with id \"\(previous)\"")
            }
        }
        let fractionNames = (fractions ?? []).map(\.name)
        for (index, p) in (people ?? []).enumerated() {
            if let f = p.fraction, !fractionNames.contains(f) {
                let hint = closestMatch(to: f, in: fractionNames).map { "; did you mean \"\($0)\"?" } ?? ""
                issueAt(p.position, "people[\(index)].fraction", "no fraction named \"\(f)\"\(hint)")
            }
        }
        for name in tieBreak ?? [] where !fractionNames.contains(name) {
            issueAt(o.position, "seatTieBreak", "no fraction named \"\(name)\"")
        }
        for (name, count) in Dictionary((tieBreak ?? []).map { ($0, 1) }, uniquingKeysWith: +) where count > 1 {
            issueAt(decoder.position(o.node("seatTieBreak")), "seatTieBreak", "fraction \"\(name)\" is named \(count) times")
        }
        for (index, fraction) in (fractions ?? []).enumerated() where fractionNames.firstIndex(of: fraction.name) != index {
            issueAt(fraction.position, "fractions[\(index)].name", "fraction \"\(fraction.name)\" is given twice")
        }
        guard let profile, let municipality, let body, let people, let fractions, let chair, let secretary,
              let details else { return nil }
        var result = CommissionCase(
            file: decoder.file, profile: profile, profilePosition: decoder.position(profileNode),
            municipality: municipality, body: body, councilSize: councilSize, people: people, fractions: fractions,
            independents: independents ?? [], chair: chair, deputyChair: deputyChair, secretary: secretary,
            deputySecretaries: deputySecretaries ?? [], seatTieBreak: tieBreak ?? [], details: details,
            meetings: meetings ?? [], hearings: hearings ?? [], witnesses: witnesses ?? [], assessment: assessment,
            votes: votes ?? [], decision: decision)
        result.collegeChair = collegeChair
        if tieBreak != nil { result.seatTieBreakPosition = decoder.position(o.node("seatTieBreak")) }
        result.summerSuspension = summerSuspension
        result.advice = adviceRequest
        return result
    }

    func issueAt(_ position: SourcePosition, _ path: String, _ message: String) {
        decoder.failAt(position, path, message)
    }
}

extension NodeDecoder {
    func failAt(_ position: SourcePosition, _ path: String, _ message: String) {
        appendIssue(LoadIssue(position: position, path: path, message: message))
    }
}

private struct ReflectionDecoding {
    let decoder: NodeDecoder

    func participant(_ node: Node, _ path: String, defaultRole: ParticipantRole? = nil) -> Participant? {
        guard let o = decoder.object(node, path) else { return nil }
        let name = o.required("name") { decoder.text($0, $1) }
        let role: ParticipantRole?
        if let defaultRole {
            role = defaultRole
        } else {
            role = o.required("role") { decoder.choice($0, $1, ParticipantRole.allCases.map { ($0.rawValue, $0) }) }
        }
        let function = o.optional("function") { decoder.text($0, $1) }
        let organisation = o.optional("organisation") { decoder.text($0, $1) }
        o.finish()
        guard let name, let role else { return nil }
        return Participant(name: name, role: role, function: function, organisation: organisation, position: o.position)
    }

    func decode(_ o: ObjectReader) -> ReflectionSession? {
        let number = o.required("number") { decoder.fileNameText($0, $1) }
        let date = o.required("date") { decoder.date($0, $1) }
        let time = o.optional("time") { decoder.time($0, $1) }
        let place = o.optional("place") { node, path -> Place? in
            if case .scalar = node { return decoder.text(node, path).map { Place(name: $0) } }
            guard let p = decoder.object(node, path) else { return nil }
            let name = p.required("name") { decoder.text($0, $1) }
            let address = p.optional("address") { decoder.text($0, $1) }
            p.finish()
            return name.map { Place(name: $0, address: address) }
        }
        let bringer = o.required("caseBringer") { participant($0, $1, defaultRole: .casusinbrenger) }
        let question = o.required("question") { decoder.text($0, $1) }
        let themes = o.optional("themes") { decoder.textList($0, $1) }
        let participants = o.required("participants") { decoder.list($0, $1) { participant($0, $1) } }
        let notes = o.required("notes") { decoder.list($0, $1) { node, path -> NoteSection? in
            guard let n = decoder.object(node, path) else { return nil }
            let heading = n.required("heading") { decoder.text($0, $1) }
            let text = n.required("text") { decoder.textList($0, $1) }
            n.finish()
            guard let heading, let text else { return nil }
            return NoteSection(heading: heading, text: text, position: n.position)
        } }
        let anonymise = o.optional("anonymise") { decoder.list($0, $1) { node, path -> NamedEntity? in
            guard let e = decoder.object(node, path) else { return nil }
            let kind = e.optional("kind") { decoder.choice($0, $1, EntityKind.allCases.map { ($0.rawValue, $0) }) }
            let name = e.required("name") { decoder.text($0, $1) }
            let replacement = e.optional("replacement") { decoder.text($0, $1) }
            let variants = e.optional("variants") { decoder.textList($0, $1) }
            e.finish()
            guard let name else { return nil }
            return NamedEntity(kind: kind ?? .persoon, name: name, replacement: replacement, variants: variants ?? [], position: e.position)
        } }
        let copy = o.optional("copyToCaseBringer") { decoder.bool($0, $1) }
        o.finish()
        guard let number, let date, let bringer, let question, let participants, let notes else { return nil }
        return ReflectionSession(file: decoder.file, number: number, date: date, time: time, place: place,
                                 caseBringer: bringer, question: question, themes: themes ?? [],
                                 participants: participants, notes: notes, anonymise: anonymise ?? [],
                                 copyToCaseBringer: copy ?? false)
    }
}
