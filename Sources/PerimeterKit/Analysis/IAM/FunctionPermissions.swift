/// A function's effective permissions: every grant of its role from every source, after explicit Deny
/// and the permissions boundary.
public struct FunctionPermissions: Sendable {
    public var functionName: String
    public var functionLocation: SourceLocation
    public var roleID: String?
    public var roleName: String?
    public var roleLocation: SourceLocation?
    /// The role is referenced by ARN or name only: its permissions cannot be seen.
    public var roleIsExternal: Bool
    public var grants: [PermissionGrant]
    /// Action patterns that name no action in the catalogue (typos grant nothing and hide intent).
    public var unknownActions: [Value]
    /// Managed policies Perimeter does not know the contents of.
    public var unknownManagedPolicies: [Value]
    /// A permissions boundary that could not be read (its limits are not applied).
    public var unknownBoundary: Value?

    public init(functionName: String, functionLocation: SourceLocation) {
        self.functionName = functionName
        self.functionLocation = functionLocation
        roleIsExternal = false
        grants = []
        unknownActions = []
        unknownManagedPolicies = []
    }

    /// Every action allowed on some resource.
    public func allowedActions(in index: ActionIndex) -> ActionSet {
        grants.reduce(into: index.empty) { $0.formUnion($1.actions) }
    }

    /// The grants that allow any of `actions`.
    public func grants(allowingAny actions: ActionSet) -> [PermissionGrant] {
        grants.filter { $0.actions.intersects(actions) }
    }
}
