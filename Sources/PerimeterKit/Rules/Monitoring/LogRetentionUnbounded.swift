/// A function whose log group keeps logs forever (or is created by Lambda with no retention), or another
/// log group of the stack (API access logs, state machine logs) declared without a retention.
struct LogRetentionUnbounded: Rule {
    static let description = RuleDescription(
        id: "log-retention-unbounded",
        title: "Logs kept without a retention period",
        severity: .low,
        practice: .monitoring,
        cwe: "CWE-779",
        owasp: "SAS-5: Inadequate Function Monitoring and Logging",
        rationale: """
            Lambda creates `/aws/lambda/<function>` on first run with no retention: logs, and whatever personal data \
            or tokens a handler printed, are kept forever and billed forever, and nobody decided how long the audit \
            trail must last. Declaring the log group with `RetentionInDays` (or `logRetentionInDays` in the Serverless \
            Framework) makes the retention a reviewed decision, and lets the stack own and delete the group. Other \
            log groups the stack declares (API access logs, state machine logs) are reported when they set no \
            `RetentionInDays`: they hold request details and payloads just the same.
            """,
        fix: """
            Serverless Framework: `provider.logRetentionInDays: 30` (or per function). SAM/CloudFormation: declare an \
            `AWS::Logs::LogGroup` named `/aws/lambda/<function name>` with `RetentionInDays`, and point the function at \
            it (`LoggingConfig.LogGroup`) or name the function so the group matches.
            """,
        fixBefore: """
            provider:
              name: aws
            """,
        fixAfter: """
            provider:
              name: aws
              logRetentionInDays: 30
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs22.x
                  logRetentionInDays: 30
                functions:
                  createOrder:
                    handler: handler.create
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  CreateOrder:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.13
                      CodeUri: src/
                  CreateOrderLogs:
                    Type: AWS::Logs::LogGroup
                    Properties:
                      LogGroupName: !Sub /aws/lambda/${CreateOrder}
                      RetentionInDays: 14
                  ApiAccessLogs:
                    Type: AWS::Logs::LogGroup
                    Properties:
                      RetentionInDays: 90
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
                    logRetentionInDays: 7
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                ↓  CreateOrder:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.13
                      CodeUri: src/
                ↓  ListOrders:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.list
                      Runtime: python3.13
                      CodeUri: src/
                  ListOrdersLogs:
                    Type: AWS::Logs::LogGroup
                    Properties:
                      LogGroupName: !Sub /aws/lambda/${ListOrders}
                ↓  ApiAccessLogs:
                    Type: AWS::Logs::LogGroup
                    Properties:
                      LogGroupName: /orders/api-access
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        var findings: [Finding] = app.functions.compactMap { function in
            if let retention = function.logRetentionInDays, !retention.isNull { return nil }
            let detail = function.logRetentionInDays == nil ? "has no log retention" : "has a log group without RetentionInDays"
            return finding(
                "Function \(function.name) \(detail): its logs are kept forever. Set a retention period (e.g. 30 days, or what your audit policy requires).",
                at: function.location, subject: "function:\(function.name)")
        }
        // A function's own log group without retention is reported at the function (the loader marks it with a
        // null at the group's key); the stack's other log groups are reported where they are declared.
        let reportedWithFunctions = Set(app.functions.compactMap { $0.logRetentionInDays?.isNull == true ? $0.logRetentionInDays?.location : nil })
        for group in app.resources(ofType: "AWS::Logs::LogGroup") where group["RetentionInDays"] == nil && !reportedWithFunctions.contains(group.location) {
            findings.append(
                finding(
                    "Log group \(group.logicalID) has no RetentionInDays: what it records is kept forever. Set a retention period.",
                    at: group.location, subject: "resource:\(group.logicalID)"))
        }
        return findings
    }
}
