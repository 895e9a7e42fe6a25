import Foundation
import Testing

@testable import PerimeterKit

/// The CloudFormation and SAM front end: intrinsics, Globals, implicit APIs, policy templates, attachments.
struct CloudFormationLoaderTests {
    func load(_ contents: String, file: String = "template.yaml", options: ScanOptions = ScanOptions()) throws -> (Application, TemporaryApp) {
        let app = try TemporaryApp(files: [(file, contents)])
        return (app.load(options: options), app)
    }

    @Test func samGlobalsImplicitAPIAndPolicyTemplates() throws {
        let (application, app) = try load(
            """
            AWSTemplateFormatVersion: '2010-09-09'
            Transform: AWS::Serverless-2016-10-31
            Parameters:
              Stage:
                Type: String
                Default: prod
            Globals:
              Function:
                Runtime: python3.12
                Timeout: 20
                Tracing: Active
                Environment:
                  Variables:
                    STAGE: !Ref Stage
            Resources:
              OrdersTable:
                Type: AWS::Serverless::SimpleTable
              GetOrder:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: app.get
                  CodeUri: src/
                  Environment:
                    Variables:
                      TABLE: !Ref OrdersTable
                  Policies:
                    - DynamoDBReadPolicy:
                        TableName: !Ref OrdersTable
                    - AWSLambdaBasicExecutionRole
                  Events:
                    Get:
                      Type: Api
                      Properties:
                        Path: /orders/{id}
                        Method: get
                    Put:
                      Type: Api
                      Properties:
                        Path: /orders
                        Method: post
                        Auth:
                          Authorizer: AWS_IAM
                  FunctionUrlConfig:
                    AuthType: NONE
            """)
        defer { app.remove() }
        #expect(application.diagnostics.isEmpty)
        let function = try #require(application.functions.first)
        #expect(function.origin == .sam)
        #expect(function.location.line == 18)
        #expect(function.runtime?.string == "python3.12")
        #expect(function.timeout?.string == "20")
        #expect(function.tracing?.string == "Active")
        let environment = Dictionary(uniqueKeysWithValues: function.environment.map { ($0.name, $0.value) })
        #expect(environment["STAGE"]?.string == "prod")
        #expect(environment["TABLE"]?.symbol?.resource == "OrdersTable")
        #expect(function.url?.isUnauthenticated == true)
        // The GET route (its event at line 31) and the function URL (line 43) are open; the IAM-authorised PUT is not.
        #expect(OpenEntryPoints.of(function, in: application).map(\.location.line) == [31, 43])
        #expect(function.triggers.map { $0.authorization?.kind } == [Authorization.Kind.none, .iam])
        let api = try #require(application.api(id: function.triggers.first?.apiID))
        #expect(api.id.hasSuffix("#ServerlessRestApi"))
        let role = try #require(application.role(id: function.roleID))
        #expect(role.statements.first?.actions.contains { $0.string == "dynamodb:GetItem" } == true)
        #expect(role.statements.first?.source == "SAM policy template DynamoDBReadPolicy")
        #expect(role.managedPolicies.contains { $0.string == "AWSLambdaBasicExecutionRole" })
    }

    @Test func cloudFormationIntrinsicsAndAttachments() throws {
        let (application, app) = try load(
            """
            {
              "AWSTemplateFormatVersion": "2010-09-09",
              "Parameters": { "Env": { "Type": "String", "Default": "dev" } },
              "Conditions": { "IsProd": { "Fn::Equals": [{ "Ref": "Env" }, "prod"] } },
              "Resources": {
                "Role": {
                  "Type": "AWS::IAM::Role",
                  "Properties": {
                    "AssumeRolePolicyDocument": { "Statement": [{ "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com" }, "Action": "sts:AssumeRole" }] }
                  }
                },
                "Extra": {
                  "Type": "AWS::IAM::Policy",
                  "Properties": {
                    "PolicyName": "extra",
                    "Roles": [{ "Ref": "Role" }],
                    "PolicyDocument": { "Statement": [{ "Effect": "Allow", "Action": "s3:*", "Resource": { "Fn::Sub": "arn:aws:s3:::${Env}-bucket/*" } }] }
                  }
                },
                "Fn": {
                  "Type": "AWS::Lambda::Function",
                  "Properties": {
                    "Runtime": { "Fn::If": ["IsProd", "nodejs20.x", "nodejs16.x"] },
                    "Role": { "Fn::GetAtt": ["Role", "Arn"] },
                    "Handler": "index.handler",
                    "Code": { "ZipFile": "exports.handler = async () => 1" }
                  }
                },
                "Public": {
                  "Type": "AWS::Lambda::Permission",
                  "Properties": { "FunctionName": { "Ref": "Fn" }, "Action": "lambda:InvokeFunction", "Principal": "*" }
                },
                "Logs": {
                  "Type": "AWS::Logs::LogGroup",
                  "Properties": { "LogGroupName": { "Fn::Sub": "/aws/lambda/${Fn}" }, "RetentionInDays": 14 }
                }
              }
            }
            """, file: "stack.json")
        defer { app.remove() }
        #expect(application.diagnostics.isEmpty)
        let function = try #require(application.functions.first)
        #expect(function.location.line == 20)
        #expect(function.runtime?.string == "nodejs16.x")
        #expect(function.invokePermissions.first?.isPublic == true)
        #expect(function.logRetentionInDays?.string == "14")
        let role = try #require(application.role(id: function.roleID))
        #expect(role.statements.first?.resources.first?.string == "arn:aws:s3:::dev-bucket/*")
        #expect(role.statements.first?.location.line == 17)
    }

    @Test func stageParameterOverridesDefault() throws {
        var options = ScanOptions()
        options.params = ["Env": "prod"]
        let (application, app) = try load(
            """
            Parameters:
              Env: { Type: String, Default: dev }
            Conditions:
              IsProd: !Equals [!Ref Env, prod]
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: !If [IsProd, nodejs20.x, nodejs16.x]
                  Role: arn:aws:iam::123456789012:role/r
            """, options: options)
        defer { app.remove() }
        #expect(application.functions.first?.runtime?.string == "nodejs20.x")
        #expect(application.functions.first?.roleID == "arn:aws:iam::123456789012:role/r")
    }
}
