/// `iam:PassRole` on every role: the function can hand any role, an administrator's included, to a service it controls.
struct PassRoleOnAnyResource: Rule {
    static let description = RuleDescription(
        id: "iam-pass-role-any-resource",
        title: "IAM statement allows iam:PassRole on every role",
        severity: .high,
        practice: .leastPrivilege,
        cwe: "CWE-269",
        owasp: "SAS-4: Over-Privileged Function Permissions and Roles",
        rationale: """
            With `iam:PassRole` on `*` a function can create a Lambda function, an EC2 instance or a Glue job that runs \
            with any role in the account, and so escalate to that role's permissions: a classic privilege-escalation path. \
            A statement with an `iam:PassedToService` condition is reported as medium: any role can still be handed \
            to that service, but to no other.
            """,
        fix: "Limit `iam:PassRole` to the ARNs of the roles the function must pass, and add an `iam:PassedToService` condition.",
        fixBefore: """
            - Effect: Allow
              Action: iam:PassRole
              Resource: '*'
            """,
        fixAfter: """
            - Effect: Allow
              Action: iam:PassRole
              Resource: !GetAtt StepFunctionsRole.Arn
              Condition:
                StringEquals:
                  iam:PassedToService: states.amazonaws.com
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
                          Action: iam:PassRole
                          Resource: arn:aws:iam::123456789012:role/orders-workflow
                        - Effect: Allow
                          Action: [iam:GetRole, iam:ListRoles]
                          Resource: '*'
                functions:
                  hello:
                    handler: handler.hello
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Starter:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.handler
                      CodeUri: src/
                      Policies:
                        - Statement:
                            - Effect: Allow
                              Action: iam:PassRole
                              Resource: !GetAtt WorkflowRole.Arn
                  WorkflowRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: { Service: states.amazonaws.com }
                            Action: sts:AssumeRole
                """, file: "template.yaml"),
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
                ↓        - Effect: Allow
                          Action: [iam:PassRole, lambda:CreateFunction]
                          Resource: '*'
                ↓        - Effect: Allow
                          Action: iam:Pass*
                          Resource: '*'
                ↓        - Effect: Allow
                          Action: iam:PassRole
                          Resource: '*'
                          Condition:
                            StringEquals:
                              iam:PassedToService: states.amazonaws.com
                ↓        - Effect: Allow
                          Action: iam:PassRole
                          Resource: arn:aws:iam::*:role/*
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
                        - PolicyName: iam
                          PolicyDocument:
                            Statement:
                ↓              - Effect: Allow
                                Action: iam:*
                                Resource: '*'
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        app.inventory.identityStatements.compactMap { held in
            let statement = held.statement
            // Every action on every resource already is iam-admin-access's finding.
            guard statement.isAllow, Self.reachesEveryRole(statement), !statement.isAdministratorGrant,
                let action = statement.actionStrings.first(where: { IAMPattern.matches($0.text, "iam:PassRole") })
            else { return nil }
            let services = Self.passedToServices(statement)
            let scope = services.isEmpty ? "" : ", though only to \(services.joined(separator: ", ")) (iam:PassedToService)"
            var result = finding(
                "\(held.holder.title) allows iam:PassRole (through `\(action.text)`) on every role\(scope) (\(statement.source))\(held.holder.usageSuffix)",
                at: statement.location, subject: held.holder.subject, notes: [held.holder.note])
            // Any role can still reach that one service, but no other: half the fix is in place.
            if !services.isEmpty { result.severity = .medium }
            return result
        }
    }

    /// `*`, or an ARN naming every role (`arn:aws:iam::*:role/*`, `arn:aws:iam::123456789012:role/*`).
    static func reachesEveryRole(_ statement: Statement) -> Bool {
        statement.grantsAnyResource || statement.resources.contains { $0.string.map(PermissionGrant.isEveryResourceOfItsKind) ?? false }
    }

    /// The services an `iam:PassedToService` condition (`StringEquals`, `StringLike`, `ForAnyValue:…`) limits
    /// the passed roles to; empty without one, or under a negated operator, which narrows nothing useful.
    static func passedToServices(_ statement: Statement) -> [String] {
        var services: [String] = []
        for condition in statement.condition?.entries ?? [] where !condition.key.lowercased().contains("not") {
            for entry in condition.value.entries where entry.key.lowercased() == "iam:passedtoservice" {
                services += entry.value.listOrSingle.compactMap(\.string)
            }
        }
        return services
    }
}
