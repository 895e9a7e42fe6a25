/// A function allowed to run for many minutes per call (or longer than Lambda allows at all).
///
/// Written timeouts from 300 s are flagged (a single request can hold a concurrency slot and bill for
/// minutes; above 900 s the value is invalid). An unset timeout is bounded by a short default
/// (Serverless Framework 6 s, CloudFormation/SAM 3 s) but leaves the function's budget unreviewed, so it
/// is reported at `info`, below every default gate.
struct FunctionTimeoutUnbounded: Rule {
    /// From here on a call may bill minutes of compute.
    static let longTimeout = 300
    /// Lambda's maximum.
    static let maximumTimeout = 900

    static let description = RuleDescription(
        id: "function-timeout-unbounded",
        title: "Function timeout unset, or of five minutes or more",
        severity: .low,
        practice: .functionPerimeter,
        cwe: "CWE-400",
        owasp: "SAS-8: Denial of Service & Financial Resource Exhaustion",
        rationale: """
            The timeout is the ceiling on what one invocation can cost and how long it holds a unit of \
            concurrency. With a timeout of minutes, a caller who makes the function wait (slow downstream \
            calls, crafted input that makes the code loop or backtrack) multiplies the bill and the \
            concurrency drain per request: denial of wallet and denial of service with few requests. Unset \
            timeouts fall back to a short default (6 s in Serverless Framework, 3 s in CloudFormation/SAM) and \
            are reported as info so each function's budget gets chosen on purpose; written timeouts of 300 s \
            or more are reported as low, and values above Lambda's 900 s maximum fail to deploy.
            """,
        fix: """
            Set the timeout a little above the function's real worst-case duration (its p99 in CloudWatch \
            `Duration`). Move long batch work to Step Functions, SQS-driven workers or Fargate, where a long \
            run is expected and metered.
            """,
        fixBefore: """
            provider:
              timeout: 900
            """,
        fixAfter: """
            provider:
              timeout: 10
            functions:
              nightlyExport:
                handler: src/export.handler
                timeout: 120
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  timeout: 30
                functions:
                  createOrder:
                    handler: src/create.handler
                  export:
                    handler: src/export.handler
                    timeout: 120
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Parameters:
                  ExportTimeout:
                    Type: Number
                Globals:
                  Function:
                    Timeout: 10
                Resources:
                  CreateOrderFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.12
                      CodeUri: src/
                  ExportFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: export.handler
                      Runtime: python3.12
                      CodeUri: src/
                      Timeout: !Ref ExportTimeout
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
                ↓  createOrder:
                    handler: src/create.handler
                  export:
                    handler: src/export.handler
                    timeout: 120
                """),
            RuleExample(
                """
                service: reports
                provider:
                  name: aws
                  runtime: nodejs20.x
                ↓  timeout: 600
                functions:
                  export:
                    handler: src/export.handler
                  import:
                    handler: src/import.handler
                  backfill:
                    handler: src/backfill.handler
                ↓    timeout: 1200
                  ping:
                    handler: src/ping.handler
                    timeout: 5
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                ↓    Timeout: 300
                Resources:
                  ExportFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: export.handler
                      Runtime: python3.12
                      CodeUri: src/
                  BackfillFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: backfill.handler
                      Runtime: python3.12
                      CodeUri: src/
                ↓      Timeout: 900
                """, file: "template.yaml"),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  ArchiveFunction:
                    Type: AWS::Lambda::Function
                    Properties:
                      Handler: index.handler
                      Runtime: nodejs20.x
                      Role: arn:aws:iam::123456789012:role/archive
                ↓      Timeout: 3600
                      Code:
                        ZipFile: exports.handler = async () => ({});
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        var places: [(location: SourceLocation, item: (function: Function, seconds: Int))] = []
        var unset: [Finding] = []
        for function in app.functions {
            guard let timeout = function.timeout else {
                unset.append(
                    Finding(
                        ruleID: Self.description.id, severity: .info,
                        message: "function \(function.name) sets no timeout and runs on the default; set one that matches its work",
                        location: function.location, subject: "function:\(function.name)"))
                continue
            }
            guard let seconds = timeout.int, seconds >= Self.longTimeout else { continue }
            places.append((timeout.location, (function, seconds)))
        }
        return unset
            + LocatedGroups.grouped(places).map { place in
                let seconds = place.items.first?.seconds ?? 0
                let names = LocatedGroups.list(place.items.map(\.function.name))
                let message =
                    seconds > Self.maximumTimeout
                    ? "timeout of \(seconds) s for \(names) is above Lambda's \(Self.maximumTimeout) s maximum: the deployment fails, and the intent is an unbounded run"
                    : "timeout of \(seconds) s for \(names): one slow or crafted request can hold a concurrency slot and bill for \(seconds / 60) minutes"
                return finding(message, at: place.location, subject: "function:\(place.items.first?.function.name ?? "")")
            }
    }
}
