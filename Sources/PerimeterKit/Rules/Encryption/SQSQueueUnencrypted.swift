/// An SQS queue with server-side encryption explicitly turned off.
struct SQSQueueUnencrypted: Rule {
    static let description = RuleDescription(
        id: "sqs-queue-unencrypted",
        title: "SQS queue with server-side encryption turned off",
        severity: .medium,
        practice: .encryption,
        cwe: "CWE-311",
        owasp: "SAS-3: Insecure Deployment Configuration",
        rationale: """
            Since October 2022 SQS encrypts every new queue with SQS-managed keys (SSE-SQS) unless told otherwise, so \
            a queue that says nothing about encryption is encrypted and is not reported. What leaves messages, and \
            the events a function consumes from them, in clear text at rest is `SqsManagedSseEnabled: false` without a \
            `KmsMasterKeyId`: that is what this rule reports. (Use a KMS key when you also want key policies and \
            CloudTrail records of every decryption.)
            """,
        fix: "Remove `SqsManagedSseEnabled: false`, or set `KmsMasterKeyId` to a KMS key the producers and the consuming function may use.",
        fixBefore: """
            Jobs:
              Type: AWS::SQS::Queue
              Properties:
                SqsManagedSseEnabled: false
            """,
        fixAfter: """
            Jobs:
              Type: AWS::SQS::Queue
              Properties:
                SqsManagedSseEnabled: true
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Jobs:
                    Type: AWS::SQS::Queue
                  Dlq:
                    Type: AWS::SQS::Queue
                    Properties:
                      KmsMasterKeyId: alias/aws/sqs
                  Audit:
                    Type: AWS::SQS::Queue
                    Properties:
                      SqsManagedSseEnabled: true
                """, file: "template.yaml"),
            RuleExample(
                """
                service: jobs
                provider:
                  name: aws
                  runtime: nodejs22.x
                functions:
                  worker:
                    handler: worker.handler
                resources:
                  Resources:
                    Jobs:
                      Type: AWS::SQS::Queue
                      Properties:
                        SqsManagedSseEnabled: false
                        KmsMasterKeyId: !Ref JobsKey
                """),
        ],
        triggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Jobs:
                    Type: AWS::SQS::Queue
                    Properties:
                ↓      SqsManagedSseEnabled: false
                """, file: "template.yaml"),
            RuleExample(
                """
                service: jobs
                provider:
                  name: aws
                  runtime: nodejs22.x
                functions:
                  worker:
                    handler: worker.handler
                resources:
                  Resources:
                    Jobs:
                      Type: AWS::SQS::Queue
                      Properties:
                ↓        SqsManagedSseEnabled: 'false'
                """),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        app.resources(ofType: "AWS::SQS::Queue").compactMap { queue in
            guard queue["KmsMasterKeyId"] == nil, let setting = queue["SqsManagedSseEnabled"], setting.bool == false else { return nil }
            return finding(
                "Queue \(queue.logicalID) turns SQS-managed encryption off and has no KmsMasterKeyId: its messages are stored unencrypted.",
                at: setting.location, subject: "resource:\(queue.logicalID)")
        }
    }
}
