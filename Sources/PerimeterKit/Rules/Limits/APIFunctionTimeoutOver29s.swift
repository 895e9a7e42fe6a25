/// A function behind API Gateway whose timeout outlasts the gateway's integration timeout.
struct APIFunctionTimeoutOver29s: Rule {
    static let description = RuleDescription(
        id: "api-function-timeout-over-29s",
        title: "API-fronted function runs longer than API Gateway waits",
        severity: .medium,
        practice: .apiGateway,
        cwe: "CWE-400",
        owasp: "SAS-8: Denial of Service & Financial Resource Exhaustion",
        rationale: """
            API Gateway stops waiting for a Lambda integration after 29 seconds (REST and WebSocket APIs) or \
            30 seconds (HTTP APIs) and answers 504. The function does not stop: it runs on to its own timeout, \
            holding a unit of concurrency and billing for work whose result nobody receives. A caller can keep \
            many such invocations alive with few requests, and clients that retry on 504 multiply them. The \
            REST limit can be raised by quota request for regional and private APIs; if yours is, suppress \
            this finding with the reason.
            """,
        fix: """
            Set the function's timeout at or below the integration timeout (29 s for REST and WebSocket, \
            30 s for HTTP APIs). Move work that needs longer behind a queue or Step Functions and return \
            202 Accepted with a way to poll for the result.
            """,
        fixBefore: """
            functions:
              createOrder:
                handler: src/create.handler
                timeout: 120
                events:
                  - http: POST /orders
            """,
        fixAfter: """
            functions:
              createOrder:
                handler: src/create.handler
                timeout: 10
                events:
                  - http: POST /orders
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  timeout: 29
                functions:
                  createOrder:
                    handler: src/create.handler
                    events:
                      - http: POST /orders
                  listOrders:
                    handler: src/list.handler
                    timeout: 30
                    events:
                      - httpApi: GET /orders
                  nightlyExport:
                    handler: src/export.handler
                    timeout: 600
                    events:
                      - schedule: rate(1 day)
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                    Timeout: 30
                Resources:
                  ListOrdersFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.12
                      CodeUri: src/
                      Events:
                        ListOrders:
                          Type: HttpApi
                          Properties:
                            Path: /orders
                            Method: get
                  CreateOrderFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.12
                      CodeUri: src/
                      Timeout: 20
                      Events:
                        CreateOrder:
                          Type: Api
                          Properties:
                            Path: /orders
                            Method: post
                """, file: "template.yaml"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                ↓  timeout: 60
                functions:
                  createOrder:
                    handler: src/create.handler
                    events:
                      - http: POST /orders
                  listOrders:
                    handler: src/list.handler
                    events:
                      - httpApi: GET /orders
                  nightlyExport:
                    handler: src/export.handler
                    events:
                      - schedule: rate(1 day)
                  report:
                    handler: src/report.handler
                ↓    timeout: 45
                    events:
                      - websocket: $default
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                ↓    Timeout: 30
                Resources:
                  ListOrdersFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.12
                      CodeUri: src/
                      Events:
                        ListOrders:
                          Type: HttpApi
                          Properties:
                            Path: /orders
                            Method: get
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
                            Path: /orders
                            Method: post
                """, file: "template.yaml"),
        ]
    )

    /// How long API Gateway waits for a Lambda integration, by trigger kind.
    static func integrationTimeout(for kind: Trigger.Kind) -> Int? {
        switch kind {
        case .http, .websocket: 29
        case .httpApi: 30
        default: nil
        }
    }

    func findings(in app: Application) -> [Finding] {
        var places: [(location: SourceLocation, item: (function: Function, seconds: Int, limit: Int))] = []
        for function in app.functions {
            guard let limit = function.triggers.compactMap({ Self.integrationTimeout(for: $0.kind) }).min(),
                let timeout = function.timeout, let seconds = timeout.int, seconds > limit
            else { continue }
            places.append((timeout.location, (function, seconds, limit)))
        }
        return LocatedGroups.grouped(places).map { place in
            let seconds = place.items.first?.seconds ?? 0
            let limit = place.items.map(\.limit).min() ?? 29
            let names = LocatedGroups.list(place.items.map(\.function.name))
            return finding(
                "timeout of \(seconds) s for \(names), fronted by API Gateway, which gives up after \(limit) s: the function runs and bills on after the caller got a 504",
                at: place.location, subject: "function:\(place.items.first?.function.name ?? "")")
        }
    }
}
