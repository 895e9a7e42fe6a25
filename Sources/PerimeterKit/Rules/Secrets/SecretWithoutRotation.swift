/// A Secrets Manager secret that nothing rotates.
struct SecretWithoutRotation: Rule {
    static let description = RuleDescription(
        id: "secret-without-rotation",
        title: "Secrets Manager secret without rotation",
        severity: .low,
        practice: .secrets,
        cwe: "CWE-262",
        owasp: "SAS-7: Insecure Application Secrets Storage",
        rationale: """
            A secret that never changes stays valid for as long as anyone who ever saw it (a former employee, a log \
            line, a leaked environment) keeps a copy. Secrets Manager can rotate a secret on a schedule with a rotation \
            function (or a hosted one for RDS, Redshift and DocumentDB), but only when an \
            `AWS::SecretsManager::RotationSchedule` points at the secret.
            """,
        fix: """
            Add an `AWS::SecretsManager::RotationSchedule` whose `SecretId` is the secret, with `RotationLambdaARN` or \
            `HostedRotationLambda` and `RotationRules` (e.g. `ScheduleExpression: rate(30 days)`).
            """,
        fixBefore: """
            DbSecret:
              Type: AWS::SecretsManager::Secret
            """,
        fixAfter: """
            DbSecretRotation:
              Type: AWS::SecretsManager::RotationSchedule
              Properties:
                SecretId: !Ref DbSecret
                HostedRotationLambda:
                  RotationType: PostgreSQLSingleUser
                RotationRules:
                  ScheduleExpression: rate(30 days)
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  DbSecret:
                    Type: AWS::SecretsManager::Secret
                    Properties:
                      GenerateSecretString:
                        SecretStringTemplate: '{"username": "app"}'
                        GenerateStringKey: password
                  DbSecretRotation:
                    Type: AWS::SecretsManager::RotationSchedule
                    Properties:
                      SecretId: !Ref DbSecret
                      RotationLambdaARN: arn:aws:lambda:eu-west-1:123456789012:function:rotate
                      RotationRules:
                        AutomaticallyAfterDays: 30
                """, file: "template.yaml"),
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs22.x
                functions:
                  rotate:
                    handler: rotate.handler
                resources:
                  Resources:
                    ApiSecret:
                      Type: AWS::SecretsManager::Secret
                      Properties:
                        Name: orders/api
                    ApiSecretRotation:
                      Type: AWS::SecretsManager::RotationSchedule
                      Properties:
                        SecretId: orders/api
                        RotationLambdaARN: arn:aws:lambda:eu-west-1:123456789012:function:rotate
                        RotationRules:
                          ScheduleExpression: rate(30 days)
                """),
        ],
        triggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                ↓  DbSecret:
                    Type: AWS::SecretsManager::Secret
                    Properties:
                      GenerateSecretString:
                        SecretStringTemplate: '{"username": "app"}'
                        GenerateStringKey: password
                  ApiSecret:
                    Type: AWS::SecretsManager::Secret
                  ApiSecretRotation:
                    Type: AWS::SecretsManager::RotationSchedule
                    Properties:
                      SecretId: !Ref ApiSecret
                      RotationLambdaARN: arn:aws:lambda:eu-west-1:123456789012:function:rotate
                """, file: "template.yaml"),
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs22.x
                functions:
                  createOrder:
                    handler: handler.create
                resources:
                  Resources:
                ↓    ApiSecret:
                      Type: AWS::SecretsManager::Secret
                      Properties:
                        Name: orders/api
                """),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        let schedules = app.resources(ofType: "AWS::SecretsManager::RotationSchedule")
        return app.resources(ofType: "AWS::SecretsManager::Secret").compactMap { secret in
            let name = secret["Name"]?.string
            let rotated = schedules.contains { schedule in
                guard schedule.location.file == secret.location.file, let target = schedule["SecretId"] else { return false }
                return target.symbol?.resource == secret.logicalID || (name != nil && target.string == name)
            }
            guard !rotated else { return nil }
            return finding(
                "Secret \(secret.logicalID) has no RotationSchedule: its value never changes, so every copy ever made stays valid.",
                at: secret.location, subject: "resource:\(secret.logicalID)")
        }
    }
}
