/// A function's grant covers every action of a service whose resources the stack itself defines.
struct ServiceWideGrant: Rule {
    static let description = RuleDescription(
        id: "iam-service-wide-grant",
        title: "Function holds every action of a service whose resources the stack defines",
        severity: .medium,
        practice: .leastPrivilege,
        cwe: "CWE-250",
        owasp: "SAS-4: Over-Privileged Function Permissions and Roles",
        rationale: """
            When the stack defines the tables, buckets, queues or secrets a function works with, the function needs a \
            few actions on those resources, not the whole service: every secretsmanager action includes deleting secrets \
            and rewriting their resource policies. This rule reads the effective permissions, so it finds whole services \
            granted by policies whose names do not say so (`SecretsManagerReadWrite` grants `secretsmanager:*`, \
            `AmazonCognitoPowerUser` `cognito-idp:*`). Statements that write the service wildcard themselves \
            (`dynamodb:*`, `*`) are iam-wildcard-action's (or iam-admin-access's) findings, NotAction statements \
            iam-allow-not-action's and administrator or full-access managed policies iam-broad-managed-policy's: \
            they are not reported twice.
            """,
        fix: "Replace the grant with a statement listing the actions the function calls on the stack's resources.",
        fixBefore: """
            Policies:
              - SecretsManagerReadWrite
            """,
        fixAfter: """
            Policies:
              - AWSSecretsManagerGetSecretValuePolicy:
                  SecretArn: !Ref DatabaseSecret
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  iam:
                    role:
                      managedPolicies:
                        - arn:aws:iam::aws:policy/SecretsManagerReadWrite
                      statements:
                        - Effect: Allow
                          Action: dynamodb:*
                          Resource: !GetAtt OrdersTable.Arn
                functions:
                  hello:
                    handler: handler.hello
                resources:
                  Resources:
                    OrdersTable:
                      Type: AWS::DynamoDB::Table
                """, note: "dynamodb:* is iam-wildcard-action's finding; the stack defines no secret"),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Reader:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.handler
                      CodeUri: src/
                      Policies:
                        - AWSLambdaBasicExecutionRole
                        - AWSSecretsManagerGetSecretValuePolicy:
                            SecretArn: !Ref DatabaseSecret
                  DatabaseSecret:
                    Type: AWS::SecretsManager::Secret
                  Logs:
                    Type: AWS::Logs::LogGroup
                """, file: "template.yaml"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  iam:
                    role:
                      managedPolicies:
                ↓        - arn:aws:iam::aws:policy/SecretsManagerReadWrite
                functions:
                  hello:
                    handler: handler.hello
                resources:
                  Resources:
                    DatabaseSecret:
                      Type: AWS::SecretsManager::Secret
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  SignUp:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.handler
                      CodeUri: src/
                      Policies:
                ↓        - !Sub arn:${AWS::Partition}:iam::aws:policy/AmazonCognitoPowerUser
                  UserPool:
                    Type: AWS::Cognito::UserPool
                """, file: "template.yaml"),
        ]
    )

    /// The resource types whose presence in the stack makes a service-wide grant worth narrowing.
    static let resourceTypes: Set<String> = [
        "AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable", "AWS::Serverless::SimpleTable", "AWS::S3::Bucket", "AWS::SQS::Queue", "AWS::SNS::Topic",
        "AWS::Kinesis::Stream", "AWS::KinesisFirehose::DeliveryStream", "AWS::SecretsManager::Secret", "AWS::SSM::Parameter", "AWS::Events::EventBus",
        "AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine", "AWS::Logs::LogGroup", "AWS::KMS::Key", "AWS::Cognito::UserPool",
        "AWS::ApiGateway::RestApi", "AWS::Serverless::Api", "AWS::AppSync::GraphQLApi", "AWS::ECR::Repository", "AWS::RDS::DBCluster", "AWS::RDS::DBInstance",
        "AWS::Lambda::Function", "AWS::Serverless::Function", "AWS::Serverless::LayerVersion", "AWS::Lambda::LayerVersion",
    ]

    /// The service of one of `resourceTypes` (`GrantedResources` knows the prefixes); nil for other types.
    static func service(ofType type: String) -> String? {
        resourceTypes.contains(type) ? GrantedResources.service(ofType: type) : nil
    }

    func findings(in app: Application) -> [Finding] {
        let index = ActionIndex.shared
        guard !index.catalog.isEmpty else { return [] }
        // The stack's resources by file and service.
        var stackResources: [String: [String: [CloudResource]]] = [:]
        for resource in app.resources {
            guard let service = Self.service(ofType: resource.type) else { continue }
            stackResources[resource.location.file, default: [:]][service, default: []].append(resource)
        }
        guard !stackResources.isEmpty else { return [] }
        var serviceSets: [String: ActionSet] = [:]
        var statements: [SourceLocation: Statement]?
        var seen = Set<String>()
        var findings: [Finding] = []
        for granted in GrantedRole.all(in: app) {
            guard let byService = stackResources[granted.role.location.file] else { continue }
            for grant in granted.permissions.grants {
                for (service, resources) in byService.sorted(by: { $0.key < $1.key }) {
                    if serviceSets[service] == nil { serviceSets[service] = index.actions(matching: "\(service):*") }
                    guard let serviceActions = serviceSets[service], !serviceActions.isEmpty,
                        serviceActions.subtracting(grant.actions).isEmpty
                    else { continue }
                    let named = grant.excludesResources ? [] : grant.resources.filter { $0.logicalID != nil && $0.type.flatMap(Self.service(ofType:)) == service }
                    guard !named.isEmpty || grant.reachesEveryResource else { continue }
                    if statements == nil { statements = Self.statementsByLocation(app) }
                    guard !Self.isReportedElsewhere(grant, service: service, statements: statements ?? [:]),
                        seen.insert("\(grant.location)|\(grant.source)|\(service)").inserted
                    else { continue }
                    let holder = granted.holder
                    let scope =
                        named.isEmpty
                        ? "on \(grant.resourceLabel) while the stack defines \(resources.map { ResourceReference(written: $0.logicalID, logicalID: $0.logicalID, type: $0.type).label }.joined(separator: ", "))"
                        : "on \(named.map(\.label).joined(separator: ", "))"
                    findings.append(
                        finding(
                            "\(holder.title) allows every \(service) action (`\(service):*`) \(scope) through \(grant.source): list the actions the function uses\(holder.usageSuffix)",
                            at: grant.location, subject: holder.subject, notes: [holder.note]))
                }
            }
        }
        return findings
    }

    /// Inline statements of every role by location, to tell how a grant was written.
    static func statementsByLocation(_ app: Application) -> [SourceLocation: Statement] {
        var result: [SourceLocation: Statement] = [:]
        for role in app.roles {
            for statement in role.statements where result[statement.location] == nil { result[statement.location] = statement }
        }
        return result
    }

    /// The grant's statement writes the service wildcard or NotAction, or it comes from a managed policy that
    /// iam-broad-managed-policy reports: other rules already say the same about it.
    static func isReportedElsewhere(_ grant: PermissionGrant, service: String, statements: [SourceLocation: Statement]) -> Bool {
        let managedPrefix = "AWS managed policy "
        if grant.source.hasPrefix(managedPrefix) {
            let name = String(grant.source.dropFirst(managedPrefix.count))
            return BroadManagedPolicy.broadPolicyNames.contains(name) || name.hasSuffix("FullAccess")
        }
        guard let statement = statements[grant.location] else { return false }
        if !statement.notActions.isEmpty { return true }
        return statement.actionStrings.contains { action in
            IAMPattern.isServiceWildcard(action.text) && IAMPattern.matches(action.text, "\(service):AnyAction")
        }
    }
}
