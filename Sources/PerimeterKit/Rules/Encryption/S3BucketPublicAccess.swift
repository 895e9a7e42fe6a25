/// An S3 bucket that grants public access by ACL or does not block it fully.
struct S3BucketPublicAccess: Rule {
    static let description = RuleDescription(
        id: "s3-bucket-public-access",
        title: "S3 bucket open to public access",
        severity: .high,
        practice: .encryption,
        cwe: "CWE-732",
        owasp: "SAS-3: Insecure Deployment Configuration",
        rationale: """
            A bucket a function writes to is data at rest: an `AccessControl` of `PublicRead`, `PublicReadWrite` or \
            `AuthenticatedRead` (any AWS account) hands it to the internet, and a `PublicAccessBlockConfiguration` that \
            leaves any of `BlockPublicAcls`, `BlockPublicPolicy`, `IgnorePublicAcls`, `RestrictPublicBuckets` off lets a \
            later ACL or policy change do so. Since April 2023 S3 blocks public access on new buckets by default, so a \
            bucket that omits the configuration entirely is reported at low severity: the template then depends on \
            that default, which does not hold for buckets created earlier and is easily switched off by hand.
            """,
        fix: """
            Remove the public `AccessControl` (use `OwnershipControls: BucketOwnerEnforced` and serve public content \
            through CloudFront with origin access control) and declare all four settings of \
            `PublicAccessBlockConfiguration` as true.
            """,
        fixBefore: """
            Uploads:
              Type: AWS::S3::Bucket
              Properties:
                AccessControl: PublicRead
            """,
        fixAfter: """
            Uploads:
              Type: AWS::S3::Bucket
              Properties:
                PublicAccessBlockConfiguration:
                  BlockPublicAcls: true
                  BlockPublicPolicy: true
                  IgnorePublicAcls: true
                  RestrictPublicBuckets: true
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Uploads:
                    Type: AWS::S3::Bucket
                    Properties:
                      AccessControl: Private
                      PublicAccessBlockConfiguration:
                        BlockPublicAcls: true
                        BlockPublicPolicy: true
                        IgnorePublicAcls: true
                        RestrictPublicBuckets: true
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
                        PublicAccessBlockConfiguration:
                          BlockPublicAcls: true
                          BlockPublicPolicy: true
                          IgnorePublicAcls: true
                          RestrictPublicBuckets: true
                """),
        ],
        triggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Website:
                    Type: AWS::S3::Bucket
                    Properties:
                ↓      AccessControl: PublicRead
                ↓  Partial:
                    Type: AWS::S3::Bucket
                    Properties:
                      PublicAccessBlockConfiguration:
                        BlockPublicAcls: true
                        BlockPublicPolicy: false
                ↓  Implicit:
                    Type: AWS::S3::Bucket
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
                ↓        AccessControl: PublicReadWrite
                """),
        ]
    )

    static let publicACLs: Set<String> = ["publicread", "publicreadwrite", "authenticatedread"]
    static let blockSettings = ["BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"]

    func findings(in app: Application) -> [Finding] {
        app.resources(ofType: "AWS::S3::Bucket").compactMap { bucket in
            let subject = "resource:\(bucket.logicalID)"
            if let acl = bucket["AccessControl"], let text = acl.string, Self.publicACLs.contains(text.lowercased()) {
                return finding(
                    "Bucket \(bucket.logicalID) has AccessControl \(text): its objects are readable\(text.lowercased() == "publicreadwrite" ? " and writable" : "") by \(text.lowercased() == "authenticatedread" ? "any AWS account" : "anyone on the internet").",
                    at: acl.location, subject: subject)
            }
            guard let block = bucket["PublicAccessBlockConfiguration"] else {
                var implicit = finding(
                    "Bucket \(bucket.logicalID) declares no PublicAccessBlockConfiguration and relies on S3's default for new buckets; declare all four settings true.",
                    at: bucket.location, subject: subject)
                implicit.severity = .low
                return implicit
            }
            // A setting written as a parameter may be true: only settings literally off or missing count.
            let off = Self.blockSettings.filter { name in
                guard let setting = block[name] else { return true }
                return setting.bool == false
            }
            guard !off.isEmpty else { return nil }
            return finding(
                "Bucket \(bucket.logicalID) does not block public access fully: \(off.joined(separator: ", ")) \(off.count == 1 ? "is" : "are") not true, so a public ACL or bucket policy can expose it.",
                at: bucket.location, subject: subject)
        }
    }
}
