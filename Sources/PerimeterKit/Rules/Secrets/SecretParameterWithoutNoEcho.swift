/// A CloudFormation parameter that takes a secret but echoes it, or ships a default value.
struct SecretParameterWithoutNoEcho: Rule {
    static let description = RuleDescription(
        id: "secret-parameter-without-noecho",
        title: "Secret template parameter without NoEcho, or with a default",
        severity: .high,
        practice: .secrets,
        cwe: "CWE-200",
        owasp: "SAS-7: Insecure Application Secrets Storage",
        rationale: """
            CloudFormation shows parameter values in plain text to anyone who can describe the stack, in the console, \
            `DescribeStacks` and change sets, unless the parameter has `NoEcho: true` (then it shows `****`). A default \
            value is worse: it is written in the template itself, so it is in source control whatever NoEcho says. The \
            rule reports parameters whose name ends in password, secret, token, api key, private key or credential \
            (`AWS::SSM::Parameter::Value` parameters take a parameter name, not a secret, and are skipped).
            """,
        fix: """
            Add `NoEcho: true` and remove the default; better, drop the parameter and resolve the secret where it is \
            used with `{{resolve:secretsmanager:...}}`, or pass an `AWS::SSM::Parameter::Value<String>` name.
            """,
        fixBefore: """
            Parameters:
              DbPassword:
                Type: String
                Default: hunter2
            """,
        fixAfter: """
            Parameters:
              DbPassword:
                Type: String
                NoEcho: true
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Parameters:
                  DbPassword:
                    Type: String
                    NoEcho: true
                  ApiKeyParameterName:
                    Type: AWS::SSM::Parameter::Value<String>
                    Default: /orders/api-key
                  GitHubToken:
                    Type: AWS::SSM::Parameter::Value<String>
                    Default: /ci/github-token
                  TokenTableName:
                    Type: String
                    Default: tokens
                Resources:
                  Topic:
                    Type: AWS::SNS::Topic
                """, file: "template.yaml"),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Parameters:
                  SlackWebhookSecret:
                    Type: String
                    NoEcho: true
                    Default: ''
                Resources:
                  Notify:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.13
                      CodeUri: src/
                """, file: "template.yaml"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Parameters:
                ↓  DbPassword:
                    Type: String
                ↓  StripeApiKey:
                    Type: String
                    NoEcho: true
                    Default: sk_test_placeholder
                Resources:
                  Topic:
                    Type: AWS::SNS::Topic
                """, file: "template.yaml"),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Parameters:
                ↓  GitHubOAuthToken:
                    Type: String
                    NoEcho: false
                Resources:
                  Notify:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.13
                      CodeUri: src/
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        app.templates.filter { $0.origin != .serverlessFramework }.flatMap { template in
            template.parameters.compactMap { parameter -> Finding? in
                guard CredentialName.isCredential(parameter.name), parameter.type?.hasPrefix("AWS::SSM::Parameter") != true
                else { return nil }
                let defaultText = parameter.defaultValue?.string.flatMap { $0.isEmpty ? nil : $0 }
                var problems: [String] = []
                if !parameter.noEcho { problems.append("has no `NoEcho: true`, so CloudFormation shows its value to anyone who can describe the stack") }
                if let defaultText {
                    problems.append("has a default value (`\(SecretRedaction.redact(defaultText))`) written in the template")
                }
                guard !problems.isEmpty else { return nil }
                return finding(
                    "Parameter \(parameter.name) takes a secret but \(problems.joined(separator: " and ")); set NoEcho, drop the default, or resolve the secret from Secrets Manager.",
                    at: parameter.location, subject: "parameter:\(parameter.name)")
            }
        }
    }
}
