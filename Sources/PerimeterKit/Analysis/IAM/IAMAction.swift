/// One IAM action from the catalogue: `s3:GetObject`, its access level, the resource types it acts on and the
/// condition keys it supports.
public struct IAMAction: Sendable, Hashable {
    /// The service prefix, as AWS writes it (`s3`, `dynamodb`).
    public let service: String
    /// The action's name, as AWS writes it (`GetObject`).
    public let name: String
    public let accessLevel: AccessLevel
    /// The resource types it acts on; empty when it only acts on `*` (`s3:ListAllMyBuckets`).
    public let resourceTypes: [IAMResourceType]
    /// Every condition key the reference lists for it, over all its resource types.
    public let conditionKeys: [String]

    /// `service:Name`, as a policy writes it.
    public var fullName: String { "\(service):\(name)" }

    /// The resource types `arn` could be for this action (an ARN with IAM wildcards or `${...}` placeholders;
    /// `*` could be any of them). Empty when the action only acts on `*`, or when no type fits.
    public func resourceTypes(matching arn: String) -> [IAMResourceType] {
        resourceTypes.filter { $0.couldMatch(arn) }
    }
}
