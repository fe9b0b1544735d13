import AkteRules

extension ArtefactKind {
    /// The rules' description of the documents of this kind (`DocumentScope`), for one document.
    /// Exhaustive on purpose: a new kind must say which findings can make it illegal.
    func scope(of artefact: any Artefact) -> DocumentScope {
        switch self {
        case .oproeping: return .convocations(meeting: (artefact as? Convocation)?.meeting.id)
        case .uitnodiging: return .hearingInvitations(meeting: (artefact as? HearingInvitation)?.meeting.id)
        case .uitnodigingGetuige: return .hearingInvitations(meeting: (artefact as? WitnessInvitation)?.meeting.id)
        // The council hears the respondent before it decides (art. 53): part of the council's decision.
        case .uitnodigingRaad: return .councilDecision
        // Letters that precede or end the procedure before the commission meets (Kinrooi art. 11, Wommelgem
        // art. 52): only an error about the case as a whole makes them illegal.
        case .kennisgevingMelding, .onontvankelijkheid: return .everything
        case .advies, .beslissing, .kennisgeving: return .commissionOutcome
        case .agendapunt, .besluit: return .councilDecision
        case .verslag: return .minutes(meeting: (artefact as? Minutes)?.meeting.id)
        case .reflectieverslag: return .everything
        // The advice procedure: its convocations are a meeting's, the advice and its letters the commission's outcome.
        case .oproepingAdvies: return .convocations(meeting: (artefact as? AdviceConvocation)?.meeting.id)
        case .adviesCode, .mededelingAdvies: return .commissionOutcome
        }
    }
}

/// `generate` obeys the same findings as `check`: every error names the documents it makes illegal, and a
/// document an error blocks is never written. Without `--only` any error refuses the whole case (exit 1,
/// nothing written), so that `check` and `generate` cannot disagree; with `--only` the documents asked for
/// are written unless an error blocks one of them.
enum Refusal {
    static func check(_ findings: [Finding], artefacts: [any Artefact], selective: Bool) throws(GenerateError) {
        var blocking: [RefusedDocuments.Blocking] = []
        for finding in findings where finding.severity == .error {
            let blocked = artefacts.filter { finding.blocks($0.kind.scope(of: $0)) }.map(\.fileName)
            if selective, blocked.isEmpty { continue }
            blocking.append(RefusedDocuments.Blocking(finding: finding, documents: blocked))
        }
        if !blocking.isEmpty { throw .refused(RefusedDocuments(blocking: blocking)) }
    }

    /// "01-oproeping-2025-09-04-ann-verstraeten, … (7 documents)".
    static func summary(_ names: [String]) -> String {
        names.count <= 3 ? names.joined(separator: ", ") : names.prefix(2).joined(separator: ", ") + " and \(names.count - 2) more (\(names.count) documents)"
    }
}
