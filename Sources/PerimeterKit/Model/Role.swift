/// An execution role with everything that grants or limits its permissions.
public struct Role: Sendable {
    /// Stable id: the CloudFormation logical id, or `sls:<service>:provider` for the framework's default role.
    public var id: String
    public var name: String
    public var origin: Origin
    public var location: SourceLocation
    /// Inline statements from every source (sls statements, `Policies`, attached `AWS::IAM::Policy`, SAM templates).
    public var statements: [Statement]
    /// Managed policy ARNs or names as written.
    public var managedPolicies: [Value]
    public var permissionsBoundary: Value?
    /// The trust policy's statements.
    public var trustStatements: [Statement]
    /// True for an external role referenced by ARN or name only (its permissions are unknown).
    public var isExternal: Bool

    public init(id: String, name: String, origin: Origin, location: SourceLocation) {
        self.id = id
        self.name = name
        self.origin = origin
        self.location = location
        statements = []
        managedPolicies = []
        trustStatements = []
        isExternal = false
    }
}
