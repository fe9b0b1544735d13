import AkteCase
import AkteRules

/// One item of `hearings`: who was heard or declined, by name and role ("werd gehoord op 4 september 2025").
struct HearingEntry: Codable, Sendable {
    let name: String
    let role: String
    let status: String
    let hasSummary: Bool
    let summary: String

    static func hearings(_ setting: CaseSetting) -> [HearingEntry] {
        let c = setting.commissionCase
        return c.hearings.map { h in
            let date = c.meeting(h.meeting).map { DutchFormat.date($0.date) } ?? ""
            let status: String
            switch h.status {
            case .gehoord: status = "werd gehoord op \(date)"
            case .weigerde: status = "ging niet in op de uitnodiging om gehoord te worden"
            case .afwezig: status = "was niet aanwezig op de hoorzitting van \(date)"
            }
            return HearingEntry(name: setting.name(h.person), role: setting.roleName(h.role), status: status,
                                hasSummary: h.summary != nil, summary: h.summary ?? "")
        }
    }
}
