import AkteCase

/// `municipality`: the town as a document prints it. Letters print the whole sender block (`Sender`), the
/// advice, the decision and the minutes the letterhead and footer address (`Heading`), the council's items the
/// letterhead alone (`Letterhead`): each template's context holds exactly the keys it uses.
enum MunicipalityBlock {
    struct Sender: Codable, Sendable {
        let letterhead: String
        let address: String
        /// The commission's or secretariat's address.
        let email: String

        init(_ setting: CaseSetting) {
            let m = setting.commissionCase.municipality
            letterhead = MunicipalityBlock.letterhead(m)
            address = MunicipalityBlock.address(m)
            email = m.email ?? setting.person(setting.commissionCase.secretary)?.email ?? ""
        }
    }

    struct Heading: Codable, Sendable {
        let letterhead: String
        let address: String

        init(_ m: Municipality) {
            letterhead = MunicipalityBlock.letterhead(m)
            address = MunicipalityBlock.address(m)
        }
    }

    struct Letterhead: Codable, Sendable {
        let letterhead: String

        init(_ m: Municipality) { letterhead = MunicipalityBlock.letterhead(m) }
    }

    /// "Gemeente en OCMW Heidebeek" as the case gives it, else "Gemeente Heidebeek".
    static func letterhead(_ m: Municipality) -> String { m.letterhead ?? "Gemeente \(m.name)" }
    /// One line, for the sender block and the footer.
    static func address(_ m: Municipality) -> String { m.address ?? m.name }
}
