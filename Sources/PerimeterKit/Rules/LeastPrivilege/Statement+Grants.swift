/// Reading a statement the way the least-privilege rules ask about it.
extension Statement {
    var isAllow: Bool { effect == .allow }

    /// The actions written as plain strings, with the value that carries each one's location.
    var actionStrings: [(text: String, value: Value)] {
        actions.compactMap { value in value.string.map { ($0, value) } }
    }

    /// Some `Resource` entry is `*` or an all-wildcard ARN.
    var grantsAnyResource: Bool {
        resources.contains { $0.string.map(IAMPattern.isAnyResource) ?? false }
    }

    /// Some action is `*` or `*:*`.
    var grantsEveryAction: Bool {
        actionStrings.contains { IAMPattern.isEveryAction($0.text) }
    }

    /// An Allow of every action on every resource: what `iam-admin-access` reports.
    var isAdministratorGrant: Bool {
        isAllow && grantsEveryAction && grantsAnyResource
    }
}
