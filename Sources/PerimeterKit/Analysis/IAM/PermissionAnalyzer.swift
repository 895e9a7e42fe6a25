/// Computes every function's effective permissions from the model: inline statements from every source,
/// AWS managed policies by name (from `AWSManagedPolicies`), explicit Deny, NotAction/NotResource and the
/// permissions boundary. Roles shared by several functions are computed once.
public struct PermissionAnalyzer: Sendable {
    public var index: ActionIndex

    public init(index: ActionIndex = .shared) {
        self.index = index
    }

    public func permissions(of app: Application) -> [FunctionPermissions] {
        var stack = ResourcesByFile(app)
        var rolesByID: [String: Role] = [:]
        for role in app.roles where rolesByID[role.id] == nil { rolesByID[role.id] = role }
        var computed: [String: RolePermissions] = [:]

        return app.functions.map { function in
            guard let roleID = function.roleID, let role = rolesByID[roleID] else {
                return FunctionPermissions(functionName: function.name, functionLocation: function.location)
            }
            let grants = role.isExternal ? nil : computed[role.id] ?? rolePermissions(role, in: &stack)
            computed[role.id] = grants
            return Self.permissions(of: role, grants: grants, functionName: function.name, functionLocation: function.location)
        }
    }

    /// The effective permissions of every role of the stack that no function runs with.
    public func serviceRolePermissions(of app: Application) -> [FunctionPermissions] {
        let usedRoles = Set(app.functions.compactMap(\.roleID))
        var stack = ResourcesByFile(app)
        var seen = Set<String>()
        return app.roles.compactMap { role in
            guard !role.isExternal, !usedRoles.contains(role.id), seen.insert(role.id).inserted else { return nil }
            return Self.permissions(of: role, grants: rolePermissions(role, in: &stack), functionName: role.name, functionLocation: role.location)
        }
    }

    /// A role's grants as the permissions of whatever runs with it (nil grants: an external role, unseen).
    static func permissions(of role: Role, grants: RolePermissions?, functionName: String, functionLocation: SourceLocation) -> FunctionPermissions {
        var permissions = FunctionPermissions(functionName: functionName, functionLocation: functionLocation)
        permissions.roleID = role.id
        permissions.roleName = role.name
        permissions.roleLocation = role.location
        permissions.roleIsExternal = role.isExternal
        guard let grants else { return permissions }
        permissions.grants = grants.grants
        permissions.unknownActions = grants.unknownActions
        permissions.unknownManagedPolicies = grants.unknownManagedPolicies
        permissions.unknownBoundary = grants.unknownBoundary
        return permissions
    }

    func rolePermissions(_ role: Role, in stack: inout ResourcesByFile) -> RolePermissions {
        let file = role.location.file
        return rolePermissions(role, resolver: stack.resolver(for: file), resources: stack.resources(in: file))
    }

    struct RolePermissions {
        var grants: [PermissionGrant] = []
        var unknownActions: [Value] = []
        var unknownManagedPolicies: [Value] = []
        var unknownBoundary: Value?
    }

    func rolePermissions(_ role: Role, resolver: ResourceResolver, resources: [CloudResource]) -> RolePermissions {
        var result = RolePermissions()
        var denies: [Statement] = []
        for statement in role.statements {
            if statement.effect == .deny {
                denies.append(statement)
                continue
            }
            if let grant = grant(from: statement, resolver: resolver, unknown: &result.unknownActions) { result.grants.append(grant) }
        }
        for policy in role.managedPolicies {
            if let reference = policy.string, let managed = AWSManagedPolicies.grants(forPolicy: reference) {
                for entry in managed.grants {
                    var actions = entry.actions.isEmpty ? index.all : index.actions(matchingAny: entry.actions)
                    if !entry.notActions.isEmpty { actions.subtract(index.actions(matchingAny: entry.notActions)) }
                    result.grants.append(
                        PermissionGrant(
                            actions: actions, resources: entry.resources.map { ResourceReference(written: $0) }, excludesResources: false,
                            isConditional: false, location: policy.location, source: "AWS managed policy \(managed.name)"))
                }
            } else if let target = policy.symbol?.resource ?? policy.string, resources.contains(where: { $0.logicalID == target && $0.type == "AWS::IAM::ManagedPolicy" }) {
                // (The Serverless Framework loader leaves `!Ref Policy` as the plain logical id.)
                // A customer managed policy of the stack: the loader already added its statements to the role.
                continue
            } else {
                result.unknownManagedPolicies.append(policy)
            }
        }
        applyDenies(denies, to: &result.grants)
        applyBoundary(role.permissionsBoundary, resources: resources, to: &result)
        result.grants.removeAll { $0.actions.isEmpty }
        return result
    }

    /// Expands one Allow statement; unknown action patterns are collected, not dropped silently.
    func grant(from statement: Statement, resolver: ResourceResolver, unknown: inout [Value]) -> PermissionGrant? {
        var actions = index.empty
        for action in statement.actions {
            guard let pattern = action.string else { continue }
            let matched = index.actions(matching: pattern)
            if matched.isEmpty, !index.catalog.isEmpty { unknown.append(action) }
            actions.formUnion(matched)
        }
        if !statement.notActions.isEmpty {
            actions = index.all.subtracting(index.actions(matchingAny: statement.notActions.compactMap(\.string)))
        }
        let excludes = !statement.notResources.isEmpty
        let written = excludes ? statement.notResources : statement.resources
        return PermissionGrant(
            actions: actions, resources: written.map(resolver.resolve), excludesResources: excludes,
            isConditional: statement.condition != nil, location: statement.location, source: statement.source)
    }

    /// An unconditional Deny removes its actions from every grant whose resources it covers. Conditional
    /// denies are left out: whether they apply depends on the request.
    func applyDenies(_ denies: [Statement], to grants: inout [PermissionGrant]) {
        for deny in denies where deny.condition == nil {
            var denied = index.actions(matchingAny: deny.actions.compactMap(\.string))
            if !deny.notActions.isEmpty { denied = index.all.subtracting(index.actions(matchingAny: deny.notActions.compactMap(\.string))) }
            guard deny.notResources.isEmpty else { continue }
            let patterns = deny.resources.compactMap { $0.string ?? $0.symbol?.expression }
            let everywhere = patterns.contains { IAMPattern.isAnyResource($0) }
            for position in grants.indices {
                let grant = grants[position]
                let covered =
                    everywhere
                    || (!grant.excludesResources && !grant.resources.isEmpty
                        && grant.resources.allSatisfy { resource in patterns.contains { IAMPattern.matches($0, resource.written) } })
                if covered { grants[position].actions.subtract(denied) }
            }
        }
    }

    /// The boundary caps what any grant can give: an AWS managed policy from the table, or a managed
    /// policy of the stack. Any other boundary is reported as unknown and not applied.
    func applyBoundary(_ boundary: Value?, resources: [CloudResource], to result: inout RolePermissions) {
        guard let boundary else { return }
        var allowed: ActionSet?
        if let reference = boundary.string, let managed = AWSManagedPolicies.grants(forPolicy: reference) {
            allowed = managed.grants.reduce(into: index.empty) { set, entry in
                var actions = entry.actions.isEmpty ? index.all : index.actions(matchingAny: entry.actions)
                if !entry.notActions.isEmpty { actions.subtract(index.actions(matchingAny: entry.notActions)) }
                set.formUnion(actions)
            }
        } else if let target = boundary.symbol?.resource ?? boundary.string,
            let policy = resources.first(where: { $0.logicalID == target && $0.type == "AWS::IAM::ManagedPolicy" })
        {
            let statements = Statement.statements(inPolicyDocument: policy["PolicyDocument"], source: "boundary \(target)")
            var set = index.empty
            for statement in statements where statement.effect == .allow {
                var ignored: [Value] = []
                if let grant = grant(from: statement, resolver: ResourceResolver(resources: []), unknown: &ignored) { set.formUnion(grant.actions) }
            }
            allowed = set
        }
        guard let allowed else {
            result.unknownBoundary = boundary
            return
        }
        for position in result.grants.indices { result.grants[position].actions.formIntersection(allowed) }
    }
}
