/// One IAM policy statement, with the location of each part.
public struct Statement: Sendable {
    public enum Effect: String, Sendable { case allow = "Allow", deny = "Deny" }

    public var sid: String?
    public var effect: Effect
    public var actions: [Value]
    public var notActions: [Value]
    public var resources: [Value]
    public var notResources: [Value]
    /// `Principal` as written (`"*"`, `{AWS: ...}`, `{Service: ...}`); nil in identity policies.
    public var principal: Value?
    public var notPrincipal: Value?
    public var condition: Value?
    public var location: SourceLocation
    /// Where the statement came from, for messages (e.g. `provider.iam.role.statements`, `policy template S3CrudPolicy`).
    public var source: String

    public init(effect: Effect, location: SourceLocation, source: String) {
        self.effect = effect
        self.location = location
        self.source = source
        actions = []
        notActions = []
        resources = []
        notResources = []
    }

    /// Reads a statement from its value; nil when it is not a mapping.
    public init?(_ value: Value, source: String) {
        guard value.isMapping else { return nil }
        let effectText = value["Effect"]?.string ?? value["effect"]?.string ?? "Allow"
        self.init(effect: effectText.lowercased() == "deny" ? .deny : .allow, location: value.location, source: source)
        func field(_ names: String...) -> [Value] {
            for name in names { if let found = value[name] { return found.listOrSingle } }
            return []
        }
        sid = value["Sid"]?.string
        actions = field("Action", "action")
        notActions = field("NotAction", "notAction")
        resources = field("Resource", "resource")
        notResources = field("NotResource", "notResource")
        principal = value["Principal"]
        notPrincipal = value["NotPrincipal"]
        condition = value["Condition"]
    }

    /// Reads every statement of a policy document (`{Statement: [...]}`, or a bare list of statements).
    public static func statements(inPolicyDocument document: Value?, source: String) -> [Statement] {
        guard let document else { return [] }
        let list = document["Statement"] ?? (document.isSequence ? document : nil)
        return list?.listOrSingle.compactMap { Statement($0, source: source) } ?? []
    }

    /// The principals as flat strings (`*` for `"*"` or `{AWS: "*"}`), symbolic ones as their expression.
    public var principalValues: [Value] {
        guard let principal else { return [] }
        if principal.string != nil { return [principal] }
        return principal.entries.flatMap { $0.value.listOrSingle }
    }

    /// True when the statement grants to everyone: `Principal: "*"` or `{AWS: "*"}`.
    public var hasWildcardPrincipal: Bool {
        principalValues.contains { $0.string == "*" } || notPrincipal != nil
    }

    /// Condition keys used (lower-cased, e.g. `aws:sourcearn`).
    public var conditionKeys: [String] {
        condition?.entries.flatMap { $0.value.entries.map { $0.key.lowercased() } } ?? []
    }
}
