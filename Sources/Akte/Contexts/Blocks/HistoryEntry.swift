import AkteCase
import AkteRules

/// One row of `history`: the procedure so far, oldest first (report received, preliminary examination,
/// admissibility, meetings, hearings).
struct HistoryEntry: Codable, Sendable {
    let date: String
    let text: String

    /// The procedure up to and including `until`.
    static func history(_ setting: CaseSetting, until: CivilDate) -> [HistoryEntry] {
        let c = setting.commissionCase
        let d = c.details
        let decides = setting.profile.commissionModel == .decides
        let chair = setting.name(setting.commissionChair)
        let secretary = setting.secretaryFunction
        let receiver = decides ? "de voorzitter van de commissie" : "de \(secretary)"
        var rows: [(CivilDate, String)] = [(d.reportReceived, "\(d.reportKind) ontvangen door \(receiver)")]
        if let p = d.preliminaryExamination {
            rows.append((p, decides
                ? (c.respondentChairsCouncil
                    ? "vooronderzoek door \(chair), die de voorzitter in deze procedure vervangt, en de secretaris van de commissie"
                    : "vooronderzoek door de voorzitter en de secretaris van de commissie")
                : c.respondentChairsCouncil
                    ? "vooronderzoek door \(chair), die de voorzitter van de raad in deze procedure vervangt, en de \(secretary)"
                    : "vooronderzoek door de voorzitter van de raad en de \(secretary)"))
        }
        if let a = d.admissibility {
            // Kinrooi art. 6: the commission itself declares a report (in)admissible, so the preliminary finding is
            // only put before it; in the Wommelgem model the council chair and the secretary decide (art. 52).
            rows.append((a.date, decides
                ? "\(d.reportKind) na vooronderzoek aan de commissie voorgelegd\(a.admissible ? "" : ", met het voorstel haar onontvankelijk te verklaren")"
                : "\(d.reportKind) \(a.admissible ? "ontvankelijk" : "onontvankelijk") verklaard"))
        }
        for m in c.meetings.sorted(by: { $0.date < $1.date }) where m.date <= until {
            var text = "vergadering van de commissie"
            if m.quorumReached == false { text += " (quorum niet bereikt)" }
            let heard = c.hearings.filter { $0.meeting == m.id }
            if !heard.isEmpty { text = m.secondConvocation ? "vergadering van de commissie na tweede oproeping, met hoorzitting" : "hoorzitting van de commissie" }
            if c.assessment?.meeting == m.id {
                text = (heard.isEmpty ? "" : "hoorzitting, ") + (decides ? "beraadslaging en beslissing" : "beraadslaging en vaststelling van dit advies")
                if m.secondConvocation { text = "vergadering na tweede oproeping: " + text }
            }
            rows.append((m.date, text))
        }
        return rows.map { HistoryEntry(date: DutchFormat.date($0.0), text: $0.1) }
    }
}
