/// An event source that invokes a function.
public struct Trigger: Sendable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case http, httpApi, websocket, alb, functionURL
        case s3, sqs, sns, stream, kinesis, dynamodb, kafka, mq
        case schedule, eventBridge, cloudWatchLog, cognitoUserPool, iot, alexa, other
    }

    public var kind: Kind
    public var location: SourceLocation
    /// HTTP method and path for API triggers.
    public var method: String?
    public var path: String?
    /// How callers authenticate (API triggers); nil for non-API triggers.
    public var authorization: Authorization?
    /// The id of the API in `Application.apis` the route belongs to.
    public var apiID: String?
    /// The event's own settings as written (`cors`, `request`, `batchSize`, `destinations`…).
    public var settings: Value?
    /// The source resource (bucket name, queue ARN, stream ARN…), when written.
    public var source: Value?

    public init(kind: Kind, location: SourceLocation, settings: Value? = nil) {
        self.kind = kind
        self.location = location
        self.settings = settings
    }

    /// Async invocation: Lambda retries and then drops the event unless a DLQ or destination is set.
    public var isAsynchronous: Bool {
        [.s3, .sns, .schedule, .eventBridge, .cloudWatchLog, .iot].contains(kind)
    }

    /// Poll-based: failures block the shard or go to the source's redrive/on-failure target.
    public var isStream: Bool {
        [.stream, .kinesis, .dynamodb, .kafka, .mq].contains(kind)
    }

    public var isUnauthenticatedHTTP: Bool {
        guard [.http, .httpApi, .websocket].contains(kind) else { return false }
        return authorization?.isNone ?? true
    }
}

/// How a route authenticates callers.
public struct Authorization: Sendable {
    public enum Kind: String, Sendable, Hashable {
        case none, iam, apiKey, lambdaAuthorizer, cognito, jwt, unknown
    }

    public var kind: Kind
    public var name: String?
    public var location: SourceLocation?

    public init(kind: Kind, name: String? = nil, location: SourceLocation? = nil) {
        self.kind = kind
        self.name = name
        self.location = location
    }

    public var isNone: Bool { kind == .none }
}
