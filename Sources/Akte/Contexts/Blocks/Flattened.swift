/// Two blocks written as one map: a shared block and the keys one document adds to it (the recipient of a
/// convocation is a `Recipient` plus `isSubstitute`). The two must not share a key.
struct Flattened<Base: Codable & Sendable, Extra: Codable & Sendable>: Codable, Sendable {
    let base: Base
    let extra: Extra

    init(_ base: Base, _ extra: Extra) {
        self.base = base
        self.extra = extra
    }

    init(from decoder: any Decoder) throws {
        base = try Base(from: decoder)
        extra = try Extra(from: decoder)
    }

    func encode(to encoder: any Encoder) throws {
        try base.encode(to: encoder)
        try extra.encode(to: encoder)
    }
}
