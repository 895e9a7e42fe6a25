/// An Allow written as "everything except": `NotAction` or `NotResource`.
struct AllowNotAction: Rule {
    static let description = RuleDescription(
        id: "iam-allow-not-action",
        title: "IAM statement allows with NotAction or NotResource",
        severity: .high,
        practice: .leastPrivilege,
        cwe: "CWE-284",
        owasp: "SAS-4: Over-Privileged Function Permissions and Roles",
        rationale: """
            `Effect: Allow` with `NotAction` grants every action except the listed ones, including every action AWS adds \
            later; with `NotResource` it grants on every resource except the listed ones. Both grant far more than they \
            appear to, and are almost never what a function needs.
            """,
        fix: "Rewrite the statement as an Allow of the actions and resources the function uses; use NotAction only in Deny statements.",
        fixBefore: """
            - Effect: Allow
              NotAction: iam:*
              Resource: '*'
            """,
        fixAfter: """
            - Effect: Allow
              Action: [s3:GetObject]
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
                        - Effect: Deny
                          NotAction: [s3:GetObject]
                          Resource: '*'
                        - Effect: Allow
                          Action: s3:GetObject
                          Resource: arn:aws:s3:::orders-bucket/*
                functions:
                  hello:
                    handler: handler.hello
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  FunctionRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: { Service: lambda.amazonaws.com }
                            Action: sts:AssumeRole
                      Policies:
                        - PolicyName: guard
                          PolicyDocument:
                            Statement:
                              - Effect: Deny
                                Action: s3:DeleteObject
                                NotResource: arn:aws:s3:::scratch/*
                """, file: "template.yaml"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  iamRoleStatements:
                ↓    - Effect: Allow
                      NotAction: iam:*
                      Resource: '*'
                functions:
                  hello:
                    handler: handler.hello
                    iamRoleStatements:
                ↓      - Effect: Allow
                        Action: s3:GetObject
                        NotResource: arn:aws:s3:::secrets-bucket/*
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
                        - Statement:
                ↓            - Effect: Allow
                              NotAction: [iam:*, organizations:*]
                              Resource: '*'
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        app.inventory.identityStatements.compactMap { held in
            let statement = held.statement
            guard statement.isAllow, !statement.notActions.isEmpty || !statement.notResources.isEmpty else { return nil }
            let parts = [
                statement.notActions.isEmpty ? nil : "every action except \(statement.notActions.map(\.description).joined(separator: ", "))",
                statement.notResources.isEmpty ? nil : "on every resource except \(statement.notResources.map(\.description).joined(separator: ", "))",
            ].compactMap { $0 }
            return finding(
                "\(held.holder.title) allows \(parts.joined(separator: " ")) (\(statement.source))\(held.holder.usageSuffix)",
                at: statement.location, subject: held.holder.subject, notes: [held.holder.note])
        }
    }
}
