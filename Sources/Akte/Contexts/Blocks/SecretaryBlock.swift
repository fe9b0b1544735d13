/// `secretary` where a document prints how the secretary signs: `{name, function}` ("algemeen directeur").
struct SecretaryBlock: Codable, Sendable {
    let name: String
    let function: String

    init(_ setting: CaseSetting) {
        name = setting.name(setting.commissionCase.secretary)
        function = setting.secretaryFunction
    }
}

extension Named {
    /// `secretary` where a document prints only the name.
    static func secretary(_ setting: CaseSetting) -> Named { Named(name: setting.name(setting.commissionCase.secretary)) }
}
