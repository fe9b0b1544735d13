/// Encodes an `Encodable` value (a document's typed context) as the `TemplateValue` templates render.
///
/// Structs become maps, arrays lists, `String` and `Bool` themselves, `nil` `.null`. Numbers are refused: the
/// template contract has none (docs/templates.md, "Conventions": a value is a string already formatted in nl-BE,
/// a bool or a list), so a context that holds one is a programming error caught by the first test that renders it.
/// Two keyed containers taken from one encoder fill one map, so a block can add its keys to its parent's
/// (`Flattened`).
public struct TemplateValueEncoder: Sendable {
    public init() {}

    public func encode<Value: Encodable>(_ value: Value) throws -> TemplateValue {
        let root = Slot()
        try value.encode(to: SlotEncoder(slot: root, codingPath: []))
        return root.value
    }
}

/// One value under construction: a leaf, or a map or list of slots filled later by nested containers.
private final class Slot {
    enum Content { case empty, leaf(TemplateValue), map([String: Slot]), list([Slot]) }
    var content: Content = .empty

    var value: TemplateValue {
        switch content {
        case .empty: return .null
        case .leaf(let value): return value
        case .map(let slots): return .map(slots.mapValues(\.value))
        case .list(let slots): return .list(slots.map(\.value))
        }
    }

    func child(_ key: String) -> Slot {
        var slots: [String: Slot] = [:]
        if case .map(let existing) = content { slots = existing }
        let slot = Slot()
        slots[key] = slot
        content = .map(slots)
        return slot
    }

    func appended() -> Slot {
        var slots: [Slot] = []
        if case .list(let existing) = content { slots = existing }
        let slot = Slot()
        slots.append(slot)
        content = .list(slots)
        return slot
    }

    func becomeMap() { if case .map = content { return }; content = .map([:]) }
    func becomeList() { if case .list = content { return }; content = .list([]) }
}

private struct SlotEncoder: Encoder {
    let slot: Slot
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        slot.becomeMap()
        return KeyedEncodingContainer(KeyedSlotContainer<Key>(slot: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        slot.becomeList()
        return UnkeyedSlotContainer(slot: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleSlotContainer(slot: slot, codingPath: codingPath)
    }
}

/// Puts one value in a slot: `String` and `Bool` as leaves, anything else through its own `encode(to:)`.
private func store<Value: Encodable>(_ value: Value, in slot: Slot, codingPath: [any CodingKey]) throws {
    switch value {
    case let text as String: slot.content = .leaf(.string(text))
    case let flag as Bool: slot.content = .leaf(.bool(flag))
    case is any Numeric:
        throw EncodingError.invalidValue(value, EncodingError.Context(
            codingPath: codingPath, debugDescription: "a template context holds no numbers; format it as a string"))
    default: try value.encode(to: SlotEncoder(slot: slot, codingPath: codingPath))
    }
}

private struct KeyedSlotContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: Slot
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { slot.child(key.stringValue).content = .leaf(.null) }
    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        try store(value, in: slot.child(key.stringValue), codingPath: codingPath + [key])
    }
    mutating func nestedContainer<Nested: CodingKey>(keyedBy keyType: Nested.Type, forKey key: Key) -> KeyedEncodingContainer<Nested> {
        SlotEncoder(slot: slot.child(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        SlotEncoder(slot: slot.child(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { SlotEncoder(slot: slot, codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        SlotEncoder(slot: slot.child(key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedSlotContainer: UnkeyedEncodingContainer {
    let slot: Slot
    let codingPath: [any CodingKey]
    var count: Int {
        if case .list(let slots) = slot.content { return slots.count }
        return 0
    }

    mutating func encodeNil() throws { slot.appended().content = .leaf(.null) }
    mutating func encode<Value: Encodable>(_ value: Value) throws {
        try store(value, in: slot.appended(), codingPath: codingPath)
    }
    mutating func nestedContainer<Nested: CodingKey>(keyedBy keyType: Nested.Type) -> KeyedEncodingContainer<Nested> {
        SlotEncoder(slot: slot.appended(), codingPath: codingPath).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        SlotEncoder(slot: slot.appended(), codingPath: codingPath).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { SlotEncoder(slot: slot.appended(), codingPath: codingPath) }
}

private struct SingleSlotContainer: SingleValueEncodingContainer {
    let slot: Slot
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { slot.content = .leaf(.null) }
    mutating func encode<Value: Encodable>(_ value: Value) throws { try store(value, in: slot, codingPath: codingPath) }
}
