/// The keys of a context type, read from the type alone: a `Decoder` that answers every request with an empty
/// value and records what was asked (each key with its kind, one item of each list), so a list of maps shows its
/// item's keys even where no case gives it an item.
indirect enum ContextShape: Equatable, CustomStringConvertible {
    case string, bool, map([String: ContextShape]), list(ContextShape)

    static func of<Context: Decodable>(_ type: Context.Type) throws -> ContextShape {
        let recorder = ShapeRecorder()
        _ = try Context(from: ShapeDecoder(recorder: recorder, codingPath: []))
        return recorder.shape
    }

    /// "string", "bool", "map", "list of string", "list of map", as docs/templates.md writes them.
    var description: String {
        switch self {
        case .string: return "string"
        case .bool: return "bool"
        case .map: return "map"
        case .list(let item): return "list of \(item)"
        }
    }

    /// Every key path ("recipient.name"; a list's item keys under the list: "agenda.number") with its shape.
    var paths: [String: ContextShape] {
        var result: [String: ContextShape] = [:]
        func walk(_ shape: ContextShape, _ prefix: String) {
            switch shape {
            case .map(let children):
                for (key, child) in children {
                    let path = prefix.isEmpty ? key : "\(prefix).\(key)"
                    result[path] = child
                    walk(child, path)
                }
            case .list(let item): walk(item, prefix)
            case .string, .bool: break
            }
        }
        walk(self, "")
        return result
    }

    /// The keys a template can print or test: every path but the maps that only hold other keys.
    var keys: Set<String> { Set(paths.filter { if case .map = $0.value { return false }; return true }.keys) }
}

/// The shape being recorded: a tree of mutable nodes, filled as the decoder is asked.
private final class ShapeRecorder {
    var node: Node = .unknown

    enum Node { case unknown, string, bool, map([String: ShapeRecorder]), list(ShapeRecorder) }

    var shape: ContextShape {
        switch node {
        case .unknown, .string: return .string
        case .bool: return .bool
        case .map(let children): return .map(children.mapValues(\.shape))
        case .list(let item): return .list(item.shape)
        }
    }

    func child(_ key: String) -> ShapeRecorder {
        var children: [String: ShapeRecorder] = [:]
        if case .map(let existing) = node { children = existing }
        if let known = children[key] { return known }
        let child = ShapeRecorder()
        children[key] = child
        node = .map(children)
        return child
    }

    func item() -> ShapeRecorder {
        if case .list(let item) = node { return item }
        let item = ShapeRecorder()
        node = .list(item)
        return item
    }
}

private struct ShapeError: Error { let message: String }

private func empty<T: Decodable>(_ type: T.Type, recorder: ShapeRecorder, codingPath: [any CodingKey]) throws -> T {
    if type == String.self { recorder.node = .string; return "" as! T }
    if type == Bool.self { recorder.node = .bool; return false as! T }
    return try T(from: ShapeDecoder(recorder: recorder, codingPath: codingPath))
}

private struct ShapeDecoder: Decoder {
    let recorder: ShapeRecorder
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        if case .unknown = recorder.node { recorder.node = .map([:]) }
        return KeyedDecodingContainer(KeyedShape<Key>(recorder: recorder, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        UnkeyedShape(recorder: recorder, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleShape(recorder: recorder, codingPath: codingPath)
    }
}

private struct KeyedShape<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let recorder: ShapeRecorder
    let codingPath: [any CodingKey]
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool {
        throw ShapeError(message: "\(key.stringValue): a context has no optional keys (docs/templates.md: every key is present)")
    }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try empty(type, recorder: recorder.child(key.stringValue), codingPath: codingPath + [key])
    }
    func nestedContainer<Nested: CodingKey>(keyedBy type: Nested.Type, forKey key: Key) throws -> KeyedDecodingContainer<Nested> {
        try ShapeDecoder(recorder: recorder.child(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: type)
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try ShapeDecoder(recorder: recorder.child(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }
    func superDecoder() throws -> any Decoder { ShapeDecoder(recorder: recorder, codingPath: codingPath) }
    func superDecoder(forKey key: Key) throws -> any Decoder {
        ShapeDecoder(recorder: recorder.child(key.stringValue), codingPath: codingPath + [key])
    }
}

/// A list of exactly one item, so the item's shape is recorded.
private struct UnkeyedShape: UnkeyedDecodingContainer {
    let recorder: ShapeRecorder
    let codingPath: [any CodingKey]
    var count: Int? { 1 }
    var currentIndex = 0
    var isAtEnd: Bool { currentIndex > 0 }

    init(recorder: ShapeRecorder, codingPath: [any CodingKey]) {
        self.recorder = recorder
        self.codingPath = codingPath
        _ = recorder.item()
    }

    mutating func decodeNil() throws -> Bool { false }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        currentIndex += 1
        return try empty(type, recorder: recorder.item(), codingPath: codingPath)
    }
    mutating func nestedContainer<Nested: CodingKey>(keyedBy type: Nested.Type) throws -> KeyedDecodingContainer<Nested> {
        currentIndex += 1
        return try ShapeDecoder(recorder: recorder.item(), codingPath: codingPath).container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        currentIndex += 1
        return try ShapeDecoder(recorder: recorder.item(), codingPath: codingPath).unkeyedContainer()
    }
    mutating func superDecoder() throws -> any Decoder { ShapeDecoder(recorder: recorder.item(), codingPath: codingPath) }
}

private struct SingleShape: SingleValueDecodingContainer {
    let recorder: ShapeRecorder
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool { false }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try empty(type, recorder: recorder, codingPath: codingPath) }
}
