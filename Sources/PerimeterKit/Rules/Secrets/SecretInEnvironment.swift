/// A function environment variable whose literal value is a secret.
struct SecretInEnvironment: Rule {
    static let description = RuleDescription(
        id: "secret-in-environment",
        title: "Secret hard-coded in a function environment variable",
        severity: .critical,
        practice: .secrets,
        cwe: "CWE-798",
        owasp: "SAS-7: Insecure Application Secrets Storage",
        rationale: """
            Environment variables are part of the function configuration: anyone allowed \
            `lambda:GetFunctionConfiguration` reads them in plain text, and the template that holds them sits in source \
            control, CI logs and deployment artifacts. A key, token or password written there has leaked already. The \
            rule looks for AWS access keys, private key blocks, GitHub, Slack, Stripe and Google tokens, JWTs and bearer \
            tokens, 40-character AWS secret keys, random-looking (high-entropy) key material under a credential-like \
            name, and any literal stored under a name ending in password, secret, token, api key or private key, \
            placeholders such as `changeme` included: they are deployed as they are. References (`${ssm:...}`, \
            `{{resolve:...}}`, `!Ref`, ARNs) and empty values are not reported here.
            """,
        fix: """
            Rotate the credential now, then keep it in Secrets Manager or SSM Parameter Store (SecureString) and have \
            the function read it at run time (the Parameters and Secrets Lambda extension caches it); pass only the \
            secret's name or ARN in the environment.
            """,
        fixBefore: """
            environment:
              STRIPE_API_KEY: sk_live_51Hxxxxxxxxxxxxxxxxxxxxx
            """,
        fixAfter: """
            environment:
              STRIPE_KEY_SECRET_ARN: !Ref StripeKeySecret   # read with GetSecretValue at run time
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs22.x
                  environment:
                    TABLE_NAME: orders
                    DB_PASSWORD_PARAM: /orders/prod/db-password
                    STRIPE_SECRET_ARN: arn:aws:secretsmanager:eu-west-1:123456789012:secret:stripe-AbCdEf
                functions:
                  createOrder:
                    handler: handler.create
                    environment:
                      API_TOKEN: ${ssm:/orders/prod/api-token}
                      DB_PASSWORD: ''
                      TOKEN_TTL_SECONDS: 3600
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Parameters:
                  DbPassword:
                    Type: String
                    NoEcho: true
                Resources:
                  CreateOrder:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.13
                      CodeUri: src/
                      Environment:
                        Variables:
                          DB_PASSWORD: !Ref DbPassword
                          API_KEY: '{{resolve:secretsmanager:orders/api-key:SecretString:key}}'
                          SECRET_NAME: orders/api-key
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
                ↓    AWS_ACCESS_KEY_ID: AKIAZ7Q4MPLR2XWN5TBE
                ↓    DB_PASSWORD: changeme
                functions:
                  createOrder:
                    handler: handler.create
                    environment:
                ↓      GITHUB_TOKEN: ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8
                ↓      SIGNING_KEY_VALUE: 9fK2xQ7mZp4Lr8Vt1Wc6Yh3Bn5Jd0Gs
                  listOrders:
                    handler: handler.list
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
                ↓          SLACK_WEBHOOK_TOKEN: xoxb-2847561093-AbCdEfGhIjKlMn
                ↓          JwtSecret: my-jwt-signing-secret
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        // Provider/Globals variables are merged into every function but written once: report them once.
        var byLocation: [SourceLocation: (variable: EnvironmentVariable, match: SecretMatch, functions: [String])] = [:]
        for function in app.functions {
            for variable in function.environment {
                guard let value = variable.value.string, let match = SecretDetector.match(name: variable.name, value: value)
                else { continue }
                byLocation[variable.nameLocation, default: (variable, match, [])].functions.append(function.name)
            }
        }
        return byLocation.map { location, found in
            let owners = found.functions.count == 1 ? "function \(found.functions[0])" : "functions \(found.functions.joined(separator: ", "))"
            return finding(
                "Environment variable \(found.variable.name) of \(owners) holds \(found.match.kind) (`\(found.match.redacted)`) in plain text in the function configuration; rotate it and read it from Secrets Manager or SSM Parameter Store at run time.",
                at: location, subject: "function:\(found.functions[0])")
        }
    }
}
