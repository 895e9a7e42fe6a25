/// A grant on every resource of reads that hand over stored data: objects, parameters, secrets, table items.
struct DataExfiltration: Rule {
    static let description = RuleDescription(
        id: "iam-data-exfiltration",
        title: "Function may read every object, parameter, secret or table in the account",
        severity: .high,
        practice: .leastPrivilege,
        cwe: "CWE-200",
        owasp: "SAS-4: Over-Privileged Function Permissions and Roles",
        rationale: """
            Read actions look harmless, but `s3:GetObject`, `ssm:GetParameter*` and `secretsmanager:GetSecretValue` on \
            every resource let a compromised function download every bucket's objects and every secret of the account: \
            the data leaks Cloudsplaining's data-exfiltration check was written for. Perimeter adds \
            `dynamodb:GetItem`, `BatchGetItem`, `Query` and `Scan` (every table's items). `kms:Decrypt` is left out: the \
            key policy decides who may use a key. The function's effective permissions are checked, managed policies \
            included (`AmazonS3ReadOnlyAccess`, `SecretsManagerReadWrite`).
            """,
        fix: "Scope the read to the function's own bucket, parameter path, secret or table.",
        fixBefore: """
            - Effect: Allow
              Action: [s3:GetObject, secretsmanager:GetSecretValue]
              Resource: '*'
            """,
        fixAfter: """
            - Effect: Allow
              Action: s3:GetObject
              Resource: !Sub ${UploadsBucket.Arn}/*
            - Effect: Allow
              Action: secretsmanager:GetSecretValue
              Resource: !Ref DatabaseSecret
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
                          Action: [s3:GetObject, s3:ListBucket]
                          Resource: [arn:aws:s3:::orders-uploads, arn:aws:s3:::orders-uploads/*]
                        - Effect: Allow
                          Action: ssm:GetParameter*
                          Resource: arn:aws:ssm:us-east-1:123456789012:parameter/orders/*
                        - Effect: Allow
                          Action: [kms:Decrypt, s3:ListAllMyBuckets]
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
                  Reader:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.handler
                      CodeUri: src/
                      Policies:
                        - DynamoDBReadPolicy:
                            TableName: !Ref OrdersTable
                        - Statement:
                            - Effect: Allow
                              Action: secretsmanager:GetSecretValue
                              Resource: !Ref DatabaseSecret
                  OrdersTable:
                    Type: AWS::Serverless::SimpleTable
                  DatabaseSecret:
                    Type: AWS::SecretsManager::Secret
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
                          Action: [s3:Get*, ssm:GetParametersByPath]
                          Resource: '*'
                ↓        - Effect: Allow
                          Action: dynamodb:Scan
                          Resource: arn:aws:dynamodb:*:*:table/*
                functions:
                  hello:
                    handler: handler.hello
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Reader:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.handler
                      CodeUri: src/
                      Policies:
                ↓        - AmazonS3ReadOnlyAccess
                        - Statement:
                ↓            - Effect: Allow
                              Action: secretsmanager:GetSecretValue
                              Resource: !Sub arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:*
                """, file: "template.yaml"),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  IoTArchiveRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: { Service: iot.amazonaws.com }
                            Action: sts:AssumeRole
                      Policies:
                        - PolicyName: archive
                          PolicyDocument:
                            Statement:
                ↓              - Effect: Allow
                                Action: [s3:Get*, s3:PutObject]
                                Resource: '*'
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        EveryResourceGrant.all(in: app, among: SensitiveActions.data).map { entry in
            let holder = entry.granted.holder
            return finding(
                "\(holder.title) allows \(entry.actionList()) on \(entry.grant.resourceLabel): it can read every such resource of the account (\(entry.grant.source))\(entry.conditionSuffix)\(holder.usageSuffix)",
                at: entry.grant.location, subject: holder.subject, notes: [holder.note])
        }
    }
}
