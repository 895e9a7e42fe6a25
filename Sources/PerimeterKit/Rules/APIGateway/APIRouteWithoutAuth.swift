/// An API route anyone on the internet can call: no authorizer, no API key, no IAM auth.
struct APIRouteWithoutAuth: Rule {
    static let description = RuleDescription(
        id: "api-route-without-auth",
        title: "API route without authorization",
        severity: .high,
        practice: .apiGateway,
        cwe: "CWE-306",
        owasp: "SAS-2: Broken Authentication",
        rationale: """
            The API gateway is the function's front door: it can reject callers before a single line of the \
            function runs and before a cent is billed. A route with authorization `NONE` hands every request \
            from the internet to the function, which must then authenticate it itself (and usually does not), \
            and lets anyone drive its invocations and costs. CORS preflight (`OPTIONS`) routes are exempt: \
            browsers send them without credentials. WebSocket APIs authorize only on `$connect`, so only that \
            route is checked.
            """,
        fix: """
            Put an authorizer on the route (Cognito, JWT, a Lambda authorizer), or require IAM signatures \
            (`aws_iam`, `AWS_IAM`) for service-to-service calls. For routes that must stay public, require an \
            API key with a usage plan (`private: true`, `ApiKeyRequired: true`) so callers can be throttled \
            and revoked, and mark the decision with `# perimeter:ignore api-route-without-auth <reason>`.
            """,
        fixBefore: """
            functions:
              createOrder:
                handler: src/create.handler
                events:
                  - http: POST /orders
            """,
        fixAfter: """
            functions:
              createOrder:
                handler: src/create.handler
                events:
                  - http:
                      path: /orders
                      method: post
                      authorizer:
                        type: COGNITO_USER_POOLS
                        arn: arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_abc
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  httpApi:
                    authorizers:
                      ordersAuthorizer:
                        type: jwt
                        identitySource: $request.header.Authorization
                        issuerUrl: https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc
                        audience:
                          - orders-client
                functions:
                  createOrder:
                    handler: src/create.handler
                    events:
                      - http:
                          path: /orders
                          method: post
                          authorizer: aws_iam
                      - http:
                          path: /orders
                          method: options
                      - http:
                          path: /orders/{id}
                          method: get
                          private: true
                  listOrders:
                    handler: src/list.handler
                    events:
                      - httpApi:
                          method: GET
                          path: /orders
                          authorizer:
                            name: ordersAuthorizer
                  connect:
                    handler: src/connect.handler
                    events:
                      - websocket:
                          route: $connect
                          authorizer: wsAuthorizer
                      - websocket: $default
                  wsAuthorizer:
                    handler: src/authorizer.handler
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
                      Auth:
                        DefaultAuthorizer: OrdersCognito
                        Authorizers:
                          OrdersCognito:
                            UserPoolArn: arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_abc
                  CreateOrderFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.12
                      CodeUri: src/
                      Events:
                        CreateOrder:
                          Type: Api
                          Properties:
                            RestApiId: !Ref OrdersApi
                            Path: /orders
                            Method: post
                  ReportFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.12
                      CodeUri: src/
                      Events:
                        GetReport:
                          Type: Api
                          Properties:
                            Path: /report
                            Method: get
                            Auth:
                              ApiKeyRequired: true
                """, file: "template.yaml"),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  OrdersApi:
                    Type: AWS::ApiGateway::RestApi
                    Properties:
                      Name: orders
                  OrdersResource:
                    Type: AWS::ApiGateway::Resource
                    Properties:
                      RestApiId: !Ref OrdersApi
                      ParentId: !GetAtt OrdersApi.RootResourceId
                      PathPart: orders
                  PostOrderMethod:
                    Type: AWS::ApiGateway::Method
                    Properties:
                      RestApiId: !Ref OrdersApi
                      ResourceId: !Ref OrdersResource
                      HttpMethod: POST
                      AuthorizationType: AWS_IAM
                  GetOrdersMethod:
                    Type: AWS::ApiGateway::Method
                    Properties:
                      RestApiId: !Ref OrdersApi
                      ResourceId: !Ref OrdersResource
                      HttpMethod: GET
                      AuthorizationType: NONE
                      ApiKeyRequired: true
                  OrdersPreflight:
                    Type: AWS::ApiGateway::Method
                    Properties:
                      RestApiId: !Ref OrdersApi
                      ResourceId: !Ref OrdersResource
                      HttpMethod: OPTIONS
                      AuthorizationType: NONE
                """, file: "template.yaml"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                functions:
                  createOrder:
                    handler: src/create.handler
                    events:
                ↓      - http: POST /orders
                ↓      - http:
                          path: /orders/{id}
                          method: delete
                  listOrders:
                    handler: src/list.handler
                    events:
                ↓      - httpApi:
                          method: GET
                          path: /orders
                ↓      - httpApi: 'PATCH /orders/{id}'
                  connect:
                    handler: src/connect.handler
                    events:
                ↓      - websocket: $connect
                      - websocket: $default
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  CreateOrderFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.12
                      CodeUri: src/
                      Events:
                ↓        CreateOrder:
                          Type: Api
                          Properties:
                            Path: /orders
                            Method: post
                ↓        ListOrders:
                          Type: HttpApi
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
                  OrdersResource:
                    Type: AWS::ApiGateway::Resource
                    Properties:
                      RestApiId: !Ref OrdersApi
                      ParentId: !GetAtt OrdersApi.RootResourceId
                      PathPart: orders
                ↓  PostOrderMethod:
                    Type: AWS::ApiGateway::Method
                    Properties:
                      RestApiId: !Ref OrdersApi
                      ResourceId: !Ref OrdersResource
                      HttpMethod: POST
                      AuthorizationType: NONE
                  OrdersHttpApi:
                    Type: AWS::ApiGatewayV2::Api
                    Properties:
                      Name: orders-http
                      ProtocolType: HTTP
                ↓  ListOrdersRoute:
                    Type: AWS::ApiGatewayV2::Route
                    Properties:
                      ApiId: !Ref OrdersHttpApi
                      RouteKey: GET /orders
                """, file: "template.yaml"),
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs22.x
                functions:
                  listOrders:
                    handler: list.handler
                    events:
                      - http:
                          path: orders
                          method: get
                          authorizer: aws_iam
                resources:
                  Resources:
                    PublishResource:
                      Type: AWS::ApiGateway::Resource
                      Properties:
                        RestApiId: { Ref: ApiGatewayRestApi }
                        ParentId: !GetAtt ApiGatewayRestApi.RootResourceId
                        PathPart: publish
                ↓    PublishMethod:
                      Type: AWS::ApiGateway::Method
                      Properties:
                        RestApiId: { Ref: ApiGatewayRestApi }
                        ResourceId: !Ref PublishResource
                        HttpMethod: POST
                        AuthorizationType: NONE
                """),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        var findings: [Finding] = []
        for function in app.functions {
            for trigger in function.triggers where OpenEntryPoints.isOpen(trigger, api: app.api(id: trigger.apiID)) {
                findings.append(
                    finding(
                        "\(trigger.routeDescription) has no authorizer, API key or IAM auth: anyone on the internet can invoke \(function.name)",
                        at: trigger.location, subject: "function:\(function.name)"))
            }
        }
        for api in app.apis {
            for method in api.methods where isOpen(method, in: api) {
                let route = [method.httpMethod, method.path].compactMap { $0 }.joined(separator: " ")
                findings.append(
                    finding(
                        "\(method.logicalID) (\(route)) has authorization NONE and requires no API key: anyone on the internet can call it",
                        at: method.location, subject: "resource:\(method.logicalID)"))
            }
        }
        return findings
    }

    private func isOpen(_ method: APIMethod, in api: API) -> Bool {
        guard method.authorization.isNone, !method.apiKeyRequired else { return false }
        if api.kind == .websocket { return [method.httpMethod, method.path].contains("$connect") }
        return !RouteMethod(method.httpMethod).isPreflight
    }
}
