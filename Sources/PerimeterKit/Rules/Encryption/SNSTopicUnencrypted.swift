/// An SNS topic stored without server-side encryption.
struct SNSTopicUnencrypted: Rule {
    static let description = RuleDescription(
        id: "sns-topic-unencrypted",
        title: "SNS topic without server-side encryption",
        severity: .medium,
        practice: .encryption,
        cwe: "CWE-311",
        owasp: "SAS-3: Insecure Deployment Configuration",
        rationale: """
            SNS does not encrypt messages at rest unless the topic has a KMS key (`KmsMasterKeyId`); messages waiting \
            for delivery to a function or queue, often order or user data, sit in clear text in the service. With a \
            customer-managed key the key policy also decides which publishers and subscribers may use it.
            """,
        fix: """
            Set `KmsMasterKeyId` to a customer-managed key (or `alias/aws/sns`), and allow the publishing services \
            `kms:GenerateDataKey*` and `kms:Decrypt` in the key policy.
            """,
        fixBefore: """
            Orders:
              Type: AWS::SNS::Topic
            """,
        fixAfter: """
            Orders:
              Type: AWS::SNS::Topic
              Properties:
                KmsMasterKeyId: !Ref MessagingKey
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Orders:
                    Type: AWS::SNS::Topic
                    Properties:
                      KmsMasterKeyId: alias/aws/sns
                """, file: "template.yaml"),
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs22.x
                functions:
                  notify:
                    handler: notify.handler
                resources:
                  Resources:
                    Orders:
                      Type: AWS::SNS::Topic
                      Properties:
                        KmsMasterKeyId: !Ref MessagingKey
                    MessagingKey:
                      Type: AWS::KMS::Key
                      Properties:
                        EnableKeyRotation: true
                """),
        ],
        triggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                ↓  Orders:
                    Type: AWS::SNS::Topic
                    Properties:
                      TopicName: orders
                """, file: "template.yaml"),
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs22.x
                functions:
                  notify:
                    handler: notify.handler
                resources:
                  Resources:
                ↓    Orders:
                      Type: AWS::SNS::Topic
                """),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        app.resources(ofType: "AWS::SNS::Topic").filter { $0["KmsMasterKeyId"] == nil }.map { topic in
            finding(
                "Topic \(topic.logicalID) has no KmsMasterKeyId: its messages are stored unencrypted while they wait for delivery.",
                at: topic.location, subject: "resource:\(topic.logicalID)")
        }
    }
}
