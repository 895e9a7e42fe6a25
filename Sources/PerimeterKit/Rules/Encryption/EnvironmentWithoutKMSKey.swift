/// Function environment variables encrypted only with the AWS-managed Lambda key.
struct EnvironmentWithoutKMSKey: Rule {
    static let description = RuleDescription(
        id: "environment-without-kms-key",
        title: "Function environment variables without a customer-managed KMS key",
        severity: .medium,
        practice: .encryption,
        cwe: "CWE-311",
        owasp: "SAS-7: Insecure Application Secrets Storage",
        rationale: """
            Lambda encrypts environment variables at rest with the AWS-managed `aws/lambda` key, which every principal \
            allowed to read the function's configuration can use implicitly: whoever holds \
            `lambda:GetFunctionConfiguration` sees the values. With a customer-managed key (`kmsKeyArn`) reading them \
            also needs `kms:Decrypt` on that key, its key policy says who, and every use is logged in CloudTrail. Like \
            KICS's "Serverless Function Environment Variables Not Encrypted", any function with environment variables \
            and no key is reported; in the Serverless Framework, `provider.environment` without `provider.kmsKeyArn` \
            is reported once on `provider`, and a function's own `environment` on the function. The finding is medium \
            when a variable looks sensitive (a credential-like name, or a value resolved from SSM or Secrets Manager) \
            and low otherwise.
            """,
        fix: """
            Create an `AWS::KMS::Key` for the service and set `kmsKeyArn` (Serverless Framework, on `provider` or the \
            function) or `KmsKeyArn` (SAM, CloudFormation); grant the function's role `kms:Decrypt` on it. Keep real \
            secrets out of the environment altogether (see `secret-in-environment`).
            """,
        fixBefore: """
            provider:
              environment:
                TABLE_NAME: orders
            """,
        fixAfter: """
            provider:
              kmsKeyArn: arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
              environment:
                TABLE_NAME: orders
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs22.x
                  kmsKeyArn: arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
                  environment:
                    TABLE_NAME: orders
                functions:
                  createOrder:
                    handler: handler.create
                    environment:
                      QUEUE_URL: https://sqs.eu-west-1.amazonaws.com/123456789012/orders
                  ping:
                    handler: handler.ping
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  CreateOrder:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.13
                      CodeUri: src/
                      KmsKeyArn: !GetAtt EnvironmentKey.Arn
                      Environment:
                        Variables:
                          TABLE_NAME: orders
                  Ping:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.ping
                      Runtime: python3.13
                      CodeUri: src/
                  EnvironmentKey:
                    Type: AWS::KMS::Key
                    Properties:
                      EnableKeyRotation: true
                """, file: "template.yaml"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                service: orders
                ↓provider:
                  name: aws
                  runtime: nodejs22.x
                  environment:
                    TABLE_NAME: orders
                functions:
                ↓  createOrder:
                    handler: handler.create
                    environment:
                      QUEUE_URL: https://sqs.eu-west-1.amazonaws.com/123456789012/orders
                  listOrders:
                    handler: handler.list
                  ping:
                    handler: handler.ping
                    kmsKeyArn: arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
                    environment:
                      MODE: ping
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  CreateOrder:
                    Type: AWS::Serverless::Function
                ↓    Properties:
                      Handler: app.handler
                      Runtime: python3.13
                      CodeUri: src/
                      Environment:
                        Variables:
                          TABLE_NAME: orders
                  Legacy:
                    Type: AWS::Lambda::Function
                ↓    Properties:
                      Handler: index.handler
                      Runtime: python3.13
                      Role: arn:aws:iam::123456789012:role/legacy
                      Code:
                        ZipFile: "def handler(event, context): pass"
                      Environment:
                        Variables:
                          MODE: legacy
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        var findings: [Finding] = []
        // Serverless Framework: provider-level variables are reported once, on `provider`.
        var providerVariableLocations: Set<SourceLocation> = []
        for template in app.templates where template.origin == .serverlessFramework {
            guard let provider = template.document.entry("provider") else { continue }
            let variables = provider.value["environment"]?.entries ?? []
            providerVariableLocations.formUnion(variables.map(\.keyLocation))
            let hasKey = provider.value["kmsKeyArn"] != nil || provider.value["awsKmsKeyArn"] != nil
            if !variables.isEmpty, !hasKey {
                let sensitive = variables.filter { Self.isSensitive(name: $0.key, value: $0.value) }.map(\.key)
                findings.append(
                    graded(
                        finding(
                            "provider.environment sets \(variables.count) variable(s) for every function but provider.kmsKeyArn is not set: they are encrypted only with the AWS-managed aws/lambda key\(Self.sensitivityNote(sensitive))",
                            at: provider.keyLocation, subject: "template:\(template.file)"), sensitive: sensitive))
            }
        }
        for function in app.functions where function.kmsKeyArn == nil {
            let own = function.environment.filter { !providerVariableLocations.contains($0.nameLocation) }
            guard !own.isEmpty else { continue }
            let sensitive = own.filter { Self.isSensitive(name: $0.name, value: $0.value) }.map(\.name)
            findings.append(
                graded(
                    finding(
                        "Function \(function.name) has environment variables (\(own.map(\.name).joined(separator: ", "))) but no KMS key: they are encrypted only with the AWS-managed aws/lambda key, readable by anyone allowed to get the function's configuration\(Self.sensitivityNote(sensitive))",
                        at: FunctionAnchor.location(of: function, in: app), subject: "function:\(function.name)"), sensitive: sensitive))
        }
        return findings
    }

    /// Medium when a variable looks sensitive, low when none does (a table name gains little from a key).
    func graded(_ finding: Finding, sensitive: [String]) -> Finding {
        var graded = finding
        if sensitive.isEmpty { graded.severity = .low }
        return graded
    }

    /// A name that says it holds a credential or key material, or a value resolved from SSM or Secrets Manager.
    static func isSensitive(name: String, value: Value) -> Bool {
        if let symbol = value.symbol, symbol.kind == .ssmParameter || symbol.kind == .secretsManager { return true }
        return SecretDetector.nameMayHoldSecret(CredentialName.words(name))
    }

    static func sensitivityNote(_ sensitive: [String]) -> String {
        sensitive.isEmpty ? "." : "; \(sensitive.joined(separator: ", ")) look\(sensitive.count == 1 ? "s" : "") sensitive."
    }
}
