/// An S3 bucket whose policy does not refuse plain-HTTP requests.
struct S3BucketAllowsInsecureTransport: Rule {
    static let description = RuleDescription(
        id: "s3-bucket-allows-insecure-transport",
        title: "S3 bucket accepts requests without TLS",
        severity: .medium,
        practice: .encryption,
        cwe: "CWE-319",
        owasp: "SAS-3: Insecure Deployment Configuration",
        rationale: """
            S3 answers plain HTTP as well as HTTPS. Unless the bucket policy denies requests where \
            `aws:SecureTransport` is false, a misconfigured client, SDK endpoint or presigned URL can move the bucket's \
            data, and the credentials that sign the request, in clear text.
            """,
        fix: """
            Add an `AWS::S3::BucketPolicy` for the bucket with a statement that denies `s3:*` to every principal on \
            the bucket and its objects when `aws:SecureTransport` is `false`.
            """,
        fixBefore: """
            Uploads:
              Type: AWS::S3::Bucket
            """,
        fixAfter: """
            UploadsPolicy:
              Type: AWS::S3::BucketPolicy
              Properties:
                Bucket: !Ref Uploads
                PolicyDocument:
                  Statement:
                    - Effect: Deny
                      Principal: '*'
                      Action: 's3:*'
                      Resource: [!GetAtt Uploads.Arn, !Sub '${Uploads.Arn}/*']
                      Condition:
                        Bool:
                          aws:SecureTransport: false
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Uploads:
                    Type: AWS::S3::Bucket
                  UploadsPolicy:
                    Type: AWS::S3::BucketPolicy
                    Properties:
                      Bucket: !Ref Uploads
                      PolicyDocument:
                        Statement:
                          - Effect: Deny
                            Principal: '*'
                            Action: 's3:*'
                            Resource:
                              - !GetAtt Uploads.Arn
                              - !Sub '${Uploads.Arn}/*'
                            Condition:
                              Bool:
                                aws:SecureTransport: false
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
                    Uploads:
                      Type: AWS::S3::Bucket
                      Properties:
                        BucketName: uploads-123456789012
                    UploadsPolicy:
                      Type: AWS::S3::BucketPolicy
                      Properties:
                        Bucket: uploads-123456789012
                        PolicyDocument:
                          Statement:
                            - Effect: Deny
                              Principal: '*'
                              Action: 's3:*'
                              Resource: arn:aws:s3:::uploads-123456789012/*
                              Condition:
                                Bool:
                                  aws:SecureTransport: 'false'
                """),
        ],
        triggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                ↓  Uploads:
                    Type: AWS::S3::Bucket
                ↓  Reports:
                    Type: AWS::S3::Bucket
                  ReportsPolicy:
                    Type: AWS::S3::BucketPolicy
                    Properties:
                      Bucket: !Ref Reports
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal:
                              AWS: arn:aws:iam::123456789012:root
                            Action: 's3:GetObject'
                            Resource: !Sub '${Reports.Arn}/*'
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
                ↓    Uploads:
                      Type: AWS::S3::Bucket
                """),
        ]
    )

    /// True when the statement denies requests made without TLS.
    static func deniesInsecureTransport(_ statement: Statement) -> Bool {
        guard statement.effect == .deny, let condition = statement.condition else { return false }
        return condition.entries.contains { test in
            test.value.entries.contains { key in
                key.key.lowercased() == "aws:securetransport" && key.value.listOrSingle.contains { $0.bool == false }
            }
        }
    }

    func findings(in app: Application) -> [Finding] {
        let policies = app.resources(ofType: "AWS::S3::BucketPolicy")
        return app.resources(ofType: "AWS::S3::Bucket").compactMap { bucket in
            let name = bucket["BucketName"]?.string
            let enforced = policies.contains { policy in
                guard policy.location.file == bucket.location.file, let target = policy["Bucket"] else { return false }
                let matches = target.symbol?.resource == bucket.logicalID || (name != nil && target.string == name)
                return matches
                    && Statement.statements(inPolicyDocument: policy["PolicyDocument"], source: "bucket policy")
                        .contains(where: Self.deniesInsecureTransport)
            }
            guard !enforced else { return nil }
            return finding(
                "Bucket \(bucket.logicalID) has no bucket policy denying requests without TLS (aws:SecureTransport false); S3 also accepts plain HTTP.",
                at: bucket.location, subject: "resource:\(bucket.logicalID)")
        }
    }
}
