/// A REST API stage without X-Ray tracing.
struct APIWithoutTracing: Rule {
    static let description = RuleDescription(
        id: "api-without-tracing",
        title: "REST API without X-Ray tracing",
        severity: .low,
        practice: .apiGateway,
        cwe: "CWE-778",
        owasp: "SAS-5: Inadequate Function Monitoring and Logging",
        rationale: """
            X-Ray traces follow a request from the gateway through the authorizer, the function and the \
            services it calls. Without tracing on the stage, a trace starts only at the function: the time \
            and the failures spent in the gateway (authorizers, integration timeouts, throttling) are \
            invisible, and a slow or abused route is hard to find. Only REST APIs support X-Ray; HTTP and \
            WebSocket APIs are not checked.
            """,
        fix: """
            Turn tracing on for the stage: Serverless Framework `provider.tracing.apiGateway: true`, SAM \
            `TracingEnabled: true` on the API or in `Globals.Api`, CloudFormation `TracingEnabled: true` on \
            `AWS::ApiGateway::Stage`.
            """,
        fixBefore: """
            provider:
              name: aws
            """,
        fixAfter: """
            provider:
              name: aws
              tracing:
                apiGateway: true
                lambda: true
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  tracing:
                    apiGateway: true
                functions:
                  createOrder:
                    handler: src/create.handler
                    events:
                      - http: POST /orders
                """),
            RuleExample(
                """
                service: carts
                provider:
                  name: aws
                  runtime: nodejs20.x
                functions:
                  addToCart:
                    handler: src/cart.handler
                    events:
                      - httpApi: POST /carts
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Api:
                    TracingEnabled: true
                Resources:
                  OrdersApi:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: prod
                  OrdersHttpApi:
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
                        ListOrders:
                          Type: Api
                          Properties:
                            Path: /orders
                            Method: get
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
                      TracingEnabled: true
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
                  tracing:
                    lambda: true
                functions:
                  createOrder:
                    handler: src/create.handler
                    events:
                      - http: POST /orders
                """),
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  tracing:
                ↓    apiGateway: false
                functions:
                  createOrder:
                    handler: src/create.handler
                    events:
                      - http: POST /orders
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
                  AdminApi:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: prod
                ↓      TracingEnabled: false
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
                  OrdersDeployment:
                    Type: AWS::ApiGateway::Deployment
                    Properties:
                      RestApiId: !Ref OrdersApi
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        var places: [(location: SourceLocation, item: API)] = []
        for api in app.apis where api.kind == .rest {
            // sls `provider.tracing` holds both switches; only `apiGateway` concerns the API.
            let setting = api.tracing?.isMapping == true ? api.tracing?["apiGateway"] : api.tracing
            switch FeatureSetting.state(of: setting) {
            case .enabled: continue
            case .missing: places.append((api.settingsLocation, api))
            case .disabled(let location): places.append((location, api))
            }
        }
        return LocatedGroups.grouped(places).map { place in
            finding(
                "\(LocatedGroups.list(place.items.map(\.label))) \(place.items.count > 1 ? "have" : "has") no X-Ray tracing: traces start at the function and miss the gateway",
                at: place.location, subject: place.items.first?.subject ?? "")
        }
    }
}
