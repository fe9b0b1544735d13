import AkteTemplate

/// A tag after normalisation: its kind, where it stands, and how the scope pass decided to write it.
final class Marker {
    enum Role {
        /// Written where it stands: a value, or an inline section tag.
        case inPlace
        /// Not written: a block section's tag, whose markup was put around the block.
        case vanish
    }

    let kind: TagKind
    let location: TemplateLocation
    var role: Role = .inPlace
    /// The markup to write for a blank line in a value that fills its paragraph alone.
    var paragraphBreak: [UInt8]?
    /// Escaping of a value (ODF paragraph text or plain XML character data).
    let inParagraph: Bool

    init(kind: TagKind, location: TemplateLocation, inParagraph: Bool) {
        self.kind = kind
        self.location = location
        self.inParagraph = inParagraph
    }
}
