import AkteCase
import AkteRules

/// The file names of a plan's documents, unique within the case folder.
///
/// Each artefact names itself (`fileName`: kind, date, the person's slug). Two documents can still share a
/// name: two members with the same name, two names with the same slug, two meetings on the same day. Then
/// each of them gets the id the case file gives the person or meeting (`…-jan-peeters-jpeeters2`), so the
/// names stay readable and stable across runs. What is still shared after that (e.g. one person heard twice
/// at the same meeting, or ids that differ only in case or punctuation) is a collision: `collisions`
/// reports it, `check` prints it as an error and `generate` refuses the case, so no document ever overwrites
/// another.
public enum PlannedFileNames {
    /// One name per artefact, in the plan's order. A group of documents sharing a name gets, for each, the
    /// first of its ids (person, then meeting) that tells the group's documents apart.
    public static func names(for artefacts: [any Artefact]) -> [String] {
        var names = artefacts.map(\.fileName)
        for _ in 0..<2 {
            var groups: [String: [Int]] = [:]
            for (index, name) in names.enumerated() { groups[key(name), default: []].append(index) }
            for indices in groups.values where indices.count > 1 {
                let depth = indices.map { qualifiers(of: artefacts[$0]).count }.min() ?? 0
                guard let level = (0..<depth).first(where: { level in
                    Set(indices.map { FileName.slug(qualifiers(of: artefacts[$0])[level].id) }).count > 1
                }) else { continue }
                for index in indices {
                    let suffix = FileName.slug(qualifiers(of: artefacts[index])[level].id)
                    if !suffix.isEmpty { names[index] += "-\(suffix)" }
                }
            }
        }
        return names
    }

    /// Documents that would still be written under one name, as errors at the case file's position of each.
    public static func collisions(in artefacts: [any Artefact]) -> [Diagnostic] {
        let names = names(for: artefacts)
        var groups: [String: [Int]] = [:]
        for (index, name) in names.enumerated() { groups[key(name), default: []].append(index) }
        var diagnostics: [Diagnostic] = []
        for indices in groups.values where indices.count > 1 {
            // One error per distinct place in the case file (a person heard twice is one line, reported once).
            var positions: [SourcePosition?] = []
            for index in indices {
                let position = qualifiers(of: artefacts[index]).first?.position
                if !positions.contains(position) { positions.append(position) }
            }
            for position in positions {
                let others = positions.compactMap { $0 }.filter { $0 != position }.map { "line \($0.line)" }
                diagnostics.append(Diagnostic(.error, "documents.fileNameCollision",
                    "\(indices.count) documents would be written as \(names[indices[0]]) (one would overwrite the other)"
                        + (others.isEmpty ? "" : "; see also \(others.joined(separator: ", "))")
                        + "; give each person or meeting its own entry and id",
                    at: position))
            }
        }
        return diagnostics.sorted { ($0.position?.line ?? 0, $0.message) < ($1.position?.line ?? 0, $1.message) }
    }

    /// The collisions of every document a commission case's stage calls for (what `check` reports).
    public static func collisions(for commissionCase: CommissionCase, facts: CaseFacts) -> [Diagnostic] {
        collisions(in: DocumentPlan.plan(for: CaseSetting(commissionCase: commissionCase, facts: facts)).artefacts)
    }

    /// Case-insensitive: the names must stay apart on macOS and Windows file systems too.
    static func key(_ name: String) -> String { name.lowercased() }

    /// The ids that tell a document apart from others of its kind, most telling first, with where the case
    /// file declares each.
    static func qualifiers(of artefact: any Artefact) -> [(id: String, position: SourcePosition)] {
        switch artefact {
        case let a as Convocation: return person(a.member, a.setting) + [(a.meeting.id, a.meeting.position)]
        case let a as HearingInvitation: return person(a.person, a.setting) + [(a.meeting.id, a.meeting.position)]
        case let a as NotificationLetter: return person(a.person, a.setting)
        case let a as Minutes: return [(a.meeting.id, a.meeting.position)]
        default: return []
        }
    }

    private static func person(_ id: String, _ setting: CaseSetting) -> [(id: String, position: SourcePosition)] {
        setting.commissionCase.person(id).map { [($0.id, $0.position)] } ?? []
    }
}
