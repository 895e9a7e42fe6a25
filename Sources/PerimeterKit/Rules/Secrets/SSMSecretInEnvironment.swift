/// An environment variable resolved from SSM Parameter Store or Secrets Manager at deploy time.
struct SSMSecretInEnvironment: Rule {
    static let description = RuleDescription(
        id: "ssm-secret-in-environment",
        title: "Secret resolved into a function environment variable at deploy time",
        severity: .high,
        practice: .secrets,
        cwe: "CWE-312",
        owasp: "SAS-7: Insecure Application Secrets Storage",
        rationale: """
            `${ssm:...}` (Serverless Framework) and `{{resolve:secretsmanager:...}}` (CloudFormation) are resolved when \
            the stack is deployed: the secret's value is copied into the function configuration, where \
            `lambda:GetFunctionConfiguration`, the console and every later deployment show it in plain text, and it \
            stops following rotations until the next deployment. Secrets Manager references are always reported; SSM \
            parameters when they are decrypted (`~true`, `ssm-secure`) or their path or variable name says password, \
            secret, token, key or credential.
            """,
        fix: """
            Pass the parameter or secret name in the environment and read the value at run time (SDK call, or the AWS \
            Parameters and Secrets Lambda extension, which caches it); grant the function `secretsmanager:GetSecretValue` \
            or `ssm:GetParameter` (plus `kms:Decrypt` for a customer key) on that one secret.
            """,
        fixBefore: """
            environment:
              DB_PASSWORD: ${ssm:/orders/prod/db-password}
            """,
        fixAfter: """
            environment:
              DB_PASSWORD_PARAMETER: /orders/prod/db-password   # ssm.getParameter({ WithDecryption: true }) at run time
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs22.x
                  environment:
                    TABLE_NAME: ${ssm:/orders/prod/table-name}
                    DB_PASSWORD_PARAMETER: /orders/prod/db-password
                functions:
                  createOrder:
                    handler: handler.create
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
                      Environment:
                        Variables:
                          BUCKET: '{{resolve:ssm:/orders/bucket-name}}'
                          SECRET_ID: orders/db
                """, file: "template.yaml"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs22.x
                  environment:
                ↓    DB_PASSWORD: ${ssm:/orders/prod/db-password}
                functions:
                  createOrder:
                    handler: handler.create
                    environment:
                ↓      STRIPE: ${ssm:/aws/reference/secretsmanager/orders/stripe}
                ↓      SETTINGS: ${ssm:/orders/prod/settings~true}
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
                      Environment:
                        Variables:
                ↓          DB_CREDENTIALS: '{{resolve:secretsmanager:orders/db:SecretString:password}}'
                ↓          API_KEY: '{{resolve:ssm:/orders/api-key}}'
                """, file: "template.yaml"),
        ]
    )

    /// Words in a parameter path or variable name that say it holds a secret.
    static let secretWords: Set<String> = [
        "password", "passwd", "pwd", "passphrase", "secret", "secrets", "token", "key", "apikey", "privatekey",
        "credential", "credentials",
    ]

    /// Where the value comes from, when it is a deploy-time reference to a secret store.
    enum Source {
        case secretsManager(String)
        case secureParameter(String)
        case parameter(String)

        var expression: String {
            switch self {
            case .secretsManager(let text), .secureParameter(let text), .parameter(let text): text
            }
        }
    }

    static func source(of value: Value) -> Source? {
        if let symbol = value.symbol {
            switch symbol.kind {
            case .secretsManager: return .secretsManager(symbol.expression)
            case .ssmParameter:
                if symbol.expression.contains("/aws/reference/secretsmanager/") { return .secretsManager(symbol.expression) }
                return symbol.expression.contains("~true") ? .secureParameter(symbol.expression) : .parameter(symbol.expression)
            default: return nil
            }
        }
        // CloudFormation dynamic references, when the loader keeps them as strings.
        guard let text = value.string, let start = text.range(of: "{{resolve:") else { return nil }
        let reference = String(text[start.lowerBound...])
        if reference.hasPrefix("{{resolve:secretsmanager:") { return .secretsManager(reference) }
        if reference.hasPrefix("{{resolve:ssm-secure:") { return .secureParameter(reference) }
        if reference.hasPrefix("{{resolve:ssm:") { return .parameter(reference) }
        return nil
    }

    static func looksSecret(_ text: String) -> Bool {
        CredentialName.words(text).contains { secretWords.contains($0) }
    }

    func findings(in app: Application) -> [Finding] {
        var byLocation: [SourceLocation: (variable: EnvironmentVariable, source: Source, functions: [String])] = [:]
        for function in app.functions {
            for variable in function.environment {
                guard let source = Self.source(of: variable.value) else { continue }
                if case .parameter(let expression) = source, !Self.looksSecret(expression), !Self.looksSecret(variable.name) {
                    continue
                }
                byLocation[variable.nameLocation, default: (variable, source, [])].functions.append(function.name)
            }
        }
        return byLocation.map { location, found in
            let owners = found.functions.count == 1 ? "function \(found.functions[0])" : "functions \(found.functions.joined(separator: ", "))"
            let store: String
            switch found.source {
            case .secretsManager: store = "a Secrets Manager secret"
            case .secureParameter: store = "a decrypted SecureString parameter"
            case .parameter: store = "an SSM parameter that looks secret"
            }
            return finding(
                "Environment variable \(found.variable.name) of \(owners) is resolved from \(store) (\(found.source.expression)) at deploy time, so its value sits in plain text in the function configuration; pass the name and read the value at run time.",
                at: location, subject: "function:\(found.functions[0])")
        }
    }
}
