extension ArtefactKind {
    /// The context type of the kind's documents: the keys its templates and its sample use (ContextKeyTests).
    var contextType: any DocumentContext.Type {
        switch self {
        case .oproeping: return ConvocationContext.self
        case .uitnodiging: return HearingInvitationContext.self
        case .uitnodigingGetuige: return WitnessInvitationContext.self
        case .kennisgevingMelding: return ReportNotificationContext.self
        case .onontvankelijkheid: return InadmissibilityNoticeContext.self
        case .uitnodigingRaad: return CouncilHearingInvitationContext.self
        case .advies: return MotivatedAdviceContext.self
        case .beslissing: return CommissionDecisionContext.self
        case .agendapunt: return CouncilAgendaItemContext.self
        case .kennisgeving: return NotificationLetterContext.self
        case .besluit: return SignedCouncilDecisionContext.self
        case .verslag: return MinutesContext.self
        case .reflectieverslag: return ReflectionReportContext.self
        case .oproepingAdvies: return AdviceConvocationContext.self
        case .adviesCode: return AdviceDocumentContext.self
        case .mededelingAdvies: return AdviceLetterContext.self
        }
    }
}
