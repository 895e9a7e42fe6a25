import Testing

@testable import PerimeterKit

/// A grant to everyone is reported unless a condition on the caller's source, account or organisation narrows
/// it: each resource-policy rule, each key, with and without the condition.
struct NarrowingConditionTests {
    /// Scans one template with one rule and returns the lines of its findings.
    func findingLines(_ rule: any Rule.Type, _ template: String) throws -> [Int] {
        let app = try TemporaryApp(files: [("template.yaml", template)])
        defer { app.remove() }
        let result = app.scan(rules: [rule])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.findings.allSatisfy { $0.ruleID == rule.description.id })
        return result.findings.map(\.location.line)
    }

    static let conditionKeys: [(key: String, value: String)] = [
        ("aws:SourceArn", "arn:aws:sns:us-east-1:123456789012:orders"),
        ("aws:SourceAccount", "'123456789012'"),
        ("aws:PrincipalOrgID", "o-a1b2c3d4e5"),
    ]

    func queuePolicy(condition: String) -> String {
        """
        AWSTemplateFormatVersion: '2010-09-09'
        Resources:
          Queue:
            Type: AWS::SQS::Queue
          QueuePolicy:
            Type: AWS::SQS::QueuePolicy
            Properties:
              Queues: [!Ref Queue]
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: '*'
                    Action: sqs:SendMessage
                    Resource: !GetAtt Queue.Arn
        \(condition)
        """
    }

    func trustPolicy(condition: String) -> String {
        """
        AWSTemplateFormatVersion: '2010-09-09'
        Resources:
          Worker:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: python3.12
              Handler: index.handler
              Role: !GetAtt WorkerRole.Arn
              Code: { ZipFile: 'def handler(event, context): pass' }
          WorkerRole:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: { AWS: '*' }
                    Action: sts:AssumeRole
        \(condition)
        """
    }

    func condition(_ key: String, _ value: String, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        return "\(pad)Condition:\n\(pad)  StringEquals:\n\(pad)    \(key): \(value)"
    }

    @Test("resource-policy-public: reported without a condition, silent with each narrowing key", arguments: 0..<3)
    func resourcePolicy(keyIndex: Int) throws {
        let (key, value) = Self.conditionKeys[keyIndex]
        #expect(try findingLines(PublicResourcePolicy.self, queuePolicy(condition: "")) == [11])
        #expect(try findingLines(PublicResourcePolicy.self, queuePolicy(condition: condition(key, value, indent: 12))).isEmpty)
    }

    @Test("role-trust-open-to-any-principal: reported without a condition, silent with each narrowing key", arguments: 0..<3)
    func roleTrust(keyIndex: Int) throws {
        let (key, value) = Self.conditionKeys[keyIndex]
        #expect(try findingLines(RoleTrustOpenToAnyPrincipal.self, trustPolicy(condition: "")) == [15])
        #expect(try findingLines(RoleTrustOpenToAnyPrincipal.self, trustPolicy(condition: condition(key, value, indent: 12))).isEmpty)
    }

    @Test("a condition that tests the key against * narrows nothing")
    func wildcardConditionValue() throws {
        #expect(try findingLines(PublicResourcePolicy.self, queuePolicy(condition: condition("aws:SourceAccount", "'*'", indent: 12))) == [11])
    }

    @Test("lambda-permission-public: Principal * is reported, silent with SourceArn, SourceAccount or PrincipalOrgID", arguments: 0..<3)
    func lambdaPermission(keyIndex: Int) throws {
        let property = ["SourceArn: arn:aws:sns:us-east-1:123456789012:orders", "SourceAccount: '123456789012'", "PrincipalOrgID: o-a1b2c3d4e5"][keyIndex]
        func template(_ extra: String) -> String {
            """
            AWSTemplateFormatVersion: '2010-09-09'
            Resources:
              Worker:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.12
                  Handler: index.handler
                  Role: arn:aws:iam::123456789012:role/worker
                  Code: { ZipFile: 'def handler(event, context): pass' }
              Anyone:
                Type: AWS::Lambda::Permission
                Properties:
                  Action: lambda:InvokeFunction
                  FunctionName: !Ref Worker
                  Principal: '*'
            \(extra)
            """
        }
        #expect(try findingLines(PublicLambdaPermission.self, template("")) == [10])
        #expect(try findingLines(PublicLambdaPermission.self, template("      \(property)")).isEmpty)
    }
}
