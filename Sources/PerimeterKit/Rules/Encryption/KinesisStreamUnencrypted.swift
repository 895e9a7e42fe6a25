/// A Kinesis data stream that stores records without server-side encryption.
struct KinesisStreamUnencrypted: Rule {
    static let description = RuleDescription(
        id: "kinesis-stream-unencrypted",
        title: "Kinesis stream without server-side encryption",
        severity: .medium,
        practice: .encryption,
        cwe: "CWE-311",
        owasp: "SAS-3: Insecure Deployment Configuration",
        rationale: """
            Unlike SQS, Kinesis Data Streams does not encrypt records unless the stream asks for it: without \
            `StreamEncryption` (or with `EncryptionType: NONE`) every record a producer writes, and every batch a \
            function reads from the stream, is kept in clear text for the whole retention period (24 hours to a year). \
            Stream records are usually events about users and orders, the data the at-rest practice is about.
            """,
        fix: """
            Add `StreamEncryption` with `EncryptionType: KMS` and a `KeyId` (`alias/aws/kinesis`, or a customer-managed key \
            whose policy lets the producers encrypt and the consuming function's role decrypt).
            """,
        fixBefore: """
            Clicks:
              Type: AWS::Kinesis::Stream
              Properties:
                ShardCount: 1
            """,
        fixAfter: """
            Clicks:
              Type: AWS::Kinesis::Stream
              Properties:
                ShardCount: 1
                StreamEncryption:
                  EncryptionType: KMS
                  KeyId: alias/aws/kinesis
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Clicks:
                    Type: AWS::Kinesis::Stream
                    Properties:
                      ShardCount: 1
                      StreamEncryption:
                        EncryptionType: KMS
                        KeyId: !Ref StreamKey
                  StreamKey:
                    Type: AWS::KMS::Key
                    Properties:
                      EnableKeyRotation: true
                """, file: "template.yaml"),
            RuleExample(
                """
                service: clicks
                provider:
                  name: aws
                  runtime: nodejs22.x
                functions:
                  count:
                    handler: count.handler
                    events:
                      - stream:
                          type: kinesis
                          arn: !GetAtt Clicks.Arn
                resources:
                  Resources:
                    Clicks:
                      Type: AWS::Kinesis::Stream
                      Properties:
                        ShardCount: 1
                        StreamEncryption:
                          EncryptionType: KMS
                          KeyId: alias/aws/kinesis
                """),
        ],
        triggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                ↓  Clicks:
                    Type: AWS::Kinesis::Stream
                    Properties:
                      ShardCount: 1
                  Views:
                    Type: AWS::Kinesis::Stream
                    Properties:
                      ShardCount: 1
                      StreamEncryption:
                ↓        EncryptionType: NONE
                """, file: "template.yaml"),
            RuleExample(
                """
                service: clicks
                provider:
                  name: aws
                  runtime: nodejs22.x
                functions:
                  count:
                    handler: count.handler
                    events:
                      - stream:
                          type: kinesis
                          arn: !GetAtt Clicks.Arn
                resources:
                  Resources:
                ↓    Clicks:
                      Type: AWS::Kinesis::Stream
                      Properties:
                        ShardCount: 1
                """),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        app.resources(ofType: "AWS::Kinesis::Stream").compactMap { stream in
            let encryptionType = stream["StreamEncryption"]?["EncryptionType"]
            if let encryptionType, encryptionType.string?.uppercased() != "NONE" { return nil }
            return finding(
                "Stream \(stream.logicalID) has no server-side encryption: its records are stored in clear text for the whole retention period.",
                at: encryptionType?.location ?? stream.location, subject: "resource:\(stream.logicalID)")
        }
    }
}
