/// A CloudFormation resource of the stack (also those sls `resources:` declares and SAM generates),
/// with its properties evaluated as far as inputs are known.
public struct CloudResource: Sendable {
    public var logicalID: String
    /// e.g. `AWS::S3::Bucket`.
    public var type: String
    public var properties: Value
    public var location: SourceLocation
    /// The `Properties` key (the resource key when there is none): where a missing property belongs.
    public var propertiesLocation: SourceLocation
    public var origin: Origin

    public init(logicalID: String, type: String, properties: Value, location: SourceLocation, propertiesLocation: SourceLocation? = nil, origin: Origin) {
        self.propertiesLocation = propertiesLocation ?? location
        self.logicalID = logicalID
        self.type = type
        self.properties = properties
        self.location = location
        self.origin = origin
    }

    public subscript(property: String) -> Value? { properties[property] }
}
