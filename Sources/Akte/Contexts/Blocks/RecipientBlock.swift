import AkteCase

/// `recipient`: the addressee of a letter, as the letter prints her: the full name, the whole greeting without
/// its comma ("Geachte mevrouw Geerts"), and a multi-line address. A letter adds its own flags with `Flattened`.
struct RecipientBlock: Codable, Sendable {
    let name: String
    let salutation: String
    let address: String

    init(_ setting: CaseSetting, _ id: String) {
        let person = setting.person(id)
        name = person?.name ?? id
        salutation = DutchPhrases.salutation(person, id: id)
        address = Self.addressBlock(setting, id)
    }

    /// An address block: "Kerkstraat 12, 2999 Heidebeek" → two lines; a person without an address is
    /// written to care of the town hall.
    static func addressBlock(_ setting: CaseSetting, _ id: String) -> String {
        let m = setting.commissionCase.municipality
        if let address = setting.person(id)?.address { return lines(address) }
        if let hall = m.address { return "p/a \(hall)".components(separatedBy: ", ").joined(separator: "\n") }
        return "p/a gemeentehuis \(m.name)"
    }

    /// Splits a one-line address before the postcode: "Kerkstraat 12, 2999 Heidebeek" → "Kerkstraat 12\n2999 Heidebeek".
    static func lines(_ address: String) -> String {
        guard !address.contains("\n") else { return address }
        return address.components(separatedBy: ", ").joined(separator: "\n")
    }
}
