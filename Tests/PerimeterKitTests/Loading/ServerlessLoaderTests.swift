import Foundation
import Testing

@testable import PerimeterKit

/// The Serverless Framework front end: provider inheritance, variables, IAM forms, events, APIs.
struct ServerlessLoaderTests {
    func load(_ files: [(name: String, contents: String)], options: ScanOptions = ScanOptions()) throws -> (Application, TemporaryApp) {
        let app = try TemporaryApp(files: files)
        return (app.load(options: options), app)
    }

    @Test func providerSettingsAreInheritedAndVariablesResolved() throws {
        let (application, app) = try load([
            (
                "serverless.yml",
                """
                service: shop
                custom:
                  table: orders-${sls:stage}
                  timeouts:
                    prod: 10
                provider:
                  name: aws
                  runtime: nodejs18.x
                  stage: ${opt:stage, 'dev'}
                  timeout: ${self:custom.timeouts.${opt:stage, 'prod'}}
                  environment:
                    TABLE: ${self:custom.table}
                    DB_PASSWORD: ${ssm:/shop/db-password}
                    REGION: ${aws:region}
                    FROM_FILE: ${file(./config.yml):apiKey}
                functions:
                  createOrder:
                    handler: handler.create
                    environment:
                      TABLE: override
                    events:
                      - http: POST /orders
                      - http:
                          path: /orders/{id}
                          method: get
                          authorizer: aws_iam
                  report:
                    handler: report.run
                    runtime: python3.12
                    events:
                      - schedule: rate(1 hour)
                """
            ),
            ("config.yml", "apiKey: abc123\n"),
        ])
        defer { app.remove() }
        #expect(application.diagnostics.isEmpty)
        let create = try #require(application.functions.first { $0.name == "createOrder" })
        #expect(create.location.line == 17)
        #expect(create.runtime?.string == "nodejs18.x")
        #expect(create.timeout?.string == "10")
        let environment = Dictionary(uniqueKeysWithValues: create.environment.map { ($0.name, $0.value) })
        #expect(environment["TABLE"]?.string == "override")
        #expect(environment["DB_PASSWORD"]?.symbol?.kind == .ssmParameter)
        #expect(environment["REGION"]?.string == "us-east-1")
        #expect(environment["FROM_FILE"]?.string == "abc123")
        #expect(create.triggers.map(\.kind) == [.http, .http])
        #expect(create.triggers[0].authorization?.kind == Authorization.Kind.none)
        #expect(create.triggers[0].method == "POST")
        #expect(create.triggers[1].authorization?.kind == .iam)
        let report = try #require(application.functions.first { $0.name == "report" })
        #expect(report.runtime?.string == "python3.12")
        #expect(report.roleID == create.roleID)
        #expect(application.apis.map(\.kind) == [.rest])
        let stagedTable = application.templates.first?.document[path: "custom", "table"]?.string
        #expect(stagedTable == "orders-dev")
    }

    @Test func iamFormsLoadIntoRoles() throws {
        let (application, app) = try load([
            (
                "serverless.yml",
                """
                service: shop
                provider:
                  name: aws
                  iam:
                    role:
                      statements:
                        - Effect: Allow
                          Action: dynamodb:*
                          Resource: "*"
                      managedPolicies:
                        - arn:aws:iam::aws:policy/AdministratorAccess
                functions:
                  a:
                    handler: a.h
                  b:
                    handler: b.h
                    iamRoleStatements:
                      - Effect: Allow
                        Action: [s3:GetObject]
                        Resource: arn:aws:s3:::bucket/*
                  c:
                    handler: c.h
                    role: CustomRole
                  d:
                    handler: d.h
                    role: arn:aws:iam::123456789012:role/external
                resources:
                  Resources:
                    CustomRole:
                      Type: AWS::IAM::Role
                      Properties:
                        AssumeRolePolicyDocument:
                          Statement:
                            - Effect: Allow
                              Principal: { Service: lambda.amazonaws.com }
                              Action: sts:AssumeRole
                """
            )
        ])
        defer { app.remove() }
        let roles = Dictionary(uniqueKeysWithValues: application.functions.map { ($0.name, $0.roleID ?? "") })
        #expect(roles["a"] == "serverless.yml#IamRoleLambdaExecution".withPrefix(app))
        #expect(roles["b"] == "serverless.yml#BIamRoleLambdaExecution".withPrefix(app))
        #expect(roles["c"] == "serverless.yml#CustomRole".withPrefix(app))
        #expect(roles["d"] == "arn:aws:iam::123456789012:role/external")
        let provider = try #require(application.role(id: roles["a"]))
        #expect(provider.statements.count == 1)
        #expect(provider.statements[0].location.line == 7)
        #expect(provider.managedPolicies.contains { $0.string == "arn:aws:iam::aws:policy/AdministratorAccess" })
        #expect(application.role(id: roles["b"])?.statements.first?.actions.first?.string == "s3:GetObject")
        #expect(application.role(id: roles["d"])?.isExternal == true)
    }
}

extension String {
    /// Loader ids carry the scanned path; tests name files relative to the app root.
    func withPrefix(_ app: TemporaryApp) -> String { app.root.path + "/" + self }
}

struct IncludedFilePathTests {
    @Test func includePathsAreNormalised() {
        #expect(VariableResolver.joined(folderOf: "app/serverless.yml", "./resource/x.yml") == "app/resource/x.yml")
        #expect(VariableResolver.joined(folderOf: "a/b/serverless.yml", "../c/./x.yml") == "a/c/x.yml")
        #expect(VariableResolver.joined(folderOf: "serverless.yml", "x.yml") == "x.yml")
        #expect(VariableResolver.joined(folderOf: "/abs/app/serverless.yml", "./x.yml") == "/abs/app/x.yml")
    }
}

/// The other shapes users write: provider-level custom roles, `functions` as a list, `resources` as a
/// list of `${file(...)}` fragments, per-function statements that inherit.
struct ServerlessShapesTests {
    func load(_ files: [(name: String, contents: String)]) throws -> (Application, TemporaryApp) {
        let app = try TemporaryApp(files: files)
        return (app.load(), app)
    }

    @Test func providerCustomRoleByARNAndByLogicalID() throws {
        let (application, app) = try load([
            (
                "a/serverless.yml",
                "service: a\nprovider:\n  name: aws\n  iam:\n    role: arn:aws:iam::123456789012:role/shared\nfunctions:\n  one:\n    handler: h.one\n  two:\n    handler: h.two\n"
            ),
            (
                "b/serverless.yml",
                """
                service: b
                provider:
                  name: aws
                  role: { Fn::GetAtt: [AppRole, Arn] }
                functions:
                  - one:
                      handler: h.one
                  - two:
                      handler: h.two
                resources:
                  - ${file(./roles.yml)}
                  - Resources:
                      Queue:
                        Type: AWS::SQS::Queue
                """
            ),
            (
                "b/roles.yml",
                "Resources:\n  AppRole:\n    Type: AWS::IAM::Role\n    Properties:\n      Policies:\n        - PolicyName: p\n          PolicyDocument:\n            Statement:\n              - Effect: Allow\n                Action: sqs:SendMessage\n                Resource: '*'\n"
            ),
        ])
        defer { app.remove() }
        #expect(application.diagnostics.isEmpty, "\(application.diagnostics)")
        let roles = application.functions.map { "\(app.relative($0.location.file)):\($0.name)=\($0.roleID ?? "-")" }.sorted()
        #expect(roles.count == 4)
        #expect(roles[0] == "a/serverless.yml:one=arn:aws:iam::123456789012:role/shared")
        #expect(roles[1] == "a/serverless.yml:two=arn:aws:iam::123456789012:role/shared")
        #expect(roles[2].hasSuffix("b/serverless.yml#AppRole") && roles[3].hasSuffix("b/serverless.yml#AppRole"))
        let appRole = try #require(application.roles.first { $0.id.hasSuffix("b/serverless.yml#AppRole") })
        #expect(appRole.statements.first?.actions.first?.string == "sqs:SendMessage")
        #expect(app.relative(appRole.statements.first?.location.file ?? "") == "b/roles.yml")
        #expect(application.resources.contains { $0.logicalID == "Queue" })
    }

    @Test func perFunctionStatementsInheritWhenAsked() throws {
        let (application, app) = try load([
            (
                "serverless.yml",
                """
                service: c
                custom:
                  serverless-iam-roles-per-function:
                    defaultInherit: true
                provider:
                  name: aws
                  iamRoleStatements:
                    - Effect: Allow
                      Action: logs:PutLogEvents
                      Resource: '*'
                functions:
                  one:
                    handler: h.one
                    iamRoleStatements:
                      - Effect: Allow
                        Action: s3:GetObject
                        Resource: arn:aws:s3:::b/*
                """
            )
        ])
        defer { app.remove() }
        let role = try #require(application.role(id: application.functions.first?.roleID))
        #expect(role.statements.map { $0.actions.first?.string ?? "" } == ["logs:PutLogEvents", "s3:GetObject"])
    }

    @Test func intrinsicsOutsideResourcesReferToTheStack() throws {
        let (application, app) = try load([
            (
                "serverless.yml",
                """
                service: d
                provider:
                  name: aws
                  environment:
                    TABLE: !Ref OrdersTable
                  iam:
                    role:
                      statements:
                        - Effect: Allow
                          Action: dynamodb:PutItem
                          Resource: !GetAtt OrdersTable.Arn
                functions:
                  one:
                    handler: h.one
                resources:
                  Resources:
                    OrdersTable:
                      Type: AWS::DynamoDB::Table
                """
            )
        ])
        defer { app.remove() }
        let function = try #require(application.functions.first)
        #expect(function.environment.first?.value.symbol?.resource == "OrdersTable")
        let grant = try #require(application.permissions.first?.grants.first { $0.source.contains("statements") })
        #expect(grant.resources.first?.logicalID == "OrdersTable")
        #expect(grant.resources.first?.label == "table OrdersTable")
    }
}
