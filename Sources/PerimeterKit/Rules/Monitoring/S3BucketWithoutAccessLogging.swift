/// An S3 bucket whose requests are not logged.
struct S3BucketWithoutAccessLogging: Rule {
    static let description = RuleDescription(
        id: "s3-bucket-without-access-logging",
        title: "S3 bucket without access logging",
        severity: .low,
        practice: .monitoring,
        cwe: "CWE-778",
        owasp: "SAS-10: Insufficient Logging and Monitoring",
        rationale: """
            A serverless app's buckets are entry points (uploads that trigger functions) and data stores. Without \
            server access logs (or CloudTrail data events) nothing records who read, wrote or deleted an object, so \
            an upload that exploited a function or a leak through a presigned URL cannot be traced afterwards. \
            Buckets that receive other buckets' logs are not reported: logging them into themselves would loop.
            """,
        fix: """
            Add `LoggingConfiguration` with a `DestinationBucketName` (a bucket kept for logs, with a retention \
            lifecycle) and a `LogFilePrefix`; or enable CloudTrail S3 data events for the bucket.
            """,
        fixBefore: """
            Uploads:
              Type: AWS::S3::Bucket
            """,
        fixAfter: """
            Uploads:
              Type: AWS::S3::Bucket
              Properties:
                LoggingConfiguration:
                  DestinationBucketName: !Ref AccessLogs
                  LogFilePrefix: uploads/
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Uploads:
                    Type: AWS::S3::Bucket
                    Properties:
                      LoggingConfiguration:
                        DestinationBucketName: !Ref AccessLogs
                        LogFilePrefix: uploads/
                  AccessLogs:
                    Type: AWS::S3::Bucket
                  LegacyLogs:
                    Type: AWS::S3::Bucket
                    Properties:
                      AccessControl: LogDeliveryWrite
                """, file: "template.yaml")
        ],
        triggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                ↓  Uploads:
                    Type: AWS::S3::Bucket
                  Thumbnail:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.13
                      Handler: app.handler
                      Events:
                        Upload:
                          Type: S3
                          Properties:
                            Bucket: !Ref Uploads
                            Events: s3:ObjectCreated:*
                """, file: "template.yaml"),
            RuleExample(
                """
                service: uploads
                provider:
                  name: aws
                  runtime: nodejs22.x
                functions:
                  resize:
                    handler: resize.handler
                resources:
                  Resources:
                ↓    Images:
                      Type: AWS::S3::Bucket
                      Properties:
                        BucketName: uploads-images
                """),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        let buckets = app.resources(ofType: "AWS::S3::Bucket")
        // Buckets that receive access logs, named by logical id in the same file.
        let logDestinations = Set(
            buckets.compactMap { bucket -> String? in
                guard let target = bucket["LoggingConfiguration"]?["DestinationBucketName"]?.symbol?.resource else { return nil }
                return "\(bucket.location.file)#\(target)"
            })
        return buckets.compactMap { bucket in
            guard bucket["LoggingConfiguration"] == nil, bucket["AccessControl"]?.string != "LogDeliveryWrite",
                !logDestinations.contains("\(bucket.location.file)#\(bucket.logicalID)")
            else { return nil }
            return finding(
                "Bucket \(bucket.logicalID) has no LoggingConfiguration: no record says who read, wrote or deleted its objects.",
                at: bucket.location, subject: "resource:\(bucket.logicalID)")
        }
    }
}
