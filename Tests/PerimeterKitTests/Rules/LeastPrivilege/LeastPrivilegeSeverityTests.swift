import Testing

@testable import PerimeterKit

/// Findings whose severity differs from the rule's declared one, and messages that name what to fix.
struct LeastPrivilegeSeverityTests {
    @Test("AdministratorAccess is critical, other full-access policies high")
    func managedPolicySeverity() throws {
        let app = try TemporaryApp(files: [
            (
                "serverless.yml",
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  iamManagedPolicies:
                    - arn:aws:iam::aws:policy/AdministratorAccess
                    - arn:aws:iam::aws:policy/AmazonS3FullAccess
                functions:
                  hello:
                    handler: handler.hello
                """
            )
        ])
        defer { app.remove() }
        let findings = app.scan(rules: [BroadManagedPolicy.self]).findings
        #expect(findings.map(\.location.line) == [6, 7])
        #expect(findings.map(\.severity) == [.critical, .high])
        #expect(findings.allSatisfy { $0.ruleID == "iam-broad-managed-policy" && $0.message.contains("used by hello") })
    }

    @Test("writing the function's own logs on * is low, any other write on * high")
    func writeOnAnyResourceSeverity() throws {
        let app = try TemporaryApp(files: [
            (
                "serverless.yml",
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs22.x
                  iam:
                    role:
                      statements:
                        - Effect: Allow
                          Action: [logs:CreateLogGroup, logs:CreateLogStream, logs:PutLogEvents]
                          Resource: '*'
                        - Effect: Allow
                          Action: [logs:PutLogEvents, logs:DeleteLogGroup]
                          Resource: '*'
                functions:
                  hello:
                    handler: handler.hello
                """
            )
        ])
        defer { app.remove() }
        let findings = app.scan(rules: [WriteOnAnyResource.self]).findings
        #expect(findings.map(\.location.line) == [8, 11])
        #expect(findings.map(\.severity) == [.low, .high])
        #expect(findings.first?.message.contains("scope them to its log group") == true)
    }

    @Test("iam:PassRole on every role is high, medium when iam:PassedToService limits where the roles go")
    func passRoleSeverity() throws {
        let app = try TemporaryApp(files: [
            (
                "serverless.yml",
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs22.x
                  iam:
                    role:
                      statements:
                        - Effect: Allow
                          Action: iam:PassRole
                          Resource: '*'
                          Condition:
                            StringEquals:
                              iam:PassedToService: [states.amazonaws.com]
                        - Effect: Allow
                          Action: iam:PassRole
                          Resource: '*'
                          Condition:
                            StringNotEquals:
                              iam:PassedToService: ec2.amazonaws.com
                functions:
                  hello:
                    handler: handler.hello
                """
            )
        ])
        defer { app.remove() }
        let findings = app.scan(rules: [PassRoleOnAnyResource.self]).findings
        #expect(findings.map(\.location.line) == [8, 14])
        #expect(findings.map(\.severity) == [.medium, .high])
        #expect(findings.first?.message.contains("though only to states.amazonaws.com (iam:PassedToService)") == true)
    }

    @Test("a public Lambda permission is critical, an unscoped service grant high")
    func lambdaPermissionSeverity() throws {
        let app = try TemporaryApp(files: [
            (
                "template.yaml",
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Resize:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: nodejs20.x
                      Handler: index.handler
                      Role: arn:aws:iam::123456789012:role/resize
                      Code: { ZipFile: 'exports.handler = async () => {}' }
                  Anyone:
                    Type: AWS::Lambda::Permission
                    Properties:
                      Action: lambda:InvokeFunction
                      FunctionName: !Ref Resize
                      Principal: '*'
                  FromS3:
                    Type: AWS::Lambda::Permission
                    Properties:
                      Action: lambda:InvokeFunction
                      FunctionName: !Ref Resize
                      Principal: s3.amazonaws.com
                """
            )
        ])
        defer { app.remove() }
        let findings = app.scan(rules: [PublicLambdaPermission.self]).findings
        #expect(findings.map(\.location.line) == [10, 16])
        #expect(findings.map(\.severity) == [.critical, .high])
        #expect(findings.last?.message.contains("neither SourceArn nor SourceAccount") == true)
    }

    @Test("functions sharing a role each name the others and point at the role")
    func sharedRoleMessage() throws {
        let app = try TemporaryApp(files: [
            (
                "serverless.yml",
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  iam:
                    role:
                      statements:
                        - Effect: Allow
                          Action: sqs:SendMessage
                          Resource: arn:aws:sqs:us-east-1:123456789012:orders
                functions:
                  createOrder:
                    handler: create.handler
                  listOrders:
                    handler: list.handler
                """
            )
        ])
        defer { app.remove() }
        let findings = app.scan(rules: [FunctionSharesRole.self]).findings
        #expect(findings.map(\.location.line) == [12, 14])
        #expect(findings.first?.message == "createOrder shares role IamRoleLambdaExecution with listOrders")
        #expect(findings.first?.notes.map(\.location.line) == [5])
    }
}
