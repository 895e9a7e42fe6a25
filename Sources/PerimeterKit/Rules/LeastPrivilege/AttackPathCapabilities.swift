/// What a function's effective permissions let whoever controls its input do, in the three ways that
/// make an open entry point an attack path: write the application's data, manage IAM, or escalate to
/// more privileges. The one place that says which services hold data and which action sets escalate.
struct AttackPathCapabilities {
    /// Services whose Write actions change the application's data or start its work.
    static let dataServices = [
        "dynamodb", "events", "firehose", "kinesis", "lambda", "rds-data", "s3", "secretsmanager", "sns", "sqs", "ssm", "states",
    ]

    /// Every action some escalation method uses (`EscalationMethod.all`, the table `iam-privilege-escalation`
    /// reports from): a grant of one deserves a second look.
    static let escalationActions: Set<String> = Set(
        EscalationMethod.all.flatMap { method in (method.keys + method.companions.flatMap { $0 }).map { $0.lowercased() } })

    /// One thing the function can do, and the grants that let it.
    struct Capability {
        /// `write dynamodb (table OrdersTable)`, `manage IAM (iam:PutRolePolicy)`, `escalate privileges via …`.
        var summary: String
        /// Each grant that contributes, with the service whose actions it contributes.
        var grants: [(grant: PermissionGrant, service: String, actions: ActionSet)]
    }

    var index: ActionIndex

    init(index: ActionIndex = .shared) {
        self.index = index
    }

    /// The capabilities in report order: data writes, IAM management, escalation; empty when none.
    func of(_ permissions: FunctionPermissions) -> [Capability] {
        let escalation = escalation(permissions)
        // An IAM action that already makes an escalation method is said once, as the method.
        var named = index.empty
        for entry in escalation?.grants ?? [] { named.formUnion(entry.actions) }
        return [dataWrites(permissions), iamManagement(permissions, except: named), escalation].compactMap { $0 }
    }

    private func serviceActions(_ service: String, level: AccessLevel) -> ActionSet {
        index.actions(matching: "\(service):*").intersection(index.byAccessLevel[level] ?? index.empty)
    }

    /// The grants that give `service` some of `actions` on a resource of that service.
    private func contributions(_ permissions: FunctionPermissions, service: String, actions: ActionSet) -> [(grant: PermissionGrant, service: String, actions: ActionSet)] {
        permissions.grants.compactMap { grant in
            let given = grant.actions.intersection(actions)
            guard !given.isEmpty, GrantedResources.reaches(grant, service: service) else { return nil }
            return (grant, service, given)
        }
    }

    private func dataWrites(_ permissions: FunctionPermissions) -> Capability? {
        var parts: [String] = []
        var grants: [(grant: PermissionGrant, service: String, actions: ActionSet)] = []
        for service in Self.dataServices {
            let found = contributions(permissions, service: service, actions: serviceActions(service, level: .write))
            guard !found.isEmpty else { continue }
            grants += found
            let labels = found.map { GrantedResources.describe($0.grant, service: service, anyResource: "any resource") }
            parts.append("\(service) (\(Self.listed(Array(Set(labels)).sorted(), limit: 3, noun: "resources")))")
        }
        guard !parts.isEmpty else { return nil }
        return Capability(summary: "write " + Self.listed(parts, limit: 4, noun: "services"), grants: grants)
    }

    private func iamManagement(_ permissions: FunctionPermissions, except named: ActionSet) -> Capability? {
        let candidates = serviceActions("iam", level: .permissionsManagement).subtracting(named)
        let found = contributions(permissions, service: "iam", actions: candidates)
        guard !found.isEmpty else { return nil }
        let actions = found.reduce(into: index.empty) { $0.formUnion($1.actions) }
        let names = actions.indices.map(index.name)
        return Capability(summary: "manage IAM (\(Self.listed(names, limit: 3, noun: "actions")))", grants: found)
    }

    /// The escalation methods the grants complete, by the same matching as `iam-privilege-escalation`.
    private func escalation(_ permissions: FunctionPermissions) -> Capability? {
        let matches = PrivilegeEscalation.matches(permissions.grants, index: index)
        guard !matches.isEmpty else { return nil }
        var grants: [(grant: PermissionGrant, service: String, actions: ActionSet)] = []
        func add(_ action: String, _ grant: PermissionGrant) {
            guard let position = index.position(of: action) else { return }
            let service = String(action.prefix { $0 != ":" })
            guard !grants.contains(where: { $0.grant.location == grant.location && $0.service == service }) else { return }
            var single = index.empty
            single.insert(position)
            grants.append((grant, service, single))
        }
        var methods: [String] = []
        for match in matches {
            add(match.keyAction, match.key)
            for companion in match.companions { add(companion.action, companion.grant) }
            methods.append(([match.keyAction] + match.companions.map(\.action)).joined(separator: " + "))
        }
        return Capability(summary: "escalate privileges via " + Self.listed(methods, limit: 2, noun: "methods"), grants: grants)
    }

    /// `a, b, c (+4 more actions)`: long lists are cut so a message stays one line.
    static func listed(_ items: [String], limit: Int, noun: String) -> String {
        guard items.count > limit else { return items.joined(separator: ", ") }
        return items.prefix(limit).joined(separator: ", ") + " (+\(items.count - limit) more \(noun))"
    }
}
