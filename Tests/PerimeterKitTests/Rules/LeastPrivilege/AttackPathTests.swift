import Foundation
import Testing

@testable import PerimeterKit

/// The attack-path rule's messages and hops, beyond where its examples land.
struct AttackPathTests {
    static let service = """
        service: orders
        provider:
          name: aws
          runtime: nodejs20.x
          iam:
            role:
              statements:
                - Effect: Allow
                  Action: [dynamodb:PutItem, dynamodb:UpdateItem, dynamodb:GetItem]
                  Resource: arn:aws:dynamodb:us-east-1:123456789012:table/orders
                - Effect: Allow
                  Action: [iam:PassRole, lambda:CreateFunction, lambda:InvokeFunction]
                  Resource: '*'
                - Effect: Allow
                  Action: s3:PutObject
                  Resource: arn:aws:s3:::orders-archive/*
        functions:
          createOrder:
            handler: src/orders.create
            events:
              - http:
                  method: post
                  path: orders
        resources:
          Resources:
            OrdersTable:
              Type: AWS::DynamoDB::Table
              Properties:
                TableName: orders
        """

    @Test("one finding per entry and function, naming every capability, with the path's hops in order")
    func messageAndFlow() throws {
        let app = try TemporaryApp(files: [("serverless.yml", Self.service)])
        defer { app.remove() }
        let findings = app.scan(rules: [AttackPath.self]).findings
        try #require(findings.count == 1)
        let finding = findings[0]
        #expect(finding.ruleID == "public-entry-reaches-privileged-function")
        #expect(finding.severity == .critical)
        #expect(finding.location.line == 21)
        #expect(
            finding.message
                == "unauthenticated POST orders reaches createOrder, whose role can write dynamodb (table OrdersTable), lambda (any resource), s3 (arn:aws:s3:::orders-archive/*) and escalate privileges via iam:PassRole + lambda:CreateFunction + lambda:InvokeFunction"
        )
        #expect(
            finding.flow.map { "\($0.location.line): \($0.message)" } == [
                "21: POST orders needs no credentials",
                "18: createOrder runs with role IamRoleLambdaExecution",
                "8: provider.iam.role.statements allows dynamodb:PutItem, dynamodb:UpdateItem on table OrdersTable",
                "26: table OrdersTable",
                "11: provider.iam.role.statements allows iam:PassRole, lambda:CreateFunction, lambda:InvokeFunction on *",
                "11: any resource (*)",
                "14: provider.iam.role.statements allows s3:PutObject on arn:aws:s3:::orders-archive/*",
                "14: arn:aws:s3:::orders-archive/* (not a resource of this stack)",
            ])
        #expect(finding.notes.map(\.message) == ["role IamRoleLambdaExecution is declared here"])
    }

    static let publicTopic = """
        AWSTemplateFormatVersion: '2010-09-09'
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Notify:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              Handler: app.handler
              CodeUri: src/
              Policies:
                - Statement:
                    - Effect: Allow
                      Action: iam:AttachRolePolicy
                      Resource: '*'
                    - Effect: Allow
                      Action: iam:DeleteRolePolicy
                      Resource: '*'
              Events:
                Alerts:
                  Type: SNS
                  Properties:
                    Topic: !Ref AlertsTopic
          AlertsTopic:
            Type: AWS::SNS::Topic
          AlertsPolicy:
            Type: AWS::SNS::TopicPolicy
            Properties:
              Topics: [!Ref AlertsTopic]
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: { AWS: '*' }
                    Action: sns:*
                    Resource: !Ref AlertsTopic
        """

    @Test("a topic anyone may publish to is an entry: the path starts at its policy statement")
    func publicTopicEntry() throws {
        let app = try TemporaryApp(files: [("template.yaml", Self.publicTopic)])
        defer { app.remove() }
        let findings = app.scan(rules: [AttackPath.self]).findings
        try #require(findings.count == 1)
        #expect(findings[0].location.line == 19)
        #expect(
            findings[0].message
                == "the public topic AlertsTopic reaches Notify, whose role can manage IAM (iam:DeleteRolePolicy) and escalate privileges via iam:AttachRolePolicy")
        #expect(
            findings[0].flow.prefix(3).map { "\($0.location.line): \($0.message)" } == [
                "31: AlertsPolicy lets anyone sns:Publish on topic AlertsTopic",
                "19: topic AlertsTopic invokes Notify",
                "4: Notify runs with role NotifyRole",
            ])
    }
}
