/// What one Allow statement gives a function once wildcards are expanded, NotAction/NotResource read,
/// and explicit Deny and the permissions boundary applied.
public struct PermissionGrant: Sendable {
    public var actions: ActionSet
    /// The resources the grant covers; with `excludesResources`, the ones it does NOT cover (NotResource).
    public var resources: [ResourceReference]
    public var excludesResources: Bool
    /// The statement has a Condition, so the grant may be narrower than it reads.
    public var isConditional: Bool
    /// Where the grant is written, and where from (`provider.iam.role.statements`, `managed policy AdministratorAccess`).
    public var location: SourceLocation
    public var source: String

    public init(actions: ActionSet, resources: [ResourceReference], excludesResources: Bool, isConditional: Bool, location: SourceLocation, source: String) {
        self.actions = actions
        self.resources = resources
        self.excludesResources = excludesResources
        self.isConditional = isConditional
        self.location = location
        self.source = source
    }

    /// The grant reaches every resource: `*`, or NotResource.
    public var coversAnyResource: Bool {
        excludesResources || resources.contains { $0.isAnyResource }
    }
}
