import AkteCase

/// `quorum.sentence`: why the commission could (or could not) deliberate at a meeting.
struct QuorumBlock: Codable, Sendable {
    let sentence: String

    init(sentence: String) { self.sentence = sentence }

    init(_ setting: CaseSetting, _ m: Meeting) {
        let profile = setting.profile
        let members = setting.facts.composition.members
        let cite = setting.citations.quorum
        let size = members.count
        let sitting = m.present.filter { members.contains($0) }.count
        if m.secondConvocation, profile.secondConvocation {
            sentence = "De commissie vergadert na een tweede oproeping en kan rechtsgeldig beraadslagen en beslissen, ongeacht het aantal aanwezige leden (\(cite))."
        } else if profile.quorum == .any {
            sentence = "De commissie kan geldig vergaderen, ongeacht het aantal aanwezige leden (\(cite))."
        } else if sitting * 2 > size {
            sentence = "De meerderheid van de leden is aanwezig (\(sitting) van de \(size)); de commissie kan rechtsgeldig beraadslagen en beslissen (\(cite))."
        } else {
            sentence = "De meerderheid van de leden is niet aanwezig (\(sitting) van de \(size)); de commissie kan niet rechtsgeldig beraadslagen of beslissen (\(cite))."
        }
    }
}
