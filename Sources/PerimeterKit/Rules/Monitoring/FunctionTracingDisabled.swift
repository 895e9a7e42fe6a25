/// A function without active X-Ray tracing.
struct FunctionTracingDisabled: Rule {
    static let description = RuleDescription(
        id: "function-tracing-disabled",
        title: "Function without active X-Ray tracing",
        severity: .low,
        practice: .monitoring,
        cwe: "CWE-778",
        owasp: "SAS-5: Inadequate Function Monitoring and Logging",
        rationale: """
            Without active tracing a function only passes on a trace another service started (`PassThrough`); a \
            request that enters through an S3 event, a queue or a schedule leaves no trace at all. When an attacker \
            abuses a function, the trace is what shows which downstream calls it made, to which tables and services, \
            and how long they took. Active tracing costs little at the default sampling rate.
            """,
        fix: """
            Serverless Framework: `provider.tracing.lambda: true` (or `tracing: Active` on the function). SAM: \
            `Tracing: Active` (in `Globals.Function` for all). CloudFormation: `TracingConfig: {Mode: Active}`. The \
            role needs `xray:PutTraceSegments` and `xray:PutTelemetryRecords` (the framework and SAM add them).
            """,
        fixBefore: """
            provider:
              name: aws
            """,
        fixAfter: """
            provider:
              name: aws
              tracing:
                lambda: true
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs22.x
                  tracing:
                    lambda: true
                functions:
                  createOrder:
                    handler: handler.create
                  listOrders:
                    handler: handler.list
                    tracing: Active
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                    Tracing: Active
                Resources:
                  CreateOrder:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.13
                      CodeUri: src/
                  Legacy:
                    Type: AWS::Lambda::Function
                    Properties:
                      Handler: index.handler
                      Runtime: python3.13
                      Role: arn:aws:iam::123456789012:role/legacy
                      Code:
                        ZipFile: "def handler(event, context): pass"
                      TracingConfig:
                        Mode: Active
                """, file: "template.yaml"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs22.x
                functions:
                ↓  createOrder:
                    handler: handler.create
                  listOrders:
                    handler: handler.list
                ↓    tracing: PassThrough
                """),
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs22.x
                  tracing:
                ↓    lambda: false
                functions:
                  createOrder:
                    handler: handler.create
                  listOrders:
                    handler: handler.list
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  CreateOrder:
                    Type: AWS::Serverless::Function
                ↓    Properties:
                      Handler: app.handler
                      Runtime: python3.13
                      CodeUri: src/
                  Legacy:
                    Type: AWS::Lambda::Function
                    Properties:
                      Handler: index.handler
                      Runtime: python3.13
                      Role: arn:aws:iam::123456789012:role/legacy
                      Code:
                        ZipFile: "def handler(event, context): pass"
                      TracingConfig:
                ↓        Mode: PassThrough
                """, file: "template.yaml"),
        ]
    )

    static func isActive(_ tracing: Value?) -> Bool {
        guard let text = tracing?.string else { return false }
        return text.lowercased() == "active" || tracing?.bool == true
    }

    func findings(in app: Application) -> [Finding] {
        // Provider-level settings are shared by many functions: one finding per place written.
        var byLocation: [SourceLocation: (functions: [String], written: String?)] = [:]
        for function in app.functions where !Self.isActive(function.tracing) {
            // A symbolic setting (`!Ref TracingMode`) may well be Active: say nothing.
            if function.tracing?.isSymbolic == true { continue }
            let location = function.tracing?.location ?? FunctionAnchor.location(of: function, in: app)
            byLocation[location, default: ([], function.tracing?.string)].functions.append(function.name)
        }
        return byLocation.map { location, found in
            let owners = found.functions.count == 1 ? "Function \(found.functions[0])" : "Functions \(found.functions.joined(separator: ", "))"
            let state = found.written.map { "has tracing set to \($0)" } ?? "has no X-Ray tracing"
            return finding(
                "\(owners) \(state); requests that start at this function leave no trace. Set tracing to Active.",
                at: location, subject: "function:\(found.functions[0])")
        }
    }
}
