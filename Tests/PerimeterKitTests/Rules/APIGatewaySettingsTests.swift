import Testing

@testable import PerimeterKit

/// How the API gateway rules read CORS and on/off settings in their several dialects.
struct APIGatewaySettingsTests {
    func value(_ yaml: String) throws -> Value {
        let document = try #require(try DocumentParser(limits: ParseLimits()).parse(yaml, file: "t.yml").first)
        return try #require(document["setting"])
    }

    @Test("CORS origins: wildcard found where written, defaults per front end")
    func corsOrigins() throws {
        #expect(CORSSetting.wildcardOrigin(in: try value("setting: true"), defaultsToAnyOrigin: false)?.line == 1)
        #expect(CORSSetting.wildcardOrigin(in: try value("setting: false"), defaultsToAnyOrigin: true) == nil)
        #expect(CORSSetting.wildcardOrigin(in: try value("setting: \"'*'\""), defaultsToAnyOrigin: false)?.line == 1)
        #expect(CORSSetting.wildcardOrigin(in: try value("setting: \"'https://a.example'\""), defaultsToAnyOrigin: false) == nil)
        let list = try value("setting:\n  allowedOrigins:\n    - https://a.example\n    - '*'\n")
        #expect(CORSSetting.wildcardOrigin(in: list, defaultsToAnyOrigin: false)?.line == 4)
        let noOrigin = try value("setting:\n  headers:\n    - Content-Type\n")
        #expect(CORSSetting.wildcardOrigin(in: noOrigin, defaultsToAnyOrigin: true)?.line == 2)
        #expect(CORSSetting.wildcardOrigin(in: noOrigin, defaultsToAnyOrigin: false) == nil)
        let restricted = try value("setting:\n  AllowOrigins: [https://a.example]\n")
        #expect(CORSSetting.wildcardOrigin(in: restricted, defaultsToAnyOrigin: true) == nil)
    }

    @Test("on/off settings: booleans, switch keys, presence, parameters")
    func featureSettings() throws {
        #expect(FeatureSetting.state(of: nil) == .missing)
        #expect(FeatureSetting.state(of: try value("setting: true")) == .enabled)
        #expect(FeatureSetting.state(of: try value("setting: false")) == .disabled(at: SourceLocation(file: "t.yml", line: 1, column: 10)))
        let switchedOff = try value("setting:\n  format: x\n  accessLogging: false\n")
        guard case .disabled(let location) = FeatureSetting.state(of: switchedOff, switchKeys: ["accessLogging"]) else {
            Issue.record("a settings mapping with accessLogging: false is off")
            return
        }
        #expect(location.line == 3)
        #expect(FeatureSetting.state(of: try value("setting:\n  DestinationArn: arn\n"), switchKeys: ["accessLogging"]) == .enabled)
        #expect(FeatureSetting.state(of: try value("setting: !Ref Tracing")) == .enabled)
    }

    @Test("throttling counts only rate and burst limits")
    func throttling() throws {
        #expect(APIWithoutThrottling.isThrottled(try value("setting:\n  ThrottlingRateLimit: 10\n")))
        #expect(APIWithoutThrottling.isThrottled(try value("setting:\n  throttle:\n    burstLimit: 5\n")))
        #expect(!APIWithoutThrottling.isThrottled(try value("setting:\n  - LoggingLevel: INFO\n")))
        #expect(!APIWithoutThrottling.isThrottled(nil))
    }

    @Test("methods: preflight, body-carrying, ANY")
    func methods() {
        #expect(RouteMethod("options").isPreflight)
        #expect(RouteMethod("post").carriesBody && RouteMethod("ANY").carriesBody && RouteMethod("*").carriesBody)
        #expect(!RouteMethod("GET").carriesBody && !RouteMethod("delete").carriesBody)
        #expect(RouteMethod(nil).isAny)
    }

    @Test("a CloudFormation method is named by its path: the root, or its resources' path parts")
    func methodPaths() throws {
        let app = try TemporaryApp(files: [
            (
                "template.yaml",
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  OrdersApi:
                    Type: AWS::ApiGateway::RestApi
                  Orders:
                    Type: AWS::ApiGateway::Resource
                    Properties:
                      RestApiId: !Ref OrdersApi
                      ParentId: !GetAtt OrdersApi.RootResourceId
                      PathPart: orders
                  Order:
                    Type: AWS::ApiGateway::Resource
                    Properties:
                      RestApiId: !Ref OrdersApi
                      ParentId: !Ref Orders
                      PathPart: '{id}'
                  RootGet:
                    Type: AWS::ApiGateway::Method
                    Properties:
                      RestApiId: !Ref OrdersApi
                      ResourceId: !GetAtt OrdersApi.RootResourceId
                      HttpMethod: GET
                      AuthorizationType: NONE
                  OrderDelete:
                    Type: AWS::ApiGateway::Method
                    Properties:
                      RestApiId: !Ref OrdersApi
                      ResourceId: !Ref Order
                      HttpMethod: DELETE
                      AuthorizationType: NONE
                """
            )
        ])
        defer { app.remove() }
        let findings = app.scan(rules: [APIRouteWithoutAuth.self]).findings
        #expect(findings.map(\.location.line) == [17, 24])
        #expect(findings.first?.message.hasPrefix("RootGet (GET /) has authorization NONE") == true)
        #expect(findings.last?.message.hasPrefix("OrderDelete (DELETE /orders/{id}) has authorization NONE") == true)
    }
}
