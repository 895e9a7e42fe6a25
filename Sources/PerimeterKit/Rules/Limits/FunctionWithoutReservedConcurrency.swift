/// A function, not reachable without credentials, with no cap on how many copies of it may run at once.
struct FunctionWithoutReservedConcurrency: Rule {
    static let description = RuleDescription(
        id: "function-without-reserved-concurrency",
        title: "Function without reserved concurrency",
        severity: .low,
        practice: .granularity,
        cwe: "CWE-770",
        owasp: "SAS-8: Denial of Service & Financial Resource Exhaustion",
        rationale: """
            Without reserved concurrency a function scales until the account's shared pool (1,000 by default) is \
            spent. A retry storm from a queue or stream, a recursive loop (a function writing back to the bucket that \
            triggers it) or a flood of events then bills without limit and throttles every other function of the \
            account. Reserved concurrency bounds the function, and setting it to 0 switches the function off in an \
            incident. Functions anyone can invoke are reported by public-function-without-reserved-concurrency \
            (medium); this rule reports the others, as low, like Checkov's CKV_AWS_115 and cfn_nag's W92.
            """,
        fix: """
            Set reserved concurrency to what the function's peak needs: Serverless Framework `reservedConcurrency`, \
            SAM/CloudFormation `ReservedConcurrentExecutions`. For queue consumers, `maximumConcurrency` on the \
            event source mapping also bounds the consumer without reserving capacity.
            """,
        fixBefore: """
            functions:
              processOrder:
                handler: src/process.handler
                events:
                  - sqs: arn:aws:sqs:eu-west-1:123456789012:orders
            """,
        fixAfter: """
            functions:
              processOrder:
                handler: src/process.handler
                reservedConcurrency: 20
                events:
                  - sqs: arn:aws:sqs:eu-west-1:123456789012:orders
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs22.x
                functions:
                  processOrder:
                    handler: src/process.handler
                    reservedConcurrency: 20
                    events:
                      - sqs: arn:aws:sqs:eu-west-1:123456789012:orders
                  createOrder:
                    handler: src/create.handler
                    events:
                      - http: POST /orders
                """, note: "createOrder is public-function-without-reserved-concurrency's finding"),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                    ReservedConcurrentExecutions: 10
                Resources:
                  Resize:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.13
                      Handler: app.handler
                      CodeUri: src/
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
                ↓  processOrder:
                    handler: src/process.handler
                    events:
                      - sqs: arn:aws:sqs:eu-west-1:123456789012:orders
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                ↓  Resize:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.13
                      Handler: app.handler
                      CodeUri: src/
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        app.functions.compactMap { function in
            guard function.reservedConcurrency == nil, OpenEntryPoints.of(function, in: app).isEmpty else { return nil }
            return finding(
                "\(function.name) has no reserved concurrency: a retry storm, a recursive loop or a flood of events can run it up to the account's whole concurrency pool",
                at: function.location, subject: "function:\(function.name)")
        }
    }
}
