/// A block of one name: `council.name`, `commission.chair.name`, `secretary.name`, `code.name`, `chamber.name`…
struct Named: Codable, Sendable {
    let name: String
}
