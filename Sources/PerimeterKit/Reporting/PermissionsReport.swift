import Foundation

/// What each function may do, read from its effective permissions: `perimeter permissions` renders it as
/// text or JSON. Functions are sorted by file, then name; within a function, services by name, access
/// levels from the most to the least harmful, then resources.
public struct PermissionsReport: Sendable, Encodable {
    public var functions: [FunctionEntry]
    /// Files that could not be read or parsed.
    public var diagnostics: [Diagnostic]

    /// One function, its role, and its permissions grouped by service and access level.
    public struct FunctionEntry: Sendable, Encodable {
        public var name: String
        public var file: String
        public var line: Int
        public var role: RoleEntry?
        public var permissions: [PermissionLine]
        /// Action patterns that name no action (typos grant nothing).
        public var unknownActions: [WrittenValue]
        /// Managed policies whose contents Perimeter does not know.
        public var unknownManagedPolicies: [WrittenValue]
        /// A permissions boundary that could not be read (not applied).
        public var unknownBoundary: WrittenValue?

        private enum CodingKeys: String, CodingKey {
            case name, file, line, role, permissions, unknownActions, unknownManagedPolicies, unknownBoundary
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(role, forKey: .role)
            try container.encode(permissions, forKey: .permissions)
            try container.encode(unknownActions, forKey: .unknownActions)
            try container.encode(unknownManagedPolicies, forKey: .unknownManagedPolicies)
            try container.encode(unknownBoundary, forKey: .unknownBoundary)
        }
    }

    /// The function's execution role.
    public struct RoleEntry: Sendable, Encodable {
        public var id: String
        public var name: String?
        public var file: String?
        public var line: Int?
        /// Referenced by ARN or name only: its permissions are not visible.
        public var external: Bool
        /// The other functions that run with the same role.
        public var sharedWith: [String]

        private enum CodingKeys: String, CodingKey {
            case id, name, file, line, external, sharedWith
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(external, forKey: .external)
            try container.encode(sharedWith, forKey: .sharedWith)
        }
    }

    /// Actions of one service at one access level on one set of resources.
    public struct PermissionLine: Sendable, Encodable, Equatable {
        /// The service prefix (`dynamodb`), or `*` for a grant of every action.
        public var service: String
        /// `Write`, `Read`…; `all` for a grant of every action.
        public var accessLevel: String
        /// Action names without the service prefix, sorted; empty when `allActions`.
        public var actions: [String]
        /// The grant covers every action of the service at this level.
        public var allActions: Bool
        /// How many actions the line covers.
        public var count: Int
        /// `table OrdersTable`, an ARN, `*`; `(conditional)` when a Condition narrows the grant.
        public var resources: [String]
        /// Permissions management, or an action of a known privilege-escalation method.
        public var sensitive: Bool
    }

    /// A value as written, with where.
    public struct WrittenValue: Sendable, Encodable, Equatable {
        public var text: String
        public var file: String
        public var line: Int

        init(_ value: Value) {
            text = value.string ?? value.symbol?.expression ?? value.description
            file = value.location.file
            line = value.location.line
        }
    }

    private enum CodingKeys: String, CodingKey {
        case functions, diagnostics
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(functions, forKey: .functions)
        try container.encode(diagnostics.map(JSONDiagnostic.init), forKey: .diagnostics)
    }

    /// The report of an analysed application (`Application.permissions` filled).
    public init(application app: Application, index: ActionIndex = .shared) {
        var entries: [FunctionEntry] = []
        for (position, function) in app.functions.enumerated() {
            let permissions = position < app.permissions.count ? app.permissions[position] : app.permissions(of: function)
            var role: RoleEntry?
            if let roleID = function.roleID {
                let sharing = app.functions.filter { $0.roleID == roleID && !($0.name == function.name && $0.location == function.location) }
                role = RoleEntry(
                    id: roleID, name: permissions?.roleName, file: permissions?.roleLocation?.file, line: permissions?.roleLocation?.line,
                    external: permissions?.roleIsExternal ?? false, sharedWith: Array(Set(sharing.map(\.name))).sorted())
            }
            entries.append(
                FunctionEntry(
                    name: function.name, file: function.location.file, line: function.location.line, role: role,
                    permissions: permissions.map { Self.lines(of: $0.grants, index: index) } ?? [],
                    unknownActions: permissions?.unknownActions.map(WrittenValue.init) ?? [],
                    unknownManagedPolicies: permissions?.unknownManagedPolicies.map(WrittenValue.init) ?? [],
                    unknownBoundary: permissions?.unknownBoundary.map(WrittenValue.init)))
        }
        functions = entries.sorted { ($0.file, $0.name, $0.line) < ($1.file, $1.name, $1.line) }
        diagnostics = app.diagnostics.sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }

    /// Grants grouped by service, access level and resources; a grant of every action is one `*` line.
    static func lines(of grants: [PermissionGrant], index: ActionIndex) -> [PermissionLine] {
        struct Key: Hashable {
            var service: String
            var level: AccessLevel?
            var resources: [String]
        }
        var groups: [Key: ActionSet] = [:]
        for grant in grants {
            if grant.actions == index.all {
                groups[Key(service: "*", level: nil, resources: [GrantedResources.describe(grant, service: "*")]), default: index.empty].formUnion(grant.actions)
                continue
            }
            var described: [String: [String]] = [:]
            for position in grant.actions.indices {
                let action = index.actions[position]
                let service = action.service
                if described[service] == nil {
                    described[service] = GrantedResources.reaches(grant, service: service) ? [GrantedResources.describe(grant, service: service)] : []
                }
                guard let resources = described[service], !resources.isEmpty else { continue }
                groups[Key(service: service, level: action.accessLevel, resources: resources), default: index.empty].insert(position)
            }
        }
        // Two grants of the same actions on different resources stay two lines; same actions and level merge resources.
        var lines: [(key: Key, line: PermissionLine)] = groups.map { key, actions in
            guard let level = key.level else {
                return (key, PermissionLine(service: "*", accessLevel: "all", actions: [], allActions: true, count: actions.count, resources: key.resources, sensitive: true))
            }
            let levelActions = index.actions(matching: "\(key.service):*").intersection(index.byAccessLevel[level] ?? index.empty)
            let names = actions.indices.map { index.actions[$0].name }.sorted()
            let sensitive =
                level == .permissionsManagement || actions.indices.contains { AttackPathCapabilities.escalationActions.contains(index.name($0).lowercased()) }
            let all = levelActions.subtracting(actions).isEmpty
            return (
                key,
                PermissionLine(
                    service: key.service, accessLevel: level.rawValue, actions: all ? [] : names, allActions: all, count: actions.count,
                    resources: key.resources, sensitive: sensitive)
            )
        }
        lines.sort { lhs, rhs in
            if lhs.key.service != rhs.key.service { return lhs.key.service < rhs.key.service }
            if lhs.key.level != rhs.key.level { return (lhs.key.level ?? .permissionsManagement) > (rhs.key.level ?? .permissionsManagement) }
            return lhs.key.resources.joined(separator: ",") < rhs.key.resources.joined(separator: ",")
        }
        return lines.map(\.line)
    }

    /// Sorted keys, pretty-printed: the same input gives the same bytes.
    public var json: String { ReportEncoder.encode(self) }

    /// True when every input could be read.
    public var isComplete: Bool { diagnostics.isEmpty }
}
