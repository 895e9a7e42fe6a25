/// The rules of this folder, in the order `perimeter rules` lists them.
enum APIGatewayRules {
    static let all: [any Rule.Type] = [
        APIRouteWithoutAuth.self,
        FunctionURLWithoutAuth.self,
        APICORSWildcard.self,
        APIWithoutThrottling.self,
        APIRequestNotValidated.self,
        APIWithoutAccessLogging.self,
        APIWithoutTracing.self,
        APIDomainOutdatedTLS.self,
    ]
}
