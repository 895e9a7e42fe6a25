/// A CloudTrail trail that is off, or whose log files cannot be checked for tampering.
struct CloudTrailLoggingDisabled: Rule {
    static let description = RuleDescription(
        id: "cloudtrail-logging-disabled",
        title: "CloudTrail trail not logging, or without log file validation",
        severity: .medium,
        practice: .monitoring,
        cwe: "CWE-778",
        owasp: "SAS-5: Inadequate Function Monitoring and Logging",
        rationale: """
            CloudTrail is the record of who changed a function's code, role or configuration and who read its \
            secrets. A trail with `IsLogging: false` records nothing; without `EnableLogFileValidation` an attacker who \
            reaches the log bucket can edit or delete entries and nobody can prove it, because CloudTrail writes no \
            signed digest files to check them against.
            """,
        fix: "Set `IsLogging: true` and `EnableLogFileValidation: true` on the trail (and keep the log bucket private and versioned).",
        fixBefore: """
            Trail:
              Type: AWS::CloudTrail::Trail
              Properties:
                IsLogging: true
                S3BucketName: !Ref TrailBucket
            """,
        fixAfter: """
            Trail:
              Type: AWS::CloudTrail::Trail
              Properties:
                IsLogging: true
                EnableLogFileValidation: true
                S3BucketName: !Ref TrailBucket
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Trail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: true
                      EnableLogFileValidation: true
                      IsMultiRegionTrail: true
                      S3BucketName: audit-logs-123456789012
                """, file: "template.yaml"),
            RuleExample(
                """
                service: audit
                provider:
                  name: aws
                  runtime: nodejs22.x
                functions:
                  check:
                    handler: check.handler
                resources:
                  Resources:
                    Trail:
                      Type: AWS::CloudTrail::Trail
                      Properties:
                        IsLogging: true
                        EnableLogFileValidation: true
                        S3BucketName: audit-logs-123456789012
                """),
        ],
        triggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                ↓  Trail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: false
                      EnableLogFileValidation: true
                      S3BucketName: audit-logs-123456789012
                ↓  OrgTrail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: true
                      S3BucketName: audit-logs-123456789012
                """, file: "template.yaml"),
            RuleExample(
                """
                service: audit
                provider:
                  name: aws
                  runtime: nodejs22.x
                functions:
                  check:
                    handler: check.handler
                resources:
                  Resources:
                ↓    Trail:
                      Type: AWS::CloudTrail::Trail
                      Properties:
                        IsLogging: true
                        EnableLogFileValidation: false
                        S3BucketName: audit-logs-123456789012
                """),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        app.resources(ofType: "AWS::CloudTrail::Trail").compactMap { trail in
            var problems: [String] = []
            // IsLogging is required; a symbolic value (a parameter) may be true, so only a literal false counts.
            if trail["IsLogging"]?.bool == false { problems.append("is not logging (IsLogging: false)") }
            if let validation = trail["EnableLogFileValidation"] {
                if validation.bool == false { problems.append("has log file validation turned off") }
            } else {
                problems.append("has no log file validation (EnableLogFileValidation)")
            }
            guard !problems.isEmpty else { return nil }
            return finding(
                "Trail \(trail.logicalID) \(problems.joined(separator: " and ")); turn both on so API activity is recorded and tampering is detectable.",
                at: trail.location, subject: "resource:\(trail.logicalID)")
        }
    }
}
