/// A Serverless Framework service that ships every function the code and dependencies of all of them.
struct FunctionsNotPackagedIndividually: Rule {
    static let description = RuleDescription(
        id: "functions-not-packaged-individually",
        title: "Functions share one deployment package",
        severity: .low,
        practice: .granularity,
        cwe: "CWE-1164",
        rationale: """
            By default Serverless Framework zips the whole service once and deploys that zip as every \
            function's code. Each function then carries the handlers, libraries and vulnerable dependencies \
            of all the others: code it never runs but that an attacker who gets code execution in it can \
            reach, a larger surface for every dependency advisory, and slower cold starts. Small functions \
            with only their own code keep each one a small perimeter.
            """,
        fix: """
            Set `package.individually: true` at service level (with `package.patterns` per function, or a \
            bundler such as esbuild or webpack that tree-shakes per handler), or give each function its own \
            `package` with `individually: true` or a prebuilt `artifact`.
            """,
        fixBefore: """
            service: orders
            functions:
              createOrder:
                handler: src/create.handler
              listOrders:
                handler: src/list.handler
            """,
        fixAfter: """
            service: orders
            package:
              individually: true
            functions:
              createOrder:
                handler: src/create.handler
              listOrders:
                handler: src/list.handler
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                package:
                  individually: true
                functions:
                  createOrder:
                    handler: src/create.handler
                  listOrders:
                    handler: src/list.handler
                """),
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                functions:
                  createOrder:
                    handler: src/create.handler
                    package:
                      individually: true
                  listOrders:
                    handler: src/list.handler
                    package:
                      artifact: dist/list.zip
                """),
            RuleExample(
                """
                service: webhook
                provider:
                  name: aws
                  runtime: nodejs20.x
                functions:
                  receive:
                    handler: src/receive.handler
                """),
        ],
        triggeringExamples: [
            RuleExample(
                """
                ↓service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                functions:
                  createOrder:
                    handler: src/create.handler
                  listOrders:
                    handler: src/list.handler
                """),
            RuleExample(
                """
                ↓service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                package:
                  individually: false
                  patterns:
                    - '!tests/**'
                functions:
                  createOrder:
                    handler: src/create.handler
                    package:
                      individually: true
                  listOrders:
                    handler: src/list.handler
                  deleteOrder:
                    handler: src/delete.handler
                """),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        app.templates.compactMap { template in
            guard template.origin == .serverlessFramework, template.packageIndividually?.bool != true else { return nil }
            let functions = app.functions(in: template.file)
            guard functions.count >= 2 else { return nil }
            let declared = Self.functionDeclarations(in: template.document)
            let shared = functions.filter { function in
                guard let declaration = declared[function.name] else { return true }
                return !Self.hasOwnPackage(declaration)
            }
            guard !shared.isEmpty else { return nil }
            let names = LocatedGroups.list(shared.map(\.name))
            return finding(
                "\(functions.count) functions are deployed from one package: \(names) \(shared.count > 1 ? "carry" : "carries") the code and dependencies of every other function",
                at: template.location, subject: "service:\(template.name)",
                notes: shared.map { Note("\($0.name) uses the service package", at: $0.location) })
        }
    }

    /// The `functions` section by name; it may be a mapping or a list of mappings.
    static func functionDeclarations(in document: Value) -> [String: Value] {
        guard let section = document["functions"] else { return [:] }
        let groups = section.isSequence ? section.elements : [section]
        var declarations: [String: Value] = [:]
        for group in groups {
            for entry in group.entries { declarations[entry.key] = entry.value }
        }
        return declarations
    }

    /// Its own zip (`package.individually`, `package.artifact`) or a container image.
    static func hasOwnPackage(_ declaration: Value) -> Bool {
        if declaration["image"] != nil { return true }
        guard let package = declaration["package"] else { return false }
        return package["individually"]?.bool == true || package["artifact"] != nil
    }
}
