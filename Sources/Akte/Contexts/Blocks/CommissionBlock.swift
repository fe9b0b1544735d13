/// `commission`: the commission, lower case after "de", and who chairs this procedure (the deputy when the chair
/// is the respondent, Wommelgem art. 45 §4).
struct CommissionBlock: Codable, Sendable {
    let name: String
    let chair: Named

    init(_ setting: CaseSetting) {
        name = setting.commissionName
        chair = Named(name: setting.name(setting.commissionChair))
    }
}
