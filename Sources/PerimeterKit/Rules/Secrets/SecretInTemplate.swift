/// A secret written anywhere in a template outside function environments.
struct SecretInTemplate: Rule {
    static let description = RuleDescription(
        id: "secret-in-template",
        title: "Secret hard-coded in a template",
        severity: .high,
        practice: .secrets,
        cwe: "CWE-798",
        owasp: "SAS-7: Insecure Application Secrets Storage",
        rationale: """
            A template is code: it is committed, reviewed, copied into CI logs and uploaded to the deployment bucket, \
            and CloudFormation shows resource properties to anyone who can describe the stack. A key, token or password \
            written in it (a database `MasterUserPassword`, a `SecretString`, an API key in `custom:` or an \
            integration header) is readable by all of them. The rule uses the same detectors as \
            `secret-in-environment` on every other scalar of the template; function environments are left to that \
            rule, and ARNs, `!Ref`/`!GetAtt`, CloudFormation dynamic references and unresolved variables are skipped.
            """,
        fix: """
            Rotate the credential, store it in Secrets Manager (or SSM SecureString) and reference it: \
            `{{resolve:secretsmanager:name:SecretString:key}}` in CloudFormation/SAM, `${ssm:/path}` in the Serverless \
            Framework, or let the service manage it (`ManageMasterUserPassword: true` on RDS, `GenerateSecretString`).
            """,
        fixBefore: """
            Database:
              Type: AWS::RDS::DBInstance
              Properties:
                MasterUsername: admin
                MasterUserPassword: S3cr3tPassw0rd
            """,
        fixAfter: """
            Database:
              Type: AWS::RDS::DBInstance
              Properties:
                MasterUsername: admin
                ManageMasterUserPassword: true
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Parameters:
                  DbPassword:
                    Type: String
                    NoEcho: true
                Resources:
                  Database:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: postgres
                      DBInstanceClass: db.t3.micro
                      MasterUsername: admin
                      MasterUserPassword: !Ref DbPassword
                  ApiSecret:
                    Type: AWS::SecretsManager::Secret
                    Properties:
                      GenerateSecretString:
                        SecretStringTemplate: '{"username": "api"}'
                        GenerateStringKey: password
                        PasswordLength: 32
                  Replica:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: postgres
                      DBInstanceClass: db.t3.micro
                      MasterUsername: admin
                      MasterUserPassword: '{{resolve:secretsmanager:orders-db:SecretString:password}}'
                """, file: "template.yaml"),
            RuleExample(
                """
                service: orders
                custom:
                  apiToken: ${ssm:/orders/api-token}
                  tokenTableName: orders-tokens
                provider:
                  name: aws
                  runtime: nodejs22.x
                  environment:
                    DB_PASSWORD: hunter2
                functions:
                  createOrder:
                    handler: handler.create
                """),
        ],
        triggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Database:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      Engine: postgres
                      DBInstanceClass: db.t3.micro
                      MasterUsername: admin
                ↓      MasterUserPassword: S3cr3tPassw0rd
                  DeployKey:
                    Type: AWS::SecretsManager::Secret
                    Properties:
                ↓      SecretString: '-----BEGIN RSA PRIVATE KEY-----'
                """, file: "template.yaml"),
            RuleExample(
                """
                service: orders
                custom:
                ↓  stripeKey: sk_live_9Xq2Lm7Rt4Vb8Nc1Zd5Fh3Jk
                provider:
                  name: aws
                  runtime: nodejs22.x
                functions:
                  createOrder:
                    handler: handler.create
                """),
        ]
    )

    /// Keys whose values are intrinsic-function arguments (names of resources, parameters, exports).
    static let intrinsicKeys: Set<String> = ["Ref", "Fn::GetAtt", "Fn::ImportValue", "Fn::FindInMap", "Condition", "DependsOn"]
    static let functionTypes: Set<String> = ["AWS::Lambda::Function", "AWS::Serverless::Function"]

    func findings(in app: Application) -> [Finding] {
        // Values rule `secret-in-environment` reports, wherever the loader found them (`${self:custom.x}`).
        let environmentLocations = Set(app.functions.flatMap { $0.environment.map(\.value.location) })
        var findings: [Finding] = []
        for template in app.templates {
            template.document.walk { path, value, _ in
                guard value.tag == nil, let text = value.string, !environmentLocations.contains(value.location),
                    !path.contains(where: Self.intrinsicKeys.contains), !isFunctionEnvironment(path, in: template.document)
                else { return }
                let name = path.last { Int($0) == nil }
                guard let match = SecretDetector.match(name: name, value: text) else { return }
                let place = path.joined(separator: ".")
                findings.append(
                    finding(
                        "\(place) holds \(match.kind) (`\(match.redacted)`) in the template; rotate it and reference it from Secrets Manager or SSM Parameter Store instead.",
                        at: value.location, subject: "template:\(template.file)"))
            }
        }
        return findings
    }

    /// Paths under a function's environment: sls provider/function `environment`, SAM `Globals.Function.Environment`,
    /// a Lambda resource's `Properties.Environment`.
    func isFunctionEnvironment(_ path: [String], in document: Value) -> Bool {
        guard path.count >= 2 else { return false }
        switch path[0] {
        case "provider": return path[1] == "environment"
        case "functions": return path.count >= 3 && path[2] == "environment"
        case "Globals": return path.count >= 3 && path[1] == "Function" && path[2] == "Environment"
        case "Resources":
            guard path.count >= 4, path[2] == "Properties", path[3] == "Environment",
                let type = document[path: "Resources", path[1], "Type"]?.string
            else { return false }
            return Self.functionTypes.contains(type)
        default: return false
        }
    }
}
