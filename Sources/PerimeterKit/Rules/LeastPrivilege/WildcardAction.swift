/// An Allow of a whole service (`s3:*`, `dynamodb:*`) or of every action.
struct WildcardAction: Rule {
    static let description = RuleDescription(
        id: "iam-wildcard-action",
        title: "IAM statement allows every action of a service",
        severity: .high,
        practice: .leastPrivilege,
        cwe: "CWE-269",
        owasp: "SAS-4: Over-Privileged Function Permissions and Roles",
        rationale: """
            `s3:*` grants far more than reading and writing objects: it also lets the function delete buckets, rewrite \
            bucket policies and turn off encryption or versioning. Service wildcards also grow silently whenever AWS adds \
            an action. (Statements that allow `*` on `*` are reported by iam-admin-access instead.)
            """,
        fix: "List the actions the function calls (`s3:GetObject`, `s3:PutObject`) instead of the service wildcard.",
        fixBefore: """
            - Effect: Allow
              Action: s3:*
              Resource: arn:aws:s3:::orders-bucket/*
            """,
        fixAfter: """
            - Effect: Allow
              Action: [s3:GetObject, s3:PutObject]
              Resource: arn:aws:s3:::orders-bucket/*
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  iam:
                    role:
                      statements:
                        - Effect: Allow
                          Action: [s3:GetObject, s3:Put*, dynamodb:Get*]
                          Resource: arn:aws:s3:::orders-bucket/*
                        - Effect: Deny
                          Action: s3:*
                          Resource: arn:aws:s3:::audit-bucket/*
                functions:
                  hello:
                    handler: handler.hello
                """),
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  iamRoleStatements:
                    - Effect: Allow
                      Action: '*'
                      Resource: '*'
                functions:
                  hello:
                    handler: handler.hello
                """, note: "every action on every resource is iam-admin-access's finding"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  iam:
                    role:
                      statements:
                        - Effect: Allow
                          Action:
                ↓            - s3:*
                            - sqs:SendMessage
                ↓            - 'dynamodb:*'
                          Resource: arn:aws:s3:::orders-bucket/*
                functions:
                  hello:
                    handler: handler.hello
                    iamRoleStatements:
                      - Effect: Allow
                ↓        Action: '*'
                        Resource: arn:aws:sqs:us-east-1:123456789012:orders
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Worker:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.handler
                      CodeUri: src/
                      Policies:
                        - Version: '2012-10-17'
                          Statement:
                            - Effect: Allow
                ↓              Action: sqs:*
                              Resource: !GetAtt Queue.Arn
                  Queue:
                    Type: AWS::SQS::Queue
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        var stack = ResourcesByFile(app)
        return app.inventory.identityStatements.flatMap { held -> [Finding] in
            let statement = held.statement
            guard statement.isAllow, !statement.isAdministratorGrant else { return [] }
            let wildcards = statement.actionStrings.filter { IAMPattern.isServiceWildcard($0.text) }
            guard !wildcards.isEmpty else { return [] }
            // Name what the statement reaches (`table OrdersTable`), so the fix can list that resource's actions.
            let resolver = stack.resolver(for: statement.location.file)
            let reached = statement.resources.map(resolver.resolve)
            let excluded = statement.notResources.map(resolver.resolve)
            let target =
                if !excluded.isEmpty {
                    "every resource except \(excluded.map(\.label).joined(separator: ", "))"
                } else if reached.isEmpty || reached.contains(where: \.isAnyResource) {
                    "every resource"
                } else {
                    reached.map(\.label).joined(separator: ", ")
                }
            return wildcards.map { action in
                let scope = IAMPattern.isEveryAction(action.text) ? "every action" : "every \(action.text.prefix { $0 != ":" }) action"
                return finding(
                    "\(held.holder.title) allows \(scope) (`\(action.text)`) on \(target) in \(statement.source)\(held.holder.usageSuffix)",
                    at: action.value.location, subject: held.holder.subject, notes: [held.holder.note])
            }
        }
    }
}
