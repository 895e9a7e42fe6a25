/// A CloudWatch Logs log group encrypted only with the service's own key.
struct LogGroupWithoutKMSKey: Rule {
    static let description = RuleDescription(
        id: "log-group-without-kms-key",
        title: "Log group without a KMS key",
        severity: .low,
        practice: .encryption,
        cwe: "CWE-311",
        owasp: "SAS-3: Insecure Deployment Configuration",
        rationale: """
            Function logs hold what handlers print: event payloads, user data, tokens logged by mistake. CloudWatch \
            Logs encrypts them with a key the service owns, so anyone allowed `logs:GetLogEvents` or \
            `logs:StartQuery` on the group reads them, and no key policy or CloudTrail record of decryption stands \
            in between. With `KmsKeyId`, reading the logs also takes `kms:Decrypt` on a key whose policy you control.
            """,
        fix: """
            Set `KmsKeyId` to the ARN of a customer-managed key whose key policy allows the `logs.<region>.amazonaws.com` \
            service principal to use it (for the log group's ARN in `kms:EncryptionContext:aws:logs:arn`).
            """,
        fixBefore: """
            OrdersLogGroup:
              Type: AWS::Logs::LogGroup
              Properties:
                LogGroupName: /aws/lambda/orders
                RetentionInDays: 30
            """,
        fixAfter: """
            OrdersLogGroup:
              Type: AWS::Logs::LogGroup
              Properties:
                LogGroupName: /aws/lambda/orders
                RetentionInDays: 30
                KmsKeyId: !GetAtt LogsKey.Arn
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  OrdersLogGroup:
                    Type: AWS::Logs::LogGroup
                    Properties:
                      RetentionInDays: 30
                      KmsKeyId: !GetAtt LogsKey.Arn
                  LogsKey:
                    Type: AWS::KMS::Key
                    Properties:
                      EnableKeyRotation: true
                """, file: "template.yaml"),
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs22.x
                functions:
                  create:
                    handler: create.handler
                resources:
                  Resources:
                    AuditLogGroup:
                      Type: AWS::Logs::LogGroup
                      Properties:
                        RetentionInDays: 365
                        KmsKeyId: ${param:logsKeyArn}
                """),
        ],
        triggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                ↓  OrdersLogGroup:
                    Type: AWS::Logs::LogGroup
                    Properties:
                      LogGroupName: /aws/lambda/orders
                      RetentionInDays: 30
                """, file: "template.yaml"),
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs22.x
                functions:
                  create:
                    handler: create.handler
                resources:
                  Resources:
                ↓    AuditLogGroup:
                      Type: AWS::Logs::LogGroup
                      Properties:
                        RetentionInDays: 365
                """),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        app.resources(ofType: "AWS::Logs::LogGroup").filter { $0["KmsKeyId"] == nil }.map { group in
            finding(
                "Log group \(group.logicalID) has no KmsKeyId: whoever may read the group reads what the functions log, with no key policy in between.",
                at: group.location, subject: "resource:\(group.logicalID)")
        }
    }
}
