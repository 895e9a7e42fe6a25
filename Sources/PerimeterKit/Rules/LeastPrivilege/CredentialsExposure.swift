/// A grant on every resource of actions whose responses carry credentials.
struct CredentialsExposure: Rule {
    static let description = RuleDescription(
        id: "iam-credentials-exposure",
        title: "Function may call APIs that return credentials for any resource",
        severity: .high,
        practice: .leastPrivilege,
        cwe: "CWE-522",
        owasp: "SAS-4: Over-Privileged Function Permissions and Roles",
        rationale: """
            Some AWS calls answer with credentials: `sts:GetSessionToken`, `ecr:GetAuthorizationToken`, \
            `redshift:GetClusterCredentials`, `ec2:GetPasswordData`, `iam:UpdateAccessKey`… (Cloudsplaining's \
            credentials-exposure list). Allowed on every resource, a compromised function can mint database logins, \
            registry tokens or instance passwords for anything in the account, and those outlive the function's own \
            session. The function's effective permissions are checked (after Deny and the permissions boundary). \
            `iam:CreateAccessKey`, `iam:CreateLoginProfile` and `sts:AssumeRole` on every resource are reported by \
            iam-privilege-escalation instead.
            """,
        fix: "Scope the action to the resources the function needs (`dbuser:cluster/app_user`, one repository), or remove it.",
        fixBefore: """
            - Effect: Allow
              Action: redshift:GetClusterCredentials
              Resource: '*'
            """,
        fixAfter: """
            - Effect: Allow
              Action: redshift:GetClusterCredentials
              Resource:
                - !Sub arn:${AWS::Partition}:redshift:${AWS::Region}:${AWS::AccountId}:dbuser:analytics/reporter
                - !Sub arn:${AWS::Partition}:redshift:${AWS::Region}:${AWS::AccountId}:dbname:analytics/reports
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: reports
                provider:
                  name: aws
                  runtime: nodejs20.x
                  iam:
                    role:
                      statements:
                        - Effect: Allow
                          Action: redshift:GetClusterCredentials
                          Resource: arn:aws:redshift:us-east-1:123456789012:dbuser:analytics/reporter
                        - Effect: Allow
                          Action: [ecr:DescribeRepositories, sts:GetCallerIdentity]
                          Resource: '*'
                functions:
                  report:
                    handler: handler.report
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Builder:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.handler
                      CodeUri: src/
                      Policies:
                        - Statement:
                            - Effect: Allow
                              Action: [ecr:GetAuthorizationToken, sts:GetSessionToken]
                              Resource: '*'
                            - Effect: Deny
                              Action: [ecr:*, sts:*]
                              Resource: '*'
                """, file: "template.yaml", note: "the Deny removes both"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                service: reports
                provider:
                  name: aws
                  runtime: nodejs20.x
                  iam:
                    role:
                      statements:
                ↓        - Effect: Allow
                          Action: [redshift:GetClusterCredentials, redshift:DescribeClusters]
                          Resource: '*'
                functions:
                  summary:
                    handler: handler.summary
                  report:
                    handler: handler.report
                    iamRoleStatements:
                ↓      - Effect: Allow
                        Action: ec2:GetPasswordData
                        Resource: arn:aws:ec2:*:*:instance/*
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Builder:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.handler
                      CodeUri: src/
                      Policies:
                        - Statement:
                ↓            - Effect: Allow
                              Action: ['ecr:GetAuthorizationToken', 'sts:GetSessionToken']
                              Resource: '*'
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        EveryResourceGrant.all(in: app, among: SensitiveActions.credentials).map { entry in
            let holder = entry.granted.holder
            return finding(
                "\(holder.title) allows \(entry.actionList()) on \(entry.grant.resourceLabel), calls that return credentials (\(entry.grant.source))\(entry.conditionSuffix)\(holder.usageSuffix)",
                at: entry.grant.location, subject: holder.subject, notes: [holder.note])
        }
    }
}
