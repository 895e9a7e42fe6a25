/// One function serving many unrelated routes (a "lambdalith"): one role and one blast radius for all of them.
struct FunctionHandlesManyRoutes: Rule {
    /// Routes from which a function is doing the work of several.
    static let routeLimit = 5
    /// Distinct first path segments (`/orders`, `/users`, `/admin`) from which the routes are unrelated.
    static let resourceLimit = 3

    static let description = RuleDescription(
        id: "function-handles-many-routes",
        title: "One function serves many unrelated routes",
        severity: .low,
        practice: .granularity,
        cwe: "CWE-250",
        owasp: "SAS-4: Over-Privileged Function Permissions and Roles",
        rationale: """
            A function that serves every route (a catch-all `ANY /{proxy+}`, or many routes across \
            unrelated resources) needs the union of their permissions, so its role grants each route what \
            the others need; a flaw in any route's code runs with all of it. The gateway can no longer apply \
            per-route settings that match each function, and logs, alarms and concurrency are shared. The \
            rule flags a function with \(routeLimit) or more API routes, routes under \(resourceLimit) or more \
            first path segments, or a catch-all route.
            """,
        fix: """
            Split the function by resource or use case (one function per route or per small group of \
            related routes), each with its own role holding only what it needs. If a framework router must \
            stay (Express, FastAPI behind a proxy route), keep its role minimal and validate and authorize in \
            the gateway per route.
            """,
        fixBefore: """
            functions:
              api:
                handler: src/app.handler
                events:
                  - http: ANY /{proxy+}
            """,
        fixAfter: """
            functions:
              createOrder:
                handler: src/orders/create.handler
                events:
                  - http: POST /orders
              getUser:
                handler: src/users/get.handler
                events:
                  - http: GET /users/{id}
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                functions:
                  orders:
                    handler: src/orders.handler
                    events:
                      - http: GET /orders
                      - http: POST /orders
                      - http: GET /orders/{id}
                      - http: DELETE /orders/{id}
                  users:
                    handler: src/users.handler
                    events:
                      - httpApi: GET /users/{id}
                      - httpApi: GET /users/{id}/proxy
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  OrdersFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.12
                      CodeUri: src/
                      Events:
                        GetOrder:
                          Type: Api
                          Properties:
                            Path: /orders/{id}
                            Method: get
                        ListInvoices:
                          Type: Api
                          Properties:
                            Path: /orders/{id}/invoices
                            Method: get
                """, file: "template.yaml"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                service: shop
                provider:
                  name: aws
                  runtime: nodejs20.x
                functions:
                ↓  app:
                    handler: src/app.handler
                    events:
                      - http: ANY /
                      - http: ANY /{proxy+}
                ↓  backoffice:
                    handler: src/backoffice.handler
                    events:
                      - httpApi: GET /users
                      - httpApi: GET /orders
                      - httpApi: GET /invoices
                ↓  everything:
                    handler: src/everything.handler
                    events:
                      - httpApi: '*'
                ↓  orders:
                    handler: src/orders.handler
                    events:
                      - http: GET /orders
                      - http: POST /orders
                      - http: GET /orders/{id}
                      - http: PUT /orders/{id}
                      - http: DELETE /orders/{id}
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                ↓  WebAppFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.12
                      CodeUri: src/
                      Events:
                        Proxy:
                          Type: Api
                          Properties:
                            Path: /{proxy+}
                            Method: any
                """, file: "template.yaml"),
        ]
    )

    /// A route as the gateway matches it.
    struct Route: Hashable {
        var method: RouteMethod
        var path: String

        /// The first path segment: the resource the route is about (`orders` in `/orders/{id}`).
        var resource: String {
            path.split(separator: "/").first.map(String.init) ?? ""
        }

        /// Everything: a greedy `{proxy+}` path taking any method, or HTTP API's `*`/`$default` route.
        var isCatchAll: Bool {
            if ["*", "$default"].contains(path) { return true }
            return path.contains("+}") && method.isAny
        }
    }

    func findings(in app: Application) -> [Finding] {
        // Methods declared on APIs, by file and function, looked up once instead of per function.
        var declared: [String: [APIMethod]] = [:]
        for api in app.apis where api.kind != .websocket {
            for method in api.methods {
                if let name = method.functionName { declared["\(api.location.file)\u{1F}\(name)", default: []].append(method) }
            }
        }
        return app.functions.compactMap { function in
            let routes = Self.routes(of: function, declared: declared["\(function.location.file)\u{1F}\(function.name)"] ?? [])
            let resources = Set(routes.map(\.resource).filter { !$0.isEmpty })
            let reason: String
            if let catchAll = routes.first(where: \.isCatchAll) {
                reason = "a catch-all route (\(catchAll.method.name) \(catchAll.path))"
            } else if resources.count >= Self.resourceLimit {
                reason = "routes under \(resources.count) unrelated paths (\(resources.sorted().map { "/\($0)" }.joined(separator: ", ")))"
            } else if routes.count >= Self.routeLimit {
                reason = "\(routes.count) API routes"
            } else {
                return nil
            }
            return finding(
                "\(function.name) serves \(reason): one role and one blast radius for all of them",
                at: function.location, subject: "function:\(function.name)")
        }
    }

    /// REST and HTTP API routes of the function, from its events and from methods that integrate with it.
    static func routes(of function: Function, declared: [APIMethod]) -> Set<Route> {
        var routes = Set<Route>()
        for trigger in function.triggers where trigger.kind == .http || trigger.kind == .httpApi {
            // sls `httpApi: '*'` names neither method nor path.
            let path = trigger.path ?? (trigger.method == nil || trigger.method == "*" ? "*" : "")
            routes.insert(Route(method: RouteMethod(trigger.method), path: path))
        }
        for method in declared {
            routes.insert(Route(method: RouteMethod(method.httpMethod), path: method.path ?? ""))
        }
        return routes
    }
}
