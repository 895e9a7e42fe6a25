import Foundation
import Testing

@testable import PerimeterKit

struct PermissionsReportTests {
    static let service = """
        service: orders
        provider:
          name: aws
          runtime: nodejs20.x
          iam:
            role:
              statements:
                - Effect: Allow
                  Action: [dynamodb:PutItem, dynamodb:UpdateItem, dynamodb:DeleteItem, dynamodb:BatchWriteItem, dynamodb:GetItem]
                  Resource: arn:aws:dynamodb:us-east-1:123456789012:table/orders
                - Effect: Allow
                  Action: [iam:PassRole, sqs:*, dynamodb:GetItemz]
                  Resource: '*'
        functions:
          getOrder:
            handler: src/orders.get
          createOrder:
            handler: src/orders.create
          legacy:
            handler: src/legacy.main
            role: arn:aws:iam::123456789012:role/legacy
        resources:
          Resources:
            OrdersTable:
              Type: AWS::DynamoDB::Table
              Properties:
                TableName: orders
        """

    func report() throws -> PermissionsReport {
        let app = try TemporaryApp(files: [("serverless.yml", Self.service)])
        defer { app.remove() }
        return PermissionsReport(application: app.scan(rules: []).application)
    }

    @Test("grants are grouped by service, level (most harmful first) and resources; whole levels are counted")
    func grouping() throws {
        let report = try report()
        #expect(report.functions.map(\.name) == ["createOrder", "getOrder", "legacy"])
        let createOrder = report.functions[0]
        #expect(createOrder.role?.name == "IamRoleLambdaExecution")
        #expect(createOrder.role?.sharedWith == ["getOrder"])
        let byKey = createOrder.permissions.map {
            "\($0.service) \($0.accessLevel) \($0.allActions ? "all \($0.count)" : $0.actions.joined(separator: ",")) on \($0.resources.joined(separator: ","))\($0.sensitive ? " !" : "")"
        }
        #expect(byKey.contains("dynamodb Write BatchWriteItem,DeleteItem,PutItem,UpdateItem on table OrdersTable"))
        #expect(byKey.contains("dynamodb Read GetItem on table OrdersTable"))
        #expect(byKey.contains("iam Permissions management PassRole on * !"))
        let sqs = byKey.filter { $0.hasPrefix("sqs ") }
        #expect(sqs.count == 4)
        #expect(sqs.first?.hasPrefix("sqs Permissions management all ") == true)
        #expect(sqs.allSatisfy { $0.contains(" all ") })
        // Services in name order; within one, levels from the most harmful.
        #expect(createOrder.permissions.map(\.service) == createOrder.permissions.map(\.service).sorted())
        #expect(createOrder.unknownActions.map(\.text) == ["dynamodb:GetItemz"])
        #expect(report.functions[2].role?.external == true)
        #expect(report.functions[2].permissions.isEmpty)
    }

    @Test("a grant of every action is one line")
    func everyAction() {
        let index = ActionIndex.shared
        let grant = PermissionGrant(
            actions: index.all, resources: [ResourceReference(written: "*")], excludesResources: false, isConditional: false,
            location: SourceLocation(file: "template.yaml", line: 3), source: "Policies")
        let lines = PermissionsReport.lines(of: [grant], index: index)
        #expect(lines.map(\.service) == ["*"])
        #expect(lines.first?.count == index.actions.count)
    }
}
