/// A Lambda function, whatever template declared it.
public struct Function: Sendable {
    /// The sls function key, or the CloudFormation logical id.
    public var name: String
    public var origin: Origin
    /// Where the function is declared (its key).
    public var location: SourceLocation
    /// The resource's `Properties` key (SAM/CloudFormation), where a missing setting belongs; nil for
    /// Serverless Framework and implicit elements.
    public var propertiesLocation: SourceLocation?
    /// Where a finding about a missing setting lands: the `Properties` key when there is one (as KICS
    /// reports it), else the declaration.
    public var settingsLocation: SourceLocation { propertiesLocation ?? location }
    public var runtime: Value?
    public var handler: Value?
    /// Folder of the function's code relative to the scan root, when known (`CodeUri`, sls service folder).
    public var codePath: String?
    public var inlineCode: Value?
    /// The id of the function's role in `Application.roles`, when the role is known.
    public var roleID: String?
    /// How the role was written (an ARN, `!GetAtt Role.Arn`, nothing for the provider default…).
    public var roleReference: Value?
    public var environment: [EnvironmentVariable]
    public var kmsKeyArn: Value?
    public var timeout: Value?
    public var memorySize: Value?
    public var reservedConcurrency: Value?
    /// `Active`, `PassThrough`, `true`… as written (merged from provider/Globals).
    public var tracing: Value?
    public var logRetentionInDays: Value?
    /// Dead-letter queue/topic target.
    public var deadLetter: Value?
    /// On-failure destination for async invocations (`destinations.onFailure`, `EventInvokeConfig`).
    public var onFailureDestination: Value?
    public var tags: [ResourceTag]
    public var vpc: Value?
    public var layers: [Value]
    public var triggers: [Trigger]
    public var url: FunctionURL?
    /// Resource-policy grants to invoke the function (`AWS::Lambda::Permission`).
    public var invokePermissions: [InvokePermission]

    public init(name: String, origin: Origin, location: SourceLocation) {
        self.name = name
        self.origin = origin
        self.location = location
        environment = []
        tags = []
        layers = []
        triggers = []
        invokePermissions = []
    }

}

/// An environment variable as written.
public struct EnvironmentVariable: Sendable {
    public var name: String
    public var nameLocation: SourceLocation
    public var value: Value

    public init(name: String, nameLocation: SourceLocation, value: Value) {
        self.name = name
        self.nameLocation = nameLocation
        self.value = value
    }
}

/// A resource or function tag.
public struct ResourceTag: Sendable {
    public var key: String
    public var value: Value

    public init(key: String, value: Value) {
        self.key = key
        self.value = value
    }
}

/// A Lambda function URL.
public struct FunctionURL: Sendable {
    /// `NONE` or `AWS_IAM`; sls `url: true` means NONE.
    public var authType: Value?
    public var cors: Value?
    public var location: SourceLocation

    public init(authType: Value?, cors: Value?, location: SourceLocation) {
        self.authType = authType
        self.cors = cors
        self.location = location
    }

    public var isUnauthenticated: Bool {
        guard let authType = authType?.string else { return authType == nil }
        return authType.uppercased() == "NONE"
    }
}

/// A grant on the function's resource policy.
public struct InvokePermission: Sendable {
    public var principal: Value?
    public var sourceArn: Value?
    public var sourceAccount: Value?
    public var functionURLAuthType: Value?
    public var principalOrgID: Value?
    public var location: SourceLocation
    public var logicalID: String

    public init(
        principal: Value?, sourceArn: Value?, sourceAccount: Value?, functionURLAuthType: Value?, principalOrgID: Value? = nil, location: SourceLocation,
        logicalID: String
    ) {
        self.principal = principal
        self.sourceArn = sourceArn
        self.sourceAccount = sourceAccount
        self.functionURLAuthType = functionURLAuthType
        self.principalOrgID = principalOrgID
        self.location = location
        self.logicalID = logicalID
    }

    /// The grant an `AWS::Lambda::Permission` resource makes.
    public init(resource: CloudResource) {
        self.init(
            principal: resource["Principal"], sourceArn: resource["SourceArn"], sourceAccount: resource["SourceAccount"],
            functionURLAuthType: resource["FunctionUrlAuthType"], principalOrgID: resource["PrincipalOrgID"], location: resource.location,
            logicalID: resource.logicalID)
    }

    /// IAM auth on the function URL, or an organisation condition, still applies to whoever the principal names.
    public var isScopedByAuthOrOrganisation: Bool {
        functionURLAuthType?.string?.uppercased() == "AWS_IAM" || principalOrgID != nil
    }

    /// Principal `*`.
    public var isPublic: Bool {
        guard let principal = principal?.string else { return false }
        if principal == "*" { return true }
        return false
    }

    /// Principal `*` with nothing narrowing it: no IAM auth on the function URL, no organisation, and no
    /// `SourceArn` or `SourceAccount` (with either, only calls a service makes on behalf of that source match).
    public var admitsAnyCaller: Bool {
        isPublic && !isScopedByAuthOrOrganisation && sourceArn == nil && sourceAccount == nil
    }

    public var isUnscopedServiceGrant: Bool {
        guard let principal = principal?.string, principal.hasSuffix(".amazonaws.com") else { return false }
        return sourceArn == nil && sourceAccount == nil
    }
}
