/// A symmetric KMS key without automatic rotation.
struct KMSKeyRotationDisabled: Rule {
    static let description = RuleDescription(
        id: "kms-key-rotation-disabled",
        title: "KMS key without automatic rotation",
        severity: .medium,
        practice: .encryption,
        cwe: "CWE-320",
        owasp: "SAS-3: Insecure Deployment Configuration",
        rationale: """
            A symmetric encryption key that never rotates protects ever more data with the same key material, so a \
            leak of that material (or a cryptanalytic weakness) exposes everything it ever encrypted. KMS rotates key \
            material automatically, keeping the old material for decryption, once `EnableKeyRotation` is true; it is \
            off by default. Asymmetric and HMAC keys, and keys with imported or external key material, cannot rotate \
            automatically and are not reported.
            """,
        fix: "Set `EnableKeyRotation: true` (optionally `RotationPeriodInDays`, 90–2560; 365 by default).",
        fixBefore: """
            DataKey:
              Type: AWS::KMS::Key
              Properties:
                KeyPolicy: ...
            """,
        fixAfter: """
            DataKey:
              Type: AWS::KMS::Key
              Properties:
                EnableKeyRotation: true
                KeyPolicy: ...
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  DataKey:
                    Type: AWS::KMS::Key
                    Properties:
                      EnableKeyRotation: true
                  SigningKey:
                    Type: AWS::KMS::Key
                    Properties:
                      KeySpec: RSA_2048
                      KeyUsage: SIGN_VERIFY
                  ImportedKey:
                    Type: AWS::KMS::Key
                    Properties:
                      Origin: EXTERNAL
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
                    DataKey:
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
                ↓  DataKey:
                    Type: AWS::KMS::Key
                    Properties:
                      Description: orders data
                ↓  LegacyKey:
                    Type: AWS::KMS::Key
                    Properties:
                      KeySpec: SYMMETRIC_DEFAULT
                      EnableKeyRotation: false
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
                ↓    DataKey:
                      Type: AWS::KMS::Key
                """),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        app.resources(ofType: "AWS::KMS::Key").compactMap { key in
            let spec = key["KeySpec"]?.string ?? key["KeySpec"].map { _ in "?" } ?? "SYMMETRIC_DEFAULT"
            let origin = key["Origin"]?.string ?? "AWS_KMS"
            guard spec == "SYMMETRIC_DEFAULT", origin == "AWS_KMS" else { return nil }
            let rotation = key["EnableKeyRotation"]
            if rotation?.bool == true || rotation?.isSymbolic == true { return nil }
            return finding(
                "Key \(key.logicalID) is a symmetric key without automatic rotation (EnableKeyRotation is not true); its key material never changes.",
                at: key.location, subject: "resource:\(key.logicalID)")
        }
    }
}
