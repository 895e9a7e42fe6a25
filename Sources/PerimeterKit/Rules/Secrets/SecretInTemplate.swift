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

    static let walksEveryValue = true
    static let functionTypes: Set<String> = ["AWS::Lambda::Function", "AWS::Serverless::Function"]
    /// Credential-like property names that hold something else: a custom resource's function ARN.
    static let notCredentials: Set<String> = ["ServiceToken"]

    func findings(in app: Application) -> [Finding] {
        // Values rule `secret-in-environment` reports, wherever the loader found them (`${self:custom.x}`).
        let environmentLocations = Set(app.functions.flatMap { $0.environment.map(\.value.location) })
        var findings: [Finding] = []
        // Whether a key's name can make a value a secret, read once per distinct name: most scalars sit
        // under names like `Type` or `Handler`, where only a recognisable token format could be a secret.
        var nameMatters: [String: Bool] = [:]
        func matters(_ name: String) -> Bool {
            if let known = nameMatters[name] { return known }
            let answer = SecretDetector.nameMayHoldSecret(CredentialName.words(name))
            nameMatters[name] = answer
            return answer
        }
        for template in app.templates {
            var path: [String] = []
            visit(template.document, path: &path, name: nil, insideIntrinsic: false) { path, name, value, insideIntrinsic in
                guard let text = value.string else { return }
                // Pieces of `!Join`/`!Sub`/`!If` arguments are not values of the key above them: only a
                // recognisable token format counts there.
                let name = insideIntrinsic ? nil : name
                // The cheap test first: it rules out nearly every scalar before the location lookups below.
                if name.map(matters) != true, !SecretDetector.mayHoldKnownFormat(text) { return }
                guard !environmentLocations.contains(value.location), !isFunctionEnvironment(path, in: template.document) else { return }
                guard let match = Self.match(name: name, value: text, path: path) else { return }
                findings.append(
                    finding(
                        "\(path.joined(separator: ".")) holds \(match.kind) (`\(match.redacted)`) in the template; rotate it and reference it from Secrets Manager or SSM Parameter Store instead.",
                        at: value.location, subject: "template:\(template.file)"))
            }
        }
        return findings
    }

    static func match(name: String?, value: String, path: [String]) -> SecretMatch? {
        guard let name else { return SecretDetector.isReferential(value) ? nil : SecretDetector.knownFormat(in: value) }
        // Most scalars are no secret at all: decide that first, before the costlier reading of the path.
        guard SecretDetector.match(name: name, value: value) != nil else { return nil }
        // Step Functions `Parameters` keys ending in `.$` hold JSONPath (`$$.Task.Token`), and a key under a
        // qualifier (`TokenValidityUnits.AccessToken: hours`) describes a credential rather than holding it.
        let ancestors = path.dropLast().enumerated().filter { index, key in
            // Logical ids (the key after `Resources`) are names, not descriptions of what is below them.
            Int(key) == nil && (index == 0 || path[index - 1] != "Resources")
        }
        let qualified = ancestors.contains { _, key in
            CredentialName.words(key).last.map(CredentialName.qualifierWords.contains) == true
        }
        if name.hasSuffix(".$") || notCredentials.contains(name) || qualified {
            return SecretDetector.isReferential(value) ? nil : SecretDetector.knownFormat(in: value)
        }
        return SecretDetector.match(name: name, value: value)
    }

    /// Depth-first over the document, skipping reference arguments and noting when a scalar sits inside an
    /// intrinsic function (a YAML tag such as `!Join`, or a JSON `Fn::` key). `path` is extended and
    /// restored in place, and `name` is the nearest key above that is not a number: this runs on every
    /// node of every template.
    func visit(
        _ value: Value, path: inout [String], name: String?, insideIntrinsic: Bool, depth: Int = 0,
        _ body: (_ path: [String], _ name: String?, _ value: Value, _ insideIntrinsic: Bool) -> Void
    ) {
        guard depth < 256 else { return }
        let inside = insideIntrinsic || value.tag != nil
        switch value.content {
        case .mapping(let entries):
            for entry in entries {
                switch entry.key {
                // Keys whose values name resources, parameters or exports, never hold secrets.
                case "Ref", "Fn::GetAtt", "Fn::ImportValue", "Fn::FindInMap", "Condition", "DependsOn": continue
                default: break
                }
                path.append(entry.key)
                let entryName = Self.isNumber(entry.key) ? name : entry.key
                visit(entry.value, path: &path, name: entryName, insideIntrinsic: inside || entry.key.hasPrefix("Fn::"), depth: depth + 1, body)
                path.removeLast()
            }
        case .sequence(let elements):
            for (index, element) in elements.enumerated() {
                path.append(index < Self.indexNames.count ? Self.indexNames[index] : String(index))
                visit(element, path: &path, name: name, insideIntrinsic: inside, depth: depth + 1, body)
                path.removeLast()
            }
        case .string:
            // A tagged scalar is an intrinsic's whole argument (`!Ref X`, `!GetAtt X.Arn`, `!Sub '...'`).
            if value.tag == nil { body(path, name, value, inside) } else if value.tag == "!Sub" { body(path, name, value, true) }
        default: break
        }
    }

    static let indexNames = (0..<256).map(String.init)

    /// A key `Int` reads as a number (`0`, `200`, `-1`): a position or a code, not a name.
    static func isNumber(_ key: String) -> Bool {
        guard let first = key.utf8.first, (48...57).contains(first) || first == 43 || first == 45 else { return false }
        return Int(key) != nil
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
