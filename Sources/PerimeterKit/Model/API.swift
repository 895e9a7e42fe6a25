/// An API Gateway REST, HTTP or WebSocket API (explicit, or implicit from function events).
public struct API: Sendable {
    public enum Kind: String, Sendable { case rest, http, websocket }

    /// Stable id: logical id, or `sls:<service>:rest` / `sls:<service>:http` for the framework's APIs.
    public var id: String
    public var kind: Kind
    public var origin: Origin
    public var location: SourceLocation
    /// The resource's `Properties` key (SAM/CloudFormation), where a missing setting belongs; nil for
    /// Serverless Framework and implicit elements.
    public var propertiesLocation: SourceLocation?
    /// Where a finding about a missing setting lands: the `Properties` key when there is one (as KICS
    /// reports it), else the declaration.
    public var settingsLocation: SourceLocation { propertiesLocation ?? location }
    /// Access log settings as written (nil: none).
    public var accessLogging: Value?
    /// X-Ray tracing setting as written (REST APIs).
    public var tracing: Value?
    /// Stage/route throttling settings as written.
    public var throttling: Value?
    /// True when a usage plan covers the API.
    public var hasUsagePlan: Bool
    public var cors: Value?
    public var resourcePolicy: Value?
    public var endpointType: Value?
    /// The API's default authorizer, when set (SAM `Auth.DefaultAuthorizer`, HTTP API default).
    public var defaultAuthorization: Authorization?
    /// Request validators and models exist on the API (CloudFormation `RequestValidator`).
    public var requestValidators: [Value]
    /// Routes declared on the API itself (CloudFormation methods/routes); function routes are triggers.
    public var methods: [APIMethod]
    public var minimumTLSVersion: Value?
    /// Where a custom domain is declared on the API itself (SAM `Domain`), when it is.
    public var customDomainLocation: SourceLocation?

    public init(id: String, kind: Kind, origin: Origin, location: SourceLocation) {
        self.id = id
        self.kind = kind
        self.origin = origin
        self.location = location
        hasUsagePlan = false
        requestValidators = []
        methods = []
    }
}

/// A method/route declared as its own resource (`AWS::ApiGateway::Method`, `AWS::ApiGatewayV2::Route`).
public struct APIMethod: Sendable {
    public var logicalID: String
    public var httpMethod: String
    public var path: String?
    public var authorization: Authorization
    public var apiKeyRequired: Bool
    public var requestValidator: Value?
    public var requestModels: Value?
    public var location: SourceLocation
    /// The function the method integrates with, when it can be told.
    public var functionName: String?

    public init(
        logicalID: String, httpMethod: String, path: String?, authorization: Authorization, apiKeyRequired: Bool, requestValidator: Value?, requestModels: Value?,
        location: SourceLocation, functionName: String?
    ) {
        self.logicalID = logicalID
        self.httpMethod = httpMethod
        self.path = path
        self.authorization = authorization
        self.apiKeyRequired = apiKeyRequired
        self.requestValidator = requestValidator
        self.requestModels = requestModels
        self.location = location
        self.functionName = functionName
    }
}

/// A custom domain for an API.
public struct APIDomain: Sendable {
    public var logicalID: String
    public var securityPolicy: Value?
    public var location: SourceLocation

    public init(logicalID: String, securityPolicy: Value?, location: SourceLocation) {
        self.logicalID = logicalID
        self.securityPolicy = securityPolicy
        self.location = location
    }
}
