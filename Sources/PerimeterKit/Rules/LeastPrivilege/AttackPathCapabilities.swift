/// What a function's effective permissions let whoever controls its input do, in the three ways that
/// make an open entry point an attack path: write the application's data, manage IAM, or escalate to
/// more privileges. The one place that says which services hold data and which action sets escalate.
struct AttackPathCapabilities {
    /// Services whose Write actions change the application's data or start its work.
    static let dataServices = [
        "dynamodb", "events", "firehose", "kinesis", "lambda", "rds-data", "s3", "secretsmanager", "sns", "sqs", "ssm", "states",
    ]

    /// One known way to turn permissions into more permissions (Rhino Security Labs' catalogue of AWS
    /// privilege escalation methods); it needs every one of its actions.
    ///
    /// The `iam-privilege-escalation` rule keeps a table of its own; the two should become one.
    struct EscalationMethod: Sendable {
        /// The actions it needs, as `service:Action`.
        var actions: [String]

        /// `iam:PassRole + lambda:CreateFunction`.
        var name: String { actions.joined(separator: " + ") }
    }

    static let escalationMethods: [EscalationMethod] = [
        EscalationMethod(actions: ["iam:CreatePolicyVersion"]),
        EscalationMethod(actions: ["iam:SetDefaultPolicyVersion"]),
        EscalationMethod(actions: ["iam:PutRolePolicy"]),
        EscalationMethod(actions: ["iam:PutUserPolicy"]),
        EscalationMethod(actions: ["iam:PutGroupPolicy"]),
        EscalationMethod(actions: ["iam:AttachRolePolicy"]),
        EscalationMethod(actions: ["iam:AttachUserPolicy"]),
        EscalationMethod(actions: ["iam:AttachGroupPolicy"]),
        EscalationMethod(actions: ["iam:CreateAccessKey"]),
        EscalationMethod(actions: ["iam:CreateLoginProfile"]),
        EscalationMethod(actions: ["iam:UpdateLoginProfile"]),
        EscalationMethod(actions: ["iam:AddUserToGroup"]),
        EscalationMethod(actions: ["iam:UpdateAssumeRolePolicy", "sts:AssumeRole"]),
        EscalationMethod(actions: ["iam:PassRole", "lambda:CreateFunction"]),
        EscalationMethod(actions: ["iam:PassRole", "ec2:RunInstances"]),
        EscalationMethod(actions: ["iam:PassRole", "cloudformation:CreateStack"]),
        EscalationMethod(actions: ["iam:PassRole", "glue:CreateDevEndpoint"]),
        EscalationMethod(actions: ["iam:PassRole", "datapipeline:CreatePipeline"]),
        EscalationMethod(actions: ["lambda:UpdateFunctionCode"]),
        EscalationMethod(actions: ["glue:UpdateDevEndpoint"]),
    ]

    /// Every action some escalation method uses, lower-cased: a grant of one deserves a second look.
    static let escalationActions: Set<String> = Set(escalationMethods.flatMap { $0.actions.map { $0.lowercased() } })

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

    private func escalation(_ permissions: FunctionPermissions) -> Capability? {
        var grants: [(grant: PermissionGrant, service: String, actions: ActionSet)] = []
        var methods: [String] = []
        for method in Self.escalationMethods {
            var methodGrants: [(grant: PermissionGrant, service: String, actions: ActionSet)] = []
            let complete = method.actions.allSatisfy { action in
                guard let position = index.position(of: action) else { return false }
                var single = index.empty
                single.insert(position)
                let service = String(action.prefix { $0 != ":" })
                let found = contributions(permissions, service: service, actions: single)
                methodGrants += found
                return !found.isEmpty
            }
            guard complete else { continue }
            methods.append(method.name)
            for entry in methodGrants where !grants.contains(where: { $0.grant.location == entry.grant.location && $0.service == entry.service }) {
                grants.append(entry)
            }
        }
        guard !methods.isEmpty else { return nil }
        return Capability(summary: "escalate privileges via " + Self.listed(methods, limit: 2, noun: "methods"), grants: grants)
    }

    /// `a, b, c (+4 more actions)`: long lists are cut so a message stays one line.
    static func listed(_ items: [String], limit: Int, noun: String) -> String {
        guard items.count > limit else { return items.joined(separator: ", ") }
        return items.prefix(limit).joined(separator: ", ") + " (+\(items.count - limit) more \(noun))"
    }
}
