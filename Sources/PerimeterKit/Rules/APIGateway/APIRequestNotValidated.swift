/// A REST route that accepts a request body and hands it to the function unchecked.
struct APIRequestNotValidated: Rule {
    static let description = RuleDescription(
        id: "api-request-not-validated",
        title: "Request body not validated by API Gateway",
        severity: .medium,
        practice: .apiGateway,
        cwe: "CWE-20",
        owasp: "SAS-1: Function Event-Data Injection",
        rationale: """
            REST APIs can check a request body against a JSON schema before the function runs, and reject \
            malformed or oversized input with a 400 that costs no invocation. Without a validator, every \
            `POST`, `PUT`, `PATCH` (and `ANY`) body reaches the function as is, and the function's own parsing \
            is the only defence against injected fields, wrong types and payloads built to break it. A SAM \
            `RequestModel` without `ValidateBody: true` only documents the model; nothing enforces it. HTTP \
            APIs have no request validation, so only REST APIs are checked.
            """,
        fix: """
            Declare a schema for the body: Serverless Framework `request.schemas` on the http event, SAM \
            `RequestModel` with `ValidateBody: true`, CloudFormation `RequestValidatorId` with \
            `ValidateRequestBody: true` and `RequestModels` on the method. Keep validating in the function \
            too: the schema is a first filter, not the only one.
            """,
        fixBefore: """
            - http:
                path: /orders
                method: post
            """,
        fixAfter: """
            - http:
                path: /orders
                method: post
                request:
                  schemas:
                    application/json:
                      type: object
                      required: [sku, quantity]
                      additionalProperties: false
                      properties:
                        sku: { type: string, maxLength: 32 }
                        quantity: { type: integer, minimum: 1 }
            """,
        nonTriggeringExamples: [
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
                      - http:
                          path: /orders
                          method: post
                          request:
                            schemas:
                              application/json:
                                type: object
                                required: [sku]
                                properties:
                                  sku:
                                    type: string
                      - http:
                          path: /orders/{id}
                          method: put
                          request:
                            schema:
                              application/json:
                                type: object
                      - http: GET /orders
                      - http: DELETE /orders/{id}
                      - httpApi: POST /carts
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
                      Models:
                        Order:
                          type: object
                          required: [sku]
                          properties:
                            sku:
                              type: string
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
                            RequestModel:
                              Model: Order
                              Required: true
                              ValidateBody: true
                        ListOrders:
                          Type: Api
                          Properties:
                            RestApiId: !Ref OrdersApi
                            Path: /orders
                            Method: get
                        AddToCart:
                          Type: HttpApi
                          Properties:
                            Path: /carts
                            Method: post
                """, file: "template.yaml"),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  OrdersApi:
                    Type: AWS::ApiGateway::RestApi
                    Properties:
                      Name: orders
                  BodyValidator:
                    Type: AWS::ApiGateway::RequestValidator
                    Properties:
                      RestApiId: !Ref OrdersApi
                      ValidateRequestBody: true
                  PostOrderMethod:
                    Type: AWS::ApiGateway::Method
                    Properties:
                      RestApiId: !Ref OrdersApi
                      ResourceId: !GetAtt OrdersApi.RootResourceId
                      HttpMethod: POST
                      AuthorizationType: AWS_IAM
                      RequestValidatorId: !Ref BodyValidator
                  GetOrdersMethod:
                    Type: AWS::ApiGateway::Method
                    Properties:
                      RestApiId: !Ref OrdersApi
                      ResourceId: !GetAtt OrdersApi.RootResourceId
                      HttpMethod: GET
                      AuthorizationType: AWS_IAM
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
                          method: patch
                          request:
                            parameters:
                              paths:
                                id: true
                      - http: GET /orders
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
                      Models:
                        Order:
                          type: object
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
                            RestApiId: !Ref OrdersApi
                            Path: /orders
                            Method: post
                ↓        ReplaceOrder:
                          Type: Api
                          Properties:
                            RestApiId: !Ref OrdersApi
                            Path: /orders/{id}
                            Method: put
                            RequestModel:
                              Model: Order
                              Required: true
                """, file: "template.yaml"),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  OrdersApi:
                    Type: AWS::ApiGateway::RestApi
                    Properties:
                      Name: orders
                ↓  PostOrderMethod:
                    Type: AWS::ApiGateway::Method
                    Properties:
                      RestApiId: !Ref OrdersApi
                      ResourceId: !GetAtt OrdersApi.RootResourceId
                      HttpMethod: POST
                      AuthorizationType: AWS_IAM
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        var findings: [Finding] = []
        for function in app.functions {
            for trigger in function.triggers where trigger.kind == .http && RouteMethod(trigger.method).carriesBody {
                guard !Self.validatesBody(trigger.settings, origin: function.origin) else { continue }
                findings.append(
                    finding(
                        "\(trigger.routeDescription) passes its request body to \(function.name) without schema validation",
                        at: trigger.location, subject: "function:\(function.name)"))
            }
        }
        for api in app.apis where api.kind == .rest {
            for method in api.methods where RouteMethod(method.httpMethod).carriesBody && method.requestValidator == nil {
                findings.append(
                    finding(
                        "\(method.logicalID) (\(method.httpMethod.uppercased())) has no RequestValidatorId: its body reaches the integration unchecked",
                        at: method.location, subject: "resource:\(method.logicalID)"))
            }
        }
        return findings
    }

    /// Serverless Framework: `request.schemas` (or v2's `request.schema`); SAM: a `RequestModel` with `ValidateBody: true`.
    static func validatesBody(_ settings: Value?, origin: Origin) -> Bool {
        guard let settings else { return false }
        if origin == .serverlessFramework {
            return settings[path: "request", "schemas"] != nil || settings[path: "request", "schema"] != nil
        }
        guard let validate = settings[path: "RequestModel", "ValidateBody"] else { return false }
        return validate.bool ?? true
    }
}
