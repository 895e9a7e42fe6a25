/// An Allow of every action on every resource: the function can do anything the account can.
struct AdminAccessPolicy: Rule {
    static let description = RuleDescription(
        id: "iam-admin-access",
        title: "IAM statement grants full administrator access",
        severity: .critical,
        practice: .leastPrivilege,
        cwe: "CWE-250",
        owasp: "SAS-4: Over-Privileged Function Permissions and Roles",
        rationale: """
            A statement that allows `*` on `*` gives the function every permission in the account: a single injection \
            or leaked credential lets an attacker read every table and bucket, create users and delete the stack.
            """,
        fix: "Replace the statement with the specific actions the function calls, on the ARNs of the resources it uses.",
        fixBefore: """
            provider:
              iam:
                role:
                  statements:
                    - Effect: Allow
                      Action: '*'
                      Resource: '*'
            """,
        fixAfter: """
            provider:
              iam:
                role:
                  statements:
                    - Effect: Allow
                      Action: [dynamodb:GetItem, dynamodb:PutItem]
                      Resource: !GetAtt OrdersTable.Arn
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
                          Resource: '*'
                          Action: 'iam:DeleteUser'
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
                    - Effect: Deny
                      Action: '*'
                      Resource: '*'
                    - Effect: Allow
                      Action: '*'
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
                        - PolicyName: read
                          PolicyDocument:
                            Statement:
                              - Effect: Allow
                                Action: ['s3:GetObject']
                                Resource: '*'
                """, file: "template.yaml"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                service: service
                provider:
                  name: aws
                  runtime: nodejs20.x
                  iam:
                    role:
                      name: custom-role-name
                      statements:
                ↓        - Effect: 'Allow'
                          Resource: '*'
                          Action: '*'
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
                ↓    - Effect: Allow
                      Action:
                        - '*:*'
                      Resource:
                        - '*'
                functions:
                  hello:
                    handler: handler.hello
                    iamRoleStatements:
                ↓      - Effect: Allow
                        Action: '*'
                        Resource: '*'
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
                        - PolicyName: everything
                          PolicyDocument:
                            Statement:
                ↓              - Effect: Allow
                                Action: '*'
                                Resource: '*'
                  ExtraPolicy:
                    Type: AWS::IAM::Policy
                    Properties:
                      PolicyName: extra
                      Roles: [!Ref FunctionRole]
                      PolicyDocument:
                        Statement:
                ↓          - { Effect: Allow, Action: '*', Resource: '*' }
                """, file: "template.yaml"),
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
                              Action: '*'
                              Resource: '*'
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        app.inventory.identityStatements.compactMap { held in
            guard held.statement.isAdministratorGrant else { return nil }
            return finding(
                "\(held.holder.title) allows every action on every resource (\(held.statement.source))\(held.holder.usageSuffix)",
                at: held.statement.location, subject: held.holder.subject, notes: [held.holder.note])
        }
    }
}
