import AkteCase
import AkteRules

/// The Dutch wording documents share: forms of address, role names, periods, vote counts, enumerations of
/// articles, the case of a word mid-sentence. Dates, weekdays, months and the "A, B en C" joining are
/// `DutchFormat`'s (AkteRules); a sentence only one document writes stays with that document.
enum DutchPhrases {
    static let numberWords = ["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
                              "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien",
                              "negentien", "twintig"]

    /// "acht dagen", "twee werkdagen", "één dag".
    static func period(_ p: Period) -> String {
        let amount = p.amount < numberWords.count ? numberWords[p.amount] : "\(p.amount)"
        switch p.unit {
        case .calendar: return "\(amount) \(p.amount == 1 ? "dag" : "dagen")"
        case .working: return "\(amount) \(p.amount == 1 ? "werkdag" : "werkdagen")"
        }
    }

    /// "17 stemmen voor en 2 stemmen tegen".
    static func counts(_ o: VoteOutcome) -> String {
        "\(o.inFavour) \(o.inFavour == 1 ? "stem" : "stemmen") voor en \(o.against) \(o.against == 1 ? "stem" : "stemmen") tegen"
    }

    /// "artikel 40", "de artikelen 40 en 42".
    static func articles(_ numbers: [String]) -> String {
        numbers.count == 1 ? "artikel \(numbers[0])" : "de artikelen \(DutchFormat.list(numbers))"
    }

    /// A value used mid-sentence: first letter lower case unless the first word is an acronym or a name-like capital word list.
    static func midSentence(_ text: String) -> String {
        guard let first = text.first, first.isUppercase else { return text }
        let firstWord = text.prefix { $0 != " " }
        if firstWord.count > 1, firstWord.dropFirst().contains(where: { $0.isUppercase }) { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// A phrase opening a sentence.
    static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// "schepen" → "schepenen", "raadslid" → "raadsleden" (as the minutes write them).
    static func plural(_ function: String) -> String {
        if function.hasSuffix("lid") { return function.dropLast(3) + "leden" }
        if function == "schepen" { return "schepenen" }
        return function
    }

    // MARK: - People

    /// "de heer Pieter De Smet", "mevrouw Sanne Coenen", "Sam Claes" (neutral form of address).
    static func namedWithForm(_ person: Person) -> String {
        switch person.form {
        case .heer: return "de heer \(person.name)"
        case .mevrouw: return "mevrouw \(person.name)"
        case .neutraal: return person.name
        }
    }

    /// "Geachte mevrouw Peeters", or "Geachte Sam Claes" for a neutral form of address (no double space); a person
    /// the case file does not describe is greeted by the id it names.
    static func salutation(_ person: Person?, id: String) -> String { person?.salutation ?? "Geachte \(id)" }

    /// The parties as the commission's documents name them: "melder"/"klager" (Kinrooi art. 10: a "klacht" is
    /// brought by a "klager"), "vermeende schender" (Wommelgem) / "betrokken mandataris" (Kinrooi), "getuige".
    static func role(_ role: HearingRole, reportKind: String, model: CommissionModel) -> String {
        switch role {
        case .melder: return reportKind == "klacht" ? "klager" : "melder"
        case .vermeendeSchender: return model == .decides ? "betrokken mandataris" : "vermeende schender"
        case .getuige: return "getuige"
        }
    }

    /// A member's function at a commission meeting.
    static func memberFunction(isChair: Bool, isSubstitute: Bool) -> String {
        isChair ? "voorzitter" : isSubstitute ? "plaatsvervangend lid" : "lid"
    }

    /// "als voorzitter van de gemeenteraad", "als voorzitter van het college van burgemeester en schepenen".
    static func chairOf(council: String) -> String { "voorzitter van de \(council)" }
    static func chairOf(executive: String) -> String { "voorzitter van het \(executive)" }
}
