/// `council` as the council's own documents print it: its name, whether it is the OCMW council (DLB art. 74),
/// and for the signed decision who chairs it for this case.
enum CouncilBlock {
    /// The agenda item: `{name, isOcmw}`.
    struct Item: Codable, Sendable {
        let name: String
        let isOcmw: Bool

        init(_ setting: CaseSetting) {
            name = setting.councilName
            isOcmw = setting.commissionCase.body == .ocmwRaad
        }
    }

    /// The signed decision: the respondent never chairs or signs on her own case (code art. 3): the acting chair does.
    struct Signing: Codable, Sendable {
        let name: String
        let isOcmw: Bool
        let chair: Chair

        struct Chair: Codable, Sendable {
            let name: String
            let acting: Bool
        }

        init(_ setting: CaseSetting) {
            name = setting.councilName
            isOcmw = setting.commissionCase.body == .ocmwRaad
            chair = Chair(name: setting.name(setting.councilChair), acting: setting.commissionCase.councilChairIsActing)
        }
    }

    /// A letter signed for the council or naming who decided: `{name, chair.name}`.
    struct WithChair: Codable, Sendable {
        let name: String
        let chair: Named

        init(_ setting: CaseSetting, chair: String) {
            name = setting.councilName
            self.chair = Named(name: setting.name(chair))
        }
    }
}
