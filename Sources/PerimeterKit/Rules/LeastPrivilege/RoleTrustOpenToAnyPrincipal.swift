/// A role anyone in any AWS account can assume.
struct RoleTrustOpenToAnyPrincipal: Rule {
    static let description = RuleDescription(
        id: "role-trust-open-to-any-principal",
        title: "Role trust policy lets any principal assume the role",
        severity: .critical,
        practice: .leastPrivilege,
        cwe: "CWE-284",
        owasp: "SAS-4: Over-Privileged Function Permissions and Roles",
        rationale: """
            A trust policy with `Principal: "*"` (or `AWS: "*"`) and no condition on the caller's account, organisation, \
            source or external id lets any AWS identity in the world call `sts:AssumeRole` and act with the role's permissions.
            """,
        fix: "Trust the service (`Service: lambda.amazonaws.com`) or the accounts that need the role, or add a condition on aws:PrincipalOrgID, aws:SourceArn or sts:ExternalId.",
        fixBefore: """
            AssumeRolePolicyDocument:
              Statement:
                - Effect: Allow
                  Principal: '*'
                  Action: sts:AssumeRole
            """,
        fixAfter: """
            AssumeRolePolicyDocument:
              Statement:
                - Effect: Allow
                  Principal: { Service: lambda.amazonaws.com }
                  Action: sts:AssumeRole
            """,
        nonTriggeringExamples: [
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
                  PartnerRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: { AWS: '*' }
                            Action: sts:AssumeRole
                            Condition:
                              StringEquals:
                                aws:PrincipalOrgID: o-a1b2c3d4e5
                """, file: "template.yaml"),
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                functions:
                  hello:
                    handler: handler.hello
                    role: HelloRole
                resources:
                  Resources:
                    HelloRole:
                      Type: AWS::IAM::Role
                      Properties:
                        AssumeRolePolicyDocument:
                          Statement:
                            - Effect: Allow
                              Principal: '*'
                              Action: sts:AssumeRole
                              Condition:
                                StringEquals:
                                  sts:ExternalId: 6f1c9a0e-partner
                """),
        ],
        triggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  OpenRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Version: '2012-10-17'
                        Statement:
                ↓          - Effect: Allow
                            Principal:
                              AWS: '*'
                            Action: sts:AssumeRole
                ↓          - Effect: Allow
                            Principal: '*'
                            Action: sts:AssumeRole
                            Condition:
                              StringLike:
                                aws:SourceAccount: '*'
                """, file: "template.yaml"),
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                functions:
                  hello:
                    handler: handler.hello
                    role: HelloRole
                resources:
                  Resources:
                    HelloRole:
                      Type: AWS::IAM::Role
                      Properties:
                        AssumeRolePolicyDocument:
                          Statement:
                ↓            - Effect: Allow
                              Principal: { AWS: ['arn:aws:iam::123456789012:root', '*'] }
                              Action: sts:AssumeRole
                """),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        app.inventory.trustStatements.compactMap { held in
            let statement = held.statement
            guard statement.isAllow, statement.hasWildcardPrincipal,
                !NarrowingCondition.narrows(statement, keys: NarrowingCondition.trustKeys)
            else { return nil }
            return finding(
                "\(held.holder.title) can be assumed by any AWS principal: its trust policy allows `*` with no condition on account, organisation, source or external id\(held.holder.usageSuffix)",
                at: statement.location, subject: held.holder.subject, notes: [held.holder.note])
        }
    }
}
