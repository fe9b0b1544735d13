import AkteCase

/// A person at a commission meeting with her function for this procedure ("voorzitter", "plaatsvervangend lid").
struct AttendanceEntry: Codable, Sendable {
    let name: String
    let function: String

    /// The function of a member: the chair of this procedure, a substitute, or a member.
    static func member(_ setting: CaseSetting, _ id: String) -> AttendanceEntry {
        let substitutes = setting.facts.composition.replacements.compactMap(\.substitute)
        return AttendanceEntry(name: setting.name(id), function: DutchPhrases.memberFunction(
            isChair: id == setting.commissionChair, isSubstitute: substitutes.contains(id)))
    }

    static func present(_ setting: CaseSetting, _ m: Meeting) -> [AttendanceEntry] { m.present.map { member(setting, $0) } }
}
