/// A Secrets Manager secret encrypted with the account's default `aws/secretsmanager` key.
struct SecretWithoutKMSKey: Rule {
    static let description = RuleDescription(
        id: "secret-without-kms-key",
        title: "Secret encrypted with the default AWS managed key",
        severity: .low,
        practice: .encryption,
        cwe: "CWE-311",
        owasp: "SAS-7: Insecure Application Secrets Storage",
        rationale: """
            Without `KmsKeyId` a secret is encrypted with the AWS managed key `aws/secretsmanager`, whose key policy \
            lets every principal of the account that may call `secretsmanager:GetSecretValue` decrypt it, and which \
            cannot be shared with another account. A customer-managed key adds a second gate: reading the secret then \
            also takes `kms:Decrypt` on a key whose policy can name the one function role that needs it.
            """,
        fix: "Set `KmsKeyId` to a customer-managed key and allow `kms:Decrypt` in its key policy only to the roles that read the secret.",
        fixBefore: """
            DatabaseSecret:
              Type: AWS::SecretsManager::Secret
              Properties:
                GenerateSecretString:
                  PasswordLength: 32
            """,
        fixAfter: """
            DatabaseSecret:
              Type: AWS::SecretsManager::Secret
              Properties:
                KmsKeyId: !Ref SecretsKey
                GenerateSecretString:
                  PasswordLength: 32
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  DatabaseSecret:
                    Type: AWS::SecretsManager::Secret
                    Properties:
                      KmsKeyId: !Ref SecretsKey
                      GenerateSecretString:
                        PasswordLength: 32
                  SecretsKey:
                    Type: AWS::KMS::Key
                    Properties:
                      EnableKeyRotation: true
                """, file: "template.yaml")
        ],
        triggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                ↓  DatabaseSecret:
                    Type: AWS::SecretsManager::Secret
                    Properties:
                      GenerateSecretString:
                        PasswordLength: 32
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
                ↓    ApiKeySecret:
                      Type: AWS::SecretsManager::Secret
                      Properties:
                        Description: third-party API key
                """),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        app.resources(ofType: "AWS::SecretsManager::Secret").filter { $0["KmsKeyId"] == nil }.map { secret in
            finding(
                "Secret \(secret.logicalID) is encrypted with the default aws/secretsmanager key: any role of the account allowed GetSecretValue can decrypt it.",
                at: secret.location, subject: "resource:\(secret.logicalID)")
        }
    }
}
