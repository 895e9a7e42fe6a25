/// A grant on every resource of actions at the Permissions management access level.
struct PermissionsManagementOnAnyResource: Rule {
    static let description = RuleDescription(
        id: "iam-permissions-management-on-any-resource",
        title: "Function may change permissions on every resource",
        severity: .high,
        practice: .leastPrivilege,
        cwe: "CWE-732",
        owasp: "SAS-4: Over-Privileged Function Permissions and Roles",
        rationale: """
            AWS's Service Authorization Reference marks some actions "Permissions management": they decide who may do \
            what (`iam:PutRolePolicy`, `s3:PutBucketPolicy`, `kms:PutKeyPolicy`, `lambda:AddPermission`, \
            `sns:AddPermission`). Allowed on every resource they let a compromised function open any bucket, key, queue or \
            function to the world or to itself. The check runs on the function's effective permissions, so it also \
            sees such actions through service wildcards, NotAction and managed policies.
            """,
        fix: "Remove the permissions-management actions, or scope them to the resources the function manages.",
        fixBefore: """
            - Effect: Allow
              Action: [s3:PutBucketPolicy, s3:GetObject]
              Resource: '*'
            """,
        fixAfter: """
            - Effect: Allow
              Action: s3:GetObject
              Resource: !Sub ${UploadsBucket.Arn}/*
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
                          Action: [s3:PutBucketPolicy, s3:PutBucketAcl]
                          Resource: arn:aws:s3:::orders-uploads
                        - Effect: Allow
                          Action: [s3:ListAllMyBuckets, sns:Publish]
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
                  Sharer:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.handler
                      CodeUri: src/
                      Policies:
                        - Statement:
                            - Effect: Allow
                              Action: lambda:AddPermission
                              Resource: !GetAtt Worker.Arn
                  Worker:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: worker.handler
                      CodeUri: src/
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
                          Action: [s3:PutBucketPolicy, s3:GetObject]
                          Resource: '*'
                ↓        - Effect: Allow
                          Action: kms:*
                          NotResource: arn:aws:kms:us-east-1:123456789012:key/audit
                functions:
                  hello:
                    handler: handler.hello
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Sharer:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: python3.12
                      Handler: index.handler
                      Role: !GetAtt SharerRole.Arn
                      Code: { ZipFile: 'def handler(event, context): pass' }
                  SharerRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: { Service: lambda.amazonaws.com }
                            Action: sts:AssumeRole
                      Policies:
                        - PolicyName: share
                          PolicyDocument:
                            Statement:
                ↓              - Effect: Allow
                                Action: [sns:AddPermission, sqs:AddPermission]
                                Resource: '*'
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        EveryResourceGrant.all(in: app, among: SensitiveActions.permissionsManagement).compactMap { entry in
            var entry = entry
            // A written `iam:PassRole` on every role is iam-pass-role-any-resource's finding; one from a managed
            // policy is not.
            if !entry.grant.source.hasPrefix("AWS managed policy ") { entry.actions.subtract(SensitiveActions.passRole) }
            guard !entry.actions.isEmpty else { return nil }
            let holder = entry.granted.holder
            return finding(
                "\(holder.title) allows permissions-management actions on \(entry.grant.resourceLabel): \(entry.actionList()) (\(entry.grant.source))\(entry.conditionSuffix)\(holder.usageSuffix)",
                at: entry.grant.location, subject: holder.subject, notes: [holder.note])
        }
    }
}
