/// One loaded template file: a Serverless Framework service, a SAM or a CloudFormation template.
public struct Template: Sendable {
    public var file: String
    public var origin: Origin
    /// The service name (sls) or the file name (SAM/CFN).
    public var name: String
    public var location: SourceLocation
    /// Template parameters (CloudFormation `Parameters`, sls `params`).
    public var parameters: [Parameter]
    /// sls `package.individually` (nil when unset or not Serverless Framework).
    public var packageIndividually: Value?
    /// Every scalar of the template, with its key path, for rules that look anywhere (secrets).
    public var document: Value

    public init(file: String, origin: Origin, name: String, location: SourceLocation, parameters: [Parameter] = [], packageIndividually: Value? = nil, document: Value) {
        self.file = file
        self.origin = origin
        self.name = name
        self.location = location
        self.parameters = parameters
        self.packageIndividually = packageIndividually
        self.document = document
    }
}

/// A CloudFormation template parameter.
public struct Parameter: Sendable {
    public var name: String
    public var location: SourceLocation
    public var type: String?
    public var noEcho: Bool
    public var defaultValue: Value?

    public init(name: String, location: SourceLocation, type: String?, noEcho: Bool, defaultValue: Value?) {
        self.name = name
        self.location = location
        self.type = type
        self.noEcho = noEcho
        self.defaultValue = defaultValue
    }
}
