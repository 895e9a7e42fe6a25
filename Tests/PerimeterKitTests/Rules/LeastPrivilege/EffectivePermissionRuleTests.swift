import Testing

@testable import PerimeterKit

/// What the effective-permission rules say beyond their examples: one escalation finding per function and
/// method with notes at the other statements and the role, and who needs what on a shared role.
struct EffectivePermissionRuleTests {
    @Test("an escalation is reported for each function on the role, on the key statement, with notes at the companions and the role")
    func escalationPerFunction() throws {
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
                          Action: iam:PassRole
                          Resource: arn:aws:iam::123456789012:role/*
                        - Effect: Allow
                          Action: [lambda:CreateFunction, lambda:InvokeFunction]
                          Resource: '*'
                functions:
                  deploy:
                    handler: handler.deploy
                  promote:
                    handler: handler.promote
                """
            )
        ])
        defer { app.remove() }
        let findings = app.scan(rules: [PrivilegeEscalation.self]).findings
        #expect(findings.map(\.subject) == ["function:deploy", "function:promote"])
        #expect(findings.allSatisfy { $0.location.line == 8 && $0.severity == .critical })
        let first = try #require(findings.first)
        #expect(first.message.contains("PassExistingRoleToNewLambda: iam:PassRole on arn:aws:iam::123456789012:role/*, then lambda:CreateFunction, lambda:InvokeFunction"))
        #expect(first.notes.map(\.location.line) == [11, 5])
        #expect(first.notes.last?.message.contains("assumed by deploy, promote") == true)
    }

    @Test("a written service wildcard names what the statement reaches: the stack's resource, every resource, or what is excluded")
    func wildcardNamesItsResources() throws {
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
                          Action: dynamodb:*
                          Resource: !GetAtt OrdersTable.Arn
                        - Effect: Allow
                          Action: s3:*
                          Resource: '*'
                        - Effect: Allow
                          Action: sqs:*
                          NotResource: !GetAtt AuditQueue.Arn
                functions:
                  create:
                    handler: h.create
                resources:
                  Resources:
                    OrdersTable:
                      Type: AWS::DynamoDB::Table
                    AuditQueue:
                      Type: AWS::SQS::Queue
                """
            )
        ])
        defer { app.remove() }
        let findings = app.scan(rules: [WildcardAction.self]).findings
        #expect(findings.map(\.location.line) == [9, 12, 15])
        #expect(findings.map { $0.message.contains("on table OrdersTable in") } == [true, false, false])
        #expect(findings.map { $0.message.contains("on every resource in") } == [false, true, false])
        #expect(findings.map { $0.message.contains("on every resource except queue AuditQueue in") } == [false, false, true])
    }

    @Test("a SAM state machine's Policies make a role the effective-permission rules read")
    func stateMachineRole() throws {
        let app = try TemporaryApp(files: [
            (
                "template.yaml",
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Flow:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      Definition: {}
                      Policies:
                        - DynamoDBReadPolicy:
                            TableName: '*'
                  Managed:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      Definition: {}
                      Role: arn:aws:iam::123456789012:role/flow
                """
            )
        ])
        defer { app.remove() }
        let findings = app.scan(rules: [DataExfiltration.self]).findings
        #expect(findings.map(\.location.line) == [9])
        #expect(findings.map(\.subject) == ["role:FlowRole"])
        let role = try #require(app.load().roles.first { $0.name == "FlowRole" })
        #expect(role.trustStatements.first?.principal?["Service"]?.string == "states.amazonaws.com")
        #expect(role.managedPolicies.isEmpty)
    }

    @Test("a shared role lists what each function uses and notes each function")
    func sharedRoleNeeds() throws {
        let app = try TemporaryApp(files: [
            (
                "serverless.yml",
                """
                service: tickets
                provider:
                  name: aws
                  runtime: nodejs20.x
                functions:
                  buy:
                    handler: buy.handler
                    environment:
                      TABLE_NAME: !Ref TicketsTable
                  park:
                    handler: park.handler
                    events:
                      - sqs:
                          arn:
                            Fn::GetAtt: [ParkingQueue, Arn]
                resources:
                  Resources:
                    TicketsTable:
                      Type: AWS::DynamoDB::Table
                    ParkingQueue:
                      Type: AWS::SQS::Queue
                """
            )
        ])
        defer { app.remove() }
        let findings = app.scan(rules: [SharedRoleDifferentNeeds.self]).findings
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.message.contains("buy uses table TicketsTable (TABLE_NAME); park uses queue ParkingQueue (sqs trigger)"))
        #expect(finding.notes.map(\.location.line) == [6, 10])
    }
}
