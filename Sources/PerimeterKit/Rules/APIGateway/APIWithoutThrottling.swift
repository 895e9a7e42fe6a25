/// A REST or HTTP API that takes as many requests as the account-wide limit lets through.
struct APIWithoutThrottling: Rule {
    static let description = RuleDescription(
        id: "api-without-throttling",
        title: "API without throttling or usage plan",
        severity: .medium,
        practice: .apiGateway,
        cwe: "CWE-770",
        owasp: "SAS-8: Denial of Service & Financial Resource Exhaustion",
        rationale: """
            Without stage or route throttling, an API accepts requests up to the account-wide API Gateway \
            limit (10,000 requests per second by default), shared with every other API of the account and \
            region. A flood, a retry storm or a scraper turns straight into Lambda invocations and into a bill \
            (denial of wallet), and exhausts the concurrency the other functions of the account need. A usage \
            plan with API keys throttles each caller separately.
            """,
        fix: """
            Set stage-wide throttling (SAM `MethodSettings` with `ThrottlingRateLimit`/`ThrottlingBurstLimit`, \
            HTTP API `DefaultRouteSettings`, CloudFormation `AWS::ApiGateway::Stage` `MethodSettings`), or \
            attach a usage plan (Serverless Framework `provider.apiGateway.usagePlan`, SAM `Auth.UsagePlan`, \
            `AWS::ApiGateway::UsagePlan`). Size the limits from expected peak traffic. For Serverless \
            Framework HTTP APIs, set `DefaultRouteSettings` on `HttpApiStage` under `resources.extensions`.
            """,
        fixBefore: """
            provider:
              name: aws
            """,
        fixAfter: """
            provider:
              name: aws
              apiGateway:
                usagePlan:
                  throttle:
                    burstLimit: 200
                    rateLimit: 100
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  apiGateway:
                    usagePlan:
                      quota:
                        limit: 5000
                        period: MONTH
                      throttle:
                        burstLimit: 200
                        rateLimit: 100
                functions:
                  createOrder:
                    handler: src/create.handler
                    events:
                      - http: POST /orders
                """),
            RuleExample(
                """
                service: reports
                provider:
                  name: aws
                  runtime: nodejs20.x
                  apiGateway:
                    apiKeys:
                      - reports-partner
                functions:
                  report:
                    handler: src/report.handler
                    events:
                      - http:
                          path: /report
                          method: get
                          private: true
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
                      MethodSettings:
                        - ResourcePath: '/*'
                          HttpMethod: '*'
                          ThrottlingRateLimit: 100
                          ThrottlingBurstLimit: 50
                  PartnerApi:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: prod
                      Auth:
                        ApiKeyRequired: true
                        UsagePlan:
                          CreateUsagePlan: PER_API
                          Throttle:
                            BurstLimit: 50
                            RateLimit: 100
                  OrdersHttpApi:
                    Type: AWS::Serverless::HttpApi
                    Properties:
                      DefaultRouteSettings:
                        ThrottlingBurstLimit: 50
                        ThrottlingRateLimit: 100
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
                      MethodSettings:
                        - ResourcePath: '/*'
                          HttpMethod: '*'
                          ThrottlingRateLimit: 100
                          ThrottlingBurstLimit: 50
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
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                ↓  OrdersApi:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: prod
                      MethodSettings:
                        - ResourcePath: '/*'
                          HttpMethod: '*'
                          LoggingLevel: INFO
                ↓  OrdersHttpApi:
                    Type: AWS::Serverless::HttpApi
                    Properties:
                      StageName: prod
                  ListOrdersFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.12
                      CodeUri: src/
                      Events:
                ↓        ListOrders:
                          Type: Api
                          Properties:
                            Path: /orders
                            Method: get
                """, file: "template.yaml"),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                ↓  OrdersApi:
                    Type: AWS::ApiGateway::RestApi
                    Properties:
                      Name: orders
                  OrdersStage:
                    Type: AWS::ApiGateway::Stage
                    Properties:
                      RestApiId: !Ref OrdersApi
                      StageName: prod
                      DeploymentId: !Ref OrdersDeployment
                  OrdersDeployment:
                    Type: AWS::ApiGateway::Deployment
                    Properties:
                      RestApiId: !Ref OrdersApi
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        let open = app.apis.filter { $0.kind != .websocket && !$0.hasUsagePlan && !Self.isThrottled($0.throttling) }
        return LocatedGroups.grouped(open.map { ($0.location, $0) }).map { place in
            finding(
                "\(LocatedGroups.list(place.items.map(\.label))) \(place.items.count > 1 ? "have" : "has") no throttling and no usage plan: every request up to the account-wide limit becomes a billed invocation",
                at: place.location, subject: place.items.first?.subject ?? "")
        }
    }

    /// True when the settings as written set a rate or burst limit somewhere (a stage, a route, a plan).
    static func isThrottled(_ settings: Value?) -> Bool {
        guard let settings else { return false }
        switch settings.content {
        case .string: return settings.bool != false
        case .symbolic: return true
        case .null: return false
        case .mapping, .sequence: break
        }
        var found = false
        settings.walk { path, value, _ in
            guard let key = path.last?.lowercased(), !value.isNull else { return }
            if key.contains("throttl") || key.hasSuffix("ratelimit") || key.hasSuffix("burstlimit") { found = true }
        }
        return found
    }
}
