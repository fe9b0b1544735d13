import Foundation

/// The data a template is rendered with: plain values only, already formatted by the caller.
///
/// `null` is a declared but absent value: it renders sections as false and is an error when
/// inserted with `{{ name }}`. A name that is not present at all is always an error.
public enum TemplateValue: Sendable, Equatable {
    case string(String)
    case bool(Bool)
    case number(Double)
    case list([TemplateValue])
    case map([String: TemplateValue])
    case null

    /// Whether a section `{{#name}}` renders its content (a list is handled per item).
    public var isTruthy: Bool {
        switch self {
        case .string(let s): return !s.isEmpty
        case .bool(let b): return b
        case .number(let d): return d != 0
        case .list(let items): return !items.isEmpty
        case .map: return true
        case .null: return false
        }
    }

    /// A short name of the kind of value, for error messages.
    var kindName: String {
        switch self {
        case .string: return "a string"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .list: return "a list"
        case .map: return "a map"
        case .null: return "null"
        }
    }

    /// The text inserted by `{{ name }}`, or nil when the value cannot be inserted (list, map, null).
    var insertedText: String? {
        switch self {
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .number(let d):
            if d.rounded() == d, abs(d) < 1e15 { return String(Int64(d)) }
            return String(d)
        case .list, .map, .null: return nil
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .map(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
    public init(nilLiteral: ()) { self = .null }
}

extension TemplateValue: Codable {
    public init(from decoder: any Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: AnyKey.self) {
            var map: [String: TemplateValue] = [:]
            for key in keyed.allKeys { map[key.stringValue] = try keyed.decode(TemplateValue.self, forKey: key) }
            self = .map(map)
            return
        }
        if var unkeyed = try? decoder.unkeyedContainer() {
            var items: [TemplateValue] = []
            while !unkeyed.isAtEnd { items.append(try unkeyed.decode(TemplateValue.self)) }
            self = .list(items)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() { self = .null; return }
        if let b = try? single.decode(Bool.self) { self = .bool(b); return }
        if let d = try? single.decode(Double.self) { self = .number(d); return }
        self = .string(try single.decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .map(let map):
            var keyed = encoder.container(keyedBy: AnyKey.self)
            for (key, value) in map { try keyed.encode(value, forKey: AnyKey(stringValue: key)) }
        case .list(let items):
            var unkeyed = encoder.unkeyedContainer()
            for item in items { try unkeyed.encode(item) }
        case .string(let s): var c = encoder.singleValueContainer(); try c.encode(s)
        case .bool(let b): var c = encoder.singleValueContainer(); try c.encode(b)
        case .number(let d): var c = encoder.singleValueContainer(); try c.encode(d)
        case .null: var c = encoder.singleValueContainer(); try c.encodeNil()
        }
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { return nil }
    }

    /// Decodes one JSON document (strict RFC 8259).
    public static func fromJSON(_ data: Data) throws(TemplateError) -> TemplateValue {
        do {
            return try JSONValueParser.parse(Array(data))
        } catch {
            throw TemplateError(.unreadable, at: nil, error.description)
        }
    }
}
