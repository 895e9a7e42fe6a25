/// A located value tree: what the parser reads from YAML/JSON, and what loaders produce after
/// evaluating variables and intrinsics. Every node remembers where it came from so a rule can
/// point at it.
public struct Value: Sendable, CustomStringConvertible {
    public indirect enum Content: Sendable {
        case string(String)
        case sequence([Value])
        case mapping([Entry])
        /// Something Perimeter cannot see at scan time (`${ssm:...}`, `!Ref` to a parameter without default…).
        case symbolic(Symbol)
        case null
    }

    /// A key of a mapping with its own location (rules often point at the key, e.g. a function's name).
    public struct Entry: Sendable {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: Value

        public init(key: String, keyLocation: SourceLocation, value: Value) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    public var content: Content
    public var location: SourceLocation
    /// The YAML tag as written (`!Ref`, `!Sub`…), kept by the parser for the CloudFormation loader; nil once evaluated.
    public var tag: String?
    /// True when the scalar was quoted in the source, so `"true"` and `true` can be told apart where it matters.
    public var isQuoted: Bool

    public init(_ content: Content, at location: SourceLocation, tag: String? = nil, isQuoted: Bool = false) {
        self.content = content
        self.location = location
        self.tag = tag
        self.isQuoted = isQuoted
    }

    public static func string(_ text: String, at location: SourceLocation) -> Value {
        Value(.string(text), at: location)
    }

    public static func symbolic(_ symbol: Symbol, at location: SourceLocation) -> Value {
        Value(.symbolic(symbol), at: location)
    }

    // MARK: Reading

    /// The value under `key` of a mapping (exact key match).
    public subscript(key: String) -> Value? {
        entry(key)?.value
    }

    /// The entry under `key` of a mapping, with its key location.
    public func entry(_ key: String) -> Entry? {
        guard case .mapping(let entries) = content else { return nil }
        return entries.last { $0.key == key }
    }

    /// Follows a path of mapping keys.
    public subscript(path keys: String...) -> Value? {
        var current: Value? = self
        for key in keys { current = current?[key] }
        return current
    }

    public var entries: [Entry] {
        if case .mapping(let entries) = content { return entries }
        return []
    }

    public var elements: [Value] {
        if case .sequence(let elements) = content { return elements }
        return []
    }

    /// The elements of a sequence, or the value itself when it is a single scalar (IAM allows both).
    public var listOrSingle: [Value] {
        switch content {
        case .sequence(let elements): return elements
        case .null: return []
        default: return [self]
        }
    }

    public var string: String? {
        if case .string(let text) = content { return text }
        return nil
    }

    public var symbol: Symbol? {
        if case .symbolic(let symbol) = content { return symbol }
        return nil
    }

    public var isMapping: Bool { if case .mapping = content { return true } else { return false } }
    public var isSequence: Bool { if case .sequence = content { return true } else { return false } }
    public var isNull: Bool { if case .null = content { return true } else { return false } }
    public var isSymbolic: Bool { if case .symbolic = content { return true } else { return false } }

    /// YAML 1.1 and CloudFormation booleans.
    public var bool: Bool? {
        switch string?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    public var int: Int? {
        guard let text = string else { return nil }
        if let number = Int(text) { return number }
        if let number = Double(text), number.isFinite, abs(number) < 1e15 { return Int(number) }
        return nil
    }

    /// A compact rendering used in messages: strings as is, symbols by their expression.
    public var description: String {
        switch content {
        case .string(let text): return text
        case .symbolic(let symbol): return symbol.expression
        case .null: return "null"
        case .sequence(let elements): return "[" + elements.map(\.description).joined(separator: ", ") + "]"
        case .mapping(let entries):
            return "{" + entries.map { "\($0.key): \($0.value.description)" }.joined(separator: ", ") + "}"
        }
    }

    /// A location-free rendering for comparing values by content (two roles written twice are one role).
    public var canonical: String {
        switch content {
        case .string(let text): return "s:" + text
        case .symbolic(let symbol): return "?:" + symbol.expression
        case .null: return "null"
        case .sequence(let elements): return "[" + elements.map(\.canonical).joined(separator: ",") + "]"
        case .mapping(let entries):
            return "{" + entries.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.canonical)" }.joined(separator: ",") + "}"
        }
    }

    /// Every value in the tree, depth first, with the key path that leads to it.
    public func walk(_ visit: (_ path: [String], _ value: Value, _ keyLocation: SourceLocation?) -> Void) {
        func go(_ value: Value, _ path: [String], _ keyLocation: SourceLocation?, depth: Int) {
            guard depth < 512 else { return }
            visit(path, value, keyLocation)
            switch value.content {
            case .mapping(let entries):
                for entry in entries { go(entry.value, path + [entry.key], entry.keyLocation, depth: depth + 1) }
            case .sequence(let elements):
                for (index, element) in elements.enumerated() { go(element, path + ["\(index)"], nil, depth: depth + 1) }
            default: break
            }
        }
        go(self, [], nil, depth: 0)
    }
}

/// A value Perimeter cannot resolve at scan time, kept by its kind so rules can still reason about it
/// (a `${ssm:...}` in an environment variable is a secret resolved into plain text).
public struct Symbol: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// `${ssm:...}` or `{{resolve:ssm...}}`
        case ssmParameter
        /// `${ssm:/aws/reference/secretsmanager/...}` or `{{resolve:secretsmanager...}}`
        case secretsManager
        /// `${cf:...}`, `Fn::ImportValue`
        case stackOutput
        /// `${s3:...}`
        case s3Object
        /// `${env:X}` without a value, `${opt:x}` without default, a parameter without default
        case input
        /// `Fn::GetAtt` on a resource of the stack
        case attribute
        /// `Ref` to a resource of the stack
        case reference
        /// anything else (`Fn::If` on an unknown condition, an unknown variable source)
        case unknown
    }

    public var kind: Kind
    /// How the value was written, e.g. `${ssm:/prod/db-password}` or `!GetAtt OrdersTable.Arn`.
    public var expression: String
    /// For `reference`/`attribute`: the logical id of the stack resource it points at.
    public var resource: String?

    public init(_ kind: Kind, _ expression: String, resource: String? = nil) {
        self.kind = kind
        self.expression = expression
        self.resource = resource
    }
}
