/// A bucket, queue, topic, event bus, KMS key or secret whose resource policy lets anyone in.
struct PublicResourcePolicy: Rule {
    static let description = RuleDescription(
        id: "resource-policy-public",
        title: "Resource policy grants access to any principal",
        severity: .critical,
        practice: .leastPrivilege,
        cwe: "CWE-732",
        owasp: "SAS-3: Insecure Serverless Deployment Configuration",
        rationale: """
            An Allow to `Principal: '*'` (or `AWS: '*'`) on a bucket, queue, topic, event bus, KMS key or secret policy lets every AWS \
            account, and for S3 every anonymous caller, use the resource: read the bucket, inject messages into the \
            queue a function consumes, publish to the topic or put events on the bus. Without a condition on the source \
            ARN, account, organisation, VPC endpoint or IP range nothing narrows it.
            """,
        fix:
            "Name the principals (a service with aws:SourceArn, an account, a role), or add a condition on aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID or aws:SourceVpce.",
        fixBefore: """
            - Effect: Allow
              Principal: '*'
              Action: sqs:SendMessage
              Resource: !GetAtt OrdersQueue.Arn
            """,
        fixAfter: """
            - Effect: Allow
              Principal: { Service: sns.amazonaws.com }
              Action: sqs:SendMessage
              Resource: !GetAtt OrdersQueue.Arn
              Condition:
                ArnEquals:
                  aws:SourceArn: !Ref OrdersTopic
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  DataKey:
                    Type: AWS::KMS::Key
                    Properties:
                      EnableKeyRotation: true
                      KeyPolicy:
                        Statement:
                          - Effect: Allow
                            Principal: { AWS: arn:aws:iam::123456789012:root }
                            Action: kms:*
                            Resource: '*'
                          - Effect: Allow
                            Principal: { AWS: '*' }
                            Action: kms:Decrypt
                            Resource: '*'
                            Condition:
                              StringEquals:
                                aws:PrincipalOrgID: o-a1b2c3d4e5
                """, file: "template.yaml"),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  OrdersQueue:
                    Type: AWS::SQS::Queue
                  OrdersTopic:
                    Type: AWS::SNS::Topic
                  QueuePolicy:
                    Type: AWS::SQS::QueuePolicy
                    Properties:
                      Queues: [!Ref OrdersQueue]
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: '*'
                            Action: sqs:SendMessage
                            Resource: !GetAtt OrdersQueue.Arn
                            Condition:
                              ArnEquals:
                                aws:SourceArn: !Ref OrdersTopic
                  BucketPolicy:
                    Type: AWS::S3::BucketPolicy
                    Properties:
                      Bucket: uploads
                      PolicyDocument:
                        Statement:
                          - Effect: Deny
                            Principal: '*'
                            Action: s3:*
                            Resource: arn:aws:s3:::uploads/*
                            Condition:
                              Bool:
                                aws:SecureTransport: 'false'
                          - Effect: Allow
                            Principal: { AWS: arn:aws:iam::123456789012:root }
                            Action: s3:GetObject
                            Resource: arn:aws:s3:::uploads/*
                  BusPolicy:
                    Type: AWS::Events::EventBusPolicy
                    Properties:
                      StatementId: org
                      Action: events:PutEvents
                      Principal: '*'
                      Condition:
                        Type: StringEquals
                        Key: aws:PrincipalOrgID
                        Value: o-a1b2c3d4e5
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
                resources:
                  Resources:
                    TopicPolicy:
                      Type: AWS::SNS::TopicPolicy
                      Properties:
                        Topics: [arn:aws:sns:us-east-1:123456789012:orders]
                        PolicyDocument:
                          Statement:
                            - Effect: Allow
                              Principal: { AWS: '*' }
                              Action: sns:Publish
                              Resource: arn:aws:sns:us-east-1:123456789012:orders
                              Condition:
                                StringEquals:
                                  aws:SourceAccount: '123456789012'
                """),
        ],
        triggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  DataKey:
                    Type: AWS::KMS::Key
                    Properties:
                      EnableKeyRotation: true
                      KeyPolicy:
                        Statement:
                          - Effect: Allow
                            Principal: { AWS: arn:aws:iam::123456789012:root }
                            Action: kms:*
                            Resource: '*'
                ↓          - Effect: Allow
                            Principal: { AWS: '*' }
                            Action: [kms:Decrypt, kms:DescribeKey]
                            Resource: '*'
                  Signing:
                    Type: AWS::SecretsManager::ResourcePolicy
                    Properties:
                      SecretId: arn:aws:secretsmanager:us-east-1:123456789012:secret:signing
                      ResourcePolicy:
                        Statement:
                ↓          - Effect: Allow
                            Principal: '*'
                            Action: secretsmanager:GetSecretValue
                            Resource: '*'
                """, file: "template.yaml"),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  OrdersQueue:
                    Type: AWS::SQS::Queue
                  QueuePolicy:
                    Type: AWS::SQS::QueuePolicy
                    Properties:
                      Queues: [!Ref OrdersQueue]
                      PolicyDocument:
                        Statement:
                ↓          - Effect: Allow
                            Principal: '*'
                            Action: sqs:SendMessage
                            Resource: !GetAtt OrdersQueue.Arn
                  BucketPolicy:
                    Type: AWS::S3::BucketPolicy
                    Properties:
                      Bucket: uploads
                      PolicyDocument:
                        Statement:
                ↓          - Effect: Allow
                            Principal: { AWS: '*' }
                            Action: s3:GetObject
                            Resource: arn:aws:s3:::uploads/*
                            Condition:
                              Bool:
                                aws:SecureTransport: 'true'
                ↓  LegacyBusPolicy:
                    Type: AWS::Events::EventBusPolicy
                    Properties:
                      StatementId: everyone
                      Action: events:PutEvents
                      Principal: '*'
                  BusPolicy:
                    Type: AWS::Events::EventBusPolicy
                    Properties:
                      StatementId: everyone-too
                      Statement:
                ↓        Effect: Allow
                        Principal: { AWS: '*' }
                        Action: events:PutEvents
                        Resource: arn:aws:events:us-east-1:123456789012:event-bus/default
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
                resources:
                  Resources:
                    TopicPolicy:
                      Type: AWS::SNS::TopicPolicy
                      Properties:
                        Topics: [arn:aws:sns:us-east-1:123456789012:orders]
                        PolicyDocument:
                          Statement:
                ↓            - Effect: Allow
                              Principal: '*'
                              Action: sns:Publish
                              Resource: arn:aws:sns:us-east-1:123456789012:orders
                """),
        ]
    )

    /// Resource policy types and the property holding their policy document.
    static let policyProperties: [String: String] = [
        "AWS::S3::BucketPolicy": "PolicyDocument",
        "AWS::SQS::QueuePolicy": "PolicyDocument",
        "AWS::SQS::QueueInlinePolicy": "PolicyDocument",
        "AWS::SNS::TopicPolicy": "PolicyDocument",
        "AWS::SNS::TopicInlinePolicy": "PolicyDocument",
        "AWS::KMS::Key": "KeyPolicy",
        "AWS::SecretsManager::ResourcePolicy": "ResourcePolicy",
        "AWS::Events::EventBus": "Policy",
    ]

    func findings(in app: Application) -> [Finding] {
        var findings: [Finding] = []
        for resource in app.resources {
            let subject = "resource:\(resource.logicalID)"
            var statements: [Statement] = []
            if let property = Self.policyProperties[resource.type] {
                statements = Statement.statements(inPolicyDocument: resource[property], source: "\(resource.type) \(resource.logicalID)")
            } else if resource.type == "AWS::Events::EventBusPolicy" {
                if let statement = resource["Statement"].flatMap({ Statement($0, source: "EventBusPolicy \(resource.logicalID)") }) {
                    statements = [statement]
                } else if let finding = legacyEventBusFinding(resource) {
                    findings.append(finding)
                }
            }
            for statement in statements where Self.isPublic(statement) {
                let actions = (statement.actions + statement.notActions).map(\.description).joined(separator: ", ")
                findings.append(
                    finding(
                        "\(resource.logicalID) (\(resource.type)) allows any principal \(actions) with no condition narrowing the caller",
                        at: statement.location, subject: subject))
            }
        }
        return findings
    }

    static func isPublic(_ statement: Statement) -> Bool {
        statement.isAllow && statement.hasWildcardPrincipal
            && !NarrowingCondition.narrows(statement, keys: NarrowingCondition.resourcePolicyKeys)
    }

    /// The older EventBusPolicy form: `Principal`, `Action` and a single `Condition {Type, Key, Value}` as properties.
    private func legacyEventBusFinding(_ resource: CloudResource) -> Finding? {
        guard let principal = resource["Principal"]?.string, IAMPattern.isEveryone(principal) else { return nil }
        if let key = resource["Condition"]?["Key"]?.string, NarrowingCondition.resourcePolicyKeys.contains(key.lowercased()) {
            return nil
        }
        return finding(
            "\(resource.logicalID) lets every AWS account put events on the bus (Principal '*', no condition)",
            at: resource.location, subject: "resource:\(resource.logicalID)")
    }
}
