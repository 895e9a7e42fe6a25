/// CORS that lets every web origin call the API from a browser.
struct APICORSWildcard: Rule {
    static let description = RuleDescription(
        id: "api-cors-wildcard",
        title: "CORS allows any origin",
        severity: .medium,
        practice: .apiGateway,
        cwe: "CWE-942",
        owasp: "SAS-3: Insecure Serverless Deployment Configuration",
        rationale: """
            `Access-Control-Allow-Origin: *` lets scripts on any web site call the API from a visitor's browser \
            and read the responses. It turns every site a user visits into a client of the API: scraping data \
            the browser can reach (intranet APIs, IP-allow-listed APIs, APIs using cookies or other ambient \
            credentials), and driving invocations from other people's traffic. Serverless Framework's \
            `cors: true`, and a `cors` mapping that names no origin, allow `*`.
            """,
        fix: """
            List the origins that serve your front end (`origins`, `allowedOrigins`, SAM `AllowOrigin`, \
            `AllowOrigins`) instead of `*`. APIs called only by servers need no CORS at all.
            """,
        fixBefore: """
            - http:
                path: /orders
                method: post
                cors: true
            """,
        fixAfter: """
            - http:
                path: /orders
                method: post
                cors:
                  origin: https://shop.example.com
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  httpApi:
                    cors:
                      allowedOrigins:
                        - https://shop.example.com
                functions:
                  createOrder:
                    handler: src/create.handler
                    events:
                      - http:
                          path: /orders
                          method: post
                          cors:
                            origin: https://shop.example.com
                      - http:
                          path: /orders/{id}
                          method: get
                      - httpApi: GET /orders
                  webhook:
                    handler: src/webhook.handler
                    url:
                      authorizer: aws_iam
                      cors:
                        allowedOrigins:
                          - https://shop.example.com
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
                      Cors: "'https://shop.example.com'"
                  OrdersHttpApi:
                    Type: AWS::Serverless::HttpApi
                    Properties:
                      CorsConfiguration:
                        AllowOrigins:
                          - https://shop.example.com
                  PartnerApi:
                    Type: AWS::ApiGatewayV2::Api
                    Properties:
                      Name: partner
                      ProtocolType: HTTP
                      CorsConfiguration:
                        AllowOrigins:
                          - https://partner.example.com
                """, file: "template.yaml"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  httpApi:
                ↓    cors: true
                functions:
                  createOrder:
                    handler: src/create.handler
                    events:
                      - http:
                          path: /orders
                          method: post
                ↓          cors: true
                      - http:
                          path: /orders/{id}
                          method: get
                          cors:
                            origins:
                              - https://shop.example.com
                ↓              - '*'
                      - http:
                          path: /orders/{id}
                          method: put
                ↓          cors:
                            headers:
                              - Content-Type
                      - httpApi: GET /orders
                  webhook:
                    handler: src/webhook.handler
                    url:
                      authorizer: aws_iam
                      cors:
                        allowedOrigins:
                ↓          - '*'
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
                ↓      Cors: "'*'"
                  AdminApi:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: prod
                      Cors:
                        AllowMethods: "'GET,POST'"
                ↓        AllowOrigin: "'*'"
                  OrdersHttpApi:
                    Type: AWS::Serverless::HttpApi
                    Properties:
                      CorsConfiguration:
                        AllowOrigins:
                ↓          - '*'
                  WebhookFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.12
                      CodeUri: src/
                      FunctionUrlConfig:
                        AuthType: AWS_IAM
                        Cors:
                          AllowOrigins:
                ↓            - '*'
                """, file: "template.yaml"),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  PartnerApi:
                    Type: AWS::ApiGatewayV2::Api
                    Properties:
                      Name: partner
                      ProtocolType: HTTP
                      CorsConfiguration:
                        AllowMethods:
                          - GET
                ↓        AllowOrigins: ['*']
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        var places: [(location: SourceLocation, item: (name: String, subject: String))] = []
        for function in app.functions {
            let slsDefaults = function.origin == .serverlessFramework
            for trigger in function.triggers {
                guard let entry = trigger.settings?.entry("cors"),
                    let location = CORSSetting.wildcardOrigin(in: entry.value, keyLocation: entry.keyLocation, defaultsToAnyOrigin: slsDefaults)
                else { continue }
                places.append((location, ("\(trigger.routeDescription) of \(function.name)", "function:\(function.name)")))
            }
            if let url = function.url,
                let location = CORSSetting.wildcardOrigin(in: url.cors, defaultsToAnyOrigin: slsDefaults)
            {
                places.append((location, ("the function URL of \(function.name)", "function:\(function.name)")))
            }
        }
        for api in app.apis {
            if let location = CORSSetting.wildcardOrigin(in: api.cors, defaultsToAnyOrigin: api.origin == .serverlessFramework) {
                places.append((location, (api.label, api.subject)))
            }
        }
        return LocatedGroups.grouped(places).map { place in
            finding(
                "CORS on \(LocatedGroups.list(place.items.map(\.name))) allows any origin: scripts on every web site can call it from a visitor's browser",
                at: place.location, subject: place.items.first?.subject ?? "")
        }
    }
}
