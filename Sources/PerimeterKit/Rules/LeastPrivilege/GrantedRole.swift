/// A role of the application with its effective grants (from `Application.permissions`) and the functions
/// that run with it: the effective-permission rules report a grant once, however many functions share it.
struct GrantedRole: Sendable {
    var role: Role
    /// The effective permissions of the first function on the role (every function on it has the same).
    var permissions: FunctionPermissions
    var functionNames: [String]

    var holder: PolicyHolder { PolicyHolder(role: role, functionNames: functionNames) }

    /// Every role with at least one function whose permissions were analysed, in the order of their
    /// first function, then the stack's service roles that no function runs with; external roles (whose
    /// permissions cannot be seen) are left out.
    static func all(in app: Application) -> [GrantedRole] {
        var rolesByID: [String: Role] = [:]
        for role in app.roles where rolesByID[role.id] == nil { rolesByID[role.id] = role }
        var order: [String] = []
        var groups: [String: GrantedRole] = [:]
        for permissions in app.permissions {
            guard let roleID = permissions.roleID, !permissions.roleIsExternal, let role = rolesByID[roleID] else { continue }
            if groups[roleID] == nil {
                order.append(roleID)
                groups[roleID] = GrantedRole(role: role, permissions: permissions, functionNames: [])
            }
            groups[roleID]?.functionNames.append(permissions.functionName)
        }
        let functionRoles = order.compactMap { groups[$0] }
        let serviceRoles = app.serviceRolePermissions.compactMap { permissions -> GrantedRole? in
            guard let roleID = permissions.roleID, let role = rolesByID[roleID] else { return nil }
            return GrantedRole(role: role, permissions: permissions, functionNames: [])
        }
        return functionRoles + serviceRoles
    }
}
