/// An API whose stage writes no access log: no record of who called what.
struct APIWithoutAccessLogging: Rule {
    static let description = RuleDescription(
        id: "api-without-access-logging",
        title: "API without access logging",
        severity: .medium,
        practice: .apiGateway,
        cwe: "CWE-778",
        owasp: "SAS-5: Inadequate Function Monitoring and Logging",
        rationale: """
            The API gateway is the one place that sees every request, including those rejected before any \
            function runs: by an authorizer, a validator, throttling. Without access logs there is no record \
            of who called which route from where, so probing, credential stuffing and abuse go unseen and an \
            incident cannot be reconstructed. Function logs do not replace them: they miss every request the \
            gateway turned away.
            """,
        fix: """
            Turn on access logging: Serverless Framework `provider.logs.restApi`, `logs.httpApi`, \
            `logs.websocket` (`true` or a settings mapping); SAM `AccessLogSetting` (REST) or \
            `AccessLogSettings` (HTTP); CloudFormation `AccessLogSetting` on `AWS::ApiGateway::Stage`, \
            `AccessLogSettings` on `AWS::ApiGatewayV2::Stage`. Include the caller's IP, identity, route and \
            status in the format.
            """,
        fixBefore: """
            provider:
              name: aws
            """,
        fixAfter: """
            provider:
              name: aws
              logs:
                restApi: true
                httpApi: true
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  logs:
                    restApi: true
                    httpApi:
                      format: '{ "requestId":"$context.requestId", "ip":"$context.identity.sourceIp" }'
                    websocket:
                      accessLogging: true
                functions:
                  createOrder:
                    handler: src/create.handler
                    events:
                      - http: POST /orders
                      - httpApi: GET /orders
                      - websocket: $default
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  OrdersApi:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: prod
                      AccessLogSetting:
                        DestinationArn: arn:aws:logs:eu-west-1:123456789012:log-group:orders-access
                        Format: '$context.requestId $context.identity.sourceIp $context.routeKey $context.status'
                  OrdersHttpApi:
                    Type: AWS::Serverless::HttpApi
                    Properties:
                      AccessLogSettings:
                        DestinationArn: arn:aws:logs:eu-west-1:123456789012:log-group:orders-http-access
                        Format: '$context.requestId $context.identity.sourceIp $context.routeKey $context.status'
                """, file: "template.yaml"),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  OrdersApi:
                    Type: AWS::ApiGateway::RestApi
                    Properties:
                      Name: orders
                  OrdersStage:
                    Type: AWS::ApiGateway::Stage
                    Properties:
                      RestApiId: !Ref OrdersApi
                      StageName: prod
                      DeploymentId: !Ref OrdersDeployment
                      AccessLogSetting:
                        DestinationArn: arn:aws:logs:eu-west-1:123456789012:log-group:orders-access
                        Format: '$context.requestId $context.identity.sourceIp'
                  OrdersDeployment:
                    Type: AWS::ApiGateway::Deployment
                    Properties:
                      RestApiId: !Ref OrdersApi
                """, file: "template.yaml"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                service: orders
                ↓provider:
                  name: aws
                  runtime: nodejs20.x
                functions:
                  createOrder:
                    handler: src/create.handler
                    events:
                      - http: POST /orders
                      - httpApi: GET /orders
                """),
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  logs:
                    restApi:
                ↓      accessLogging: false
                      executionLogging: true
                ↓    httpApi: false
                functions:
                  createOrder:
                    handler: src/create.handler
                    events:
                      - http: POST /orders
                      - httpApi: GET /orders
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  OrdersApi:
                    Type: AWS::Serverless::Api
                ↓    Properties:
                      StageName: prod
                      TracingEnabled: true
                  OrdersHttpApi:
                    Type: AWS::Serverless::HttpApi
                ↓    Properties:
                      StageName: prod
                """, file: "template.yaml"),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  OrdersApi:
                    Type: AWS::ApiGateway::RestApi
                ↓    Properties:
                      Name: orders
                  OrdersStage:
                    Type: AWS::ApiGateway::Stage
                    Properties:
                      RestApiId: !Ref OrdersApi
                      StageName: prod
                      DeploymentId: !Ref OrdersDeployment
                      TracingEnabled: true
                  OrdersDeployment:
                    Type: AWS::ApiGateway::Deployment
                    Properties:
                      RestApiId: !Ref OrdersApi
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        var places: [(location: SourceLocation, item: (api: API, turnedOff: Bool))] = []
        for api in app.apis {
            switch FeatureSetting.state(of: api.accessLogging, switchKeys: ["accessLogging"]) {
            case .enabled: continue
            case .missing: places.append((api.settingsLocation, (api, false)))
            case .disabled(let location): places.append((location, (api, true)))
            }
        }
        return LocatedGroups.grouped(places).map { place in
            let names = LocatedGroups.list(place.items.map(\.api.label))
            let plural = place.items.count > 1
            let how =
                place.items.contains { $0.turnedOff }
                ? (plural ? "turn access logging off" : "turns access logging off")
                : (plural ? "write no access log" : "writes no access log")
            return finding(
                "\(names) \(how): requests, including those the gateway rejects, leave no trace",
                at: place.location, subject: place.items.first?.api.subject ?? "")
        }
    }
}
