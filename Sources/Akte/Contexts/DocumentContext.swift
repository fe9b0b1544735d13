/// The typed context of one document: an `Encodable` struct of shared blocks (`Blocks/`), encoded by
/// `TemplateValueEncoder` into the value both its templates (`.fodt`, `.txt`) render.
///
/// Every context is also `Decodable`, so a test can read its keys from the type alone (ContextKeyTests): the keys
/// of the type, of the template's sample and of `akte templates keys` are one set.
public protocol DocumentContext: Codable, Sendable {}
