import Foundation

/// A function on a Lambda runtime that is deprecated, or will be within 180 days.
struct DeprecatedRuntime: Rule {
    static let description = RuleDescription(
        id: "deprecated-runtime",
        title: "Function on a deprecated Lambda runtime",
        severity: .high,
        practice: .dependencies,
        cwe: "CWE-1104",
        owasp: "SAS-3: Insecure Deployment Configuration",
        rationale: """
            When AWS deprecates a runtime it stops applying security patches to its language runtime and operating \
            system, the function loses technical support, and some months later it can no longer be created or \
            updated, so even an urgent fix cannot be deployed without a runtime upgrade at the worst moment. Reported \
            as high once the deprecation date (from AWS's "Lambda runtimes" page) has passed, and as medium when it \
            falls within the next 180 days.
            """,
        fix: "Move the function to the newest runtime of its language (e.g. nodejs24.x, python3.14, java21, provided.al2023), test, and redeploy.",
        fixBefore: """
            provider:
              runtime: nodejs16.x
            """,
        fixAfter: """
            provider:
              runtime: nodejs22.x
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs24.x
                functions:
                  createOrder:
                    handler: handler.create
                  report:
                    handler: report.main
                    runtime: python3.14
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  CreateOrder:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: bootstrap
                      Runtime: provided.al2023
                      CodeUri: src/
                  Image:
                    Type: AWS::Serverless::Function
                    Properties:
                      PackageType: Image
                      ImageUri: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:latest
                """, file: "template.yaml"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                ↓  runtime: nodejs16.x
                functions:
                  createOrder:
                    handler: handler.create
                  listOrders:
                    handler: handler.list
                  report:
                    handler: report.main
                ↓    runtime: python3.8
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                ↓    Runtime: go1.x
                Resources:
                  CreateOrder:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: main
                      CodeUri: src/
                  Legacy:
                    Type: AWS::Lambda::Function
                    Properties:
                      Handler: index.handler
                ↓      Runtime: nodejs12.x
                      Role: arn:aws:iam::123456789012:role/legacy
                      Code:
                        ZipFile: "exports.handler = async () => {}"
                """, file: "template.yaml"),
        ]
    )

    /// How far ahead an upcoming deprecation is reported.
    static let warningWindow: TimeInterval = 180 * 24 * 60 * 60

    /// The day to judge by when not the scan's own (`Application.scanDate`).
    var day: Date?

    init() {
        day = nil
    }

    init(now: Date) {
        day = now
    }

    func findings(in app: Application) -> [Finding] {
        let now = day ?? app.scanDate
        // A provider/Globals runtime is shared by many functions: one finding where it is written.
        var byLocation: [SourceLocation: (runtime: String, date: Date, functions: [String])] = [:]
        for function in app.functions {
            guard let runtime = function.runtime, let identifier = runtime.string,
                let date = RuntimeDeprecation.date(of: identifier), date.timeIntervalSince(now) <= Self.warningWindow
            else { continue }
            byLocation[runtime.location, default: (identifier, date, [])].functions.append(function.name)
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return byLocation.map { location, found in
            let owners = found.functions.count == 1 ? "Function \(found.functions[0]) uses" : "Functions \(found.functions.joined(separator: ", ")) use"
            let day = formatter.string(from: found.date)
            var result = finding(
                found.date <= now
                    ? "\(owners) \(found.runtime), deprecated by AWS Lambda since \(day): no more security patches, and soon no updates. Upgrade the runtime."
                    : "\(owners) \(found.runtime), which AWS Lambda deprecates on \(day); plan the upgrade now.",
                at: location, subject: "function:\(found.functions[0])")
            if found.date > now { result.severity = .medium }
            return result
        }
    }
}
