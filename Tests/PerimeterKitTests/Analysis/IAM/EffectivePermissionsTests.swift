import Testing

@testable import PerimeterKit

/// `Application.permissions` for the policy shapes that trip naive tools: NotAction, Deny, boundaries,
/// wildcards inside names, case, managed policies, SAM policy templates, attached policies and resources
/// resolved to the stack's own.
struct EffectivePermissionsTests {
    let index = ActionIndex.shared

    /// Loads the files like a scan and returns each function's permissions by name.
    func permissions(_ files: [(name: String, contents: String)]) throws -> [String: FunctionPermissions] {
        let app = try TemporaryApp(files: files)
        defer { app.remove() }
        let model = app.load()
        #expect(model.diagnostics.isEmpty, "\(model.diagnostics)")
        return Dictionary(model.permissions.map { ($0.functionName, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func allows(_ permissions: FunctionPermissions?, _ action: String) -> Bool {
        guard let permissions, let position = index.position(of: action) else { return false }
        return permissions.allowedActions(in: index).contains(position)
    }

    func sls(statements: String, extra: String = "") -> [(name: String, contents: String)] {
        [
            (
                "serverless.yml",
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  iam:
                    role:
                \(statements)
                functions:
                  hello:
                    handler: handler.hello
                \(extra)
                """
            )
        ]
    }

    @Test("Allow with NotAction grants everything but the excluded actions")
    func notAction() throws {
        let result = try permissions(
            sls(
                statements: """
                          statements:
                            - Effect: Allow
                              NotAction: iam:*
                              Resource: '*'
                    """))
        let hello = result["hello"]
        #expect(allows(hello, "s3:GetObject"))
        #expect(allows(hello, "ec2:RunInstances"))
        #expect(!allows(hello, "iam:PassRole"))
        #expect(!allows(hello, "iam:CreateUser"))
        #expect(hello?.grants.contains { $0.source == "provider.iam.role.statements" && $0.location.line == 8 } == true)
    }

    @Test("an unconditional Deny on * removes its actions from a service wildcard")
    func denyOverridesAllow() throws {
        let result = try permissions(
            sls(
                statements: """
                          statements:
                            - Effect: Allow
                              Action: s3:*
                              Resource: '*'
                            - Effect: Deny
                              Action: s3:DeleteObject
                              Resource: '*'
                    """))
        #expect(allows(result["hello"], "s3:GetObject"))
        #expect(allows(result["hello"], "s3:DeleteObjectVersion"))
        #expect(!allows(result["hello"], "s3:DeleteObject"))
    }

    @Test("a Deny on one resource leaves a grant on * alone; a Deny covering the grant's resources removes it; a conditional Deny is not applied")
    func denyScope() throws {
        let result = try permissions(
            sls(
                statements: """
                          statements:
                            - Effect: Allow
                              Action: [s3:DeleteObject, s3:PutObject]
                              Resource: '*'
                            - Effect: Deny
                              Action: s3:DeleteObject
                              Resource: arn:aws:s3:::audit-logs/*
                            - Effect: Allow
                              Action: dynamodb:DeleteItem
                              Resource: arn:aws:dynamodb:us-east-1:123456789012:table/audit
                            - Effect: Deny
                              Action: dynamodb:Delete*
                              Resource: arn:aws:dynamodb:*:*:table/*
                            - Effect: Deny
                              Action: s3:PutObject
                              Resource: '*'
                              Condition:
                                Bool:
                                  aws:SecureTransport: 'false'
                    """))
        let grants = try #require(result["hello"]).grants
        let onAny = try #require(grants.first { $0.location.line == 8 })
        // The engine keeps s3:DeleteObject on `*`: the Deny only takes audit-logs' objects out of it, and grants
        // are not split by resource. Rules therefore still see a delete on every other bucket.
        #expect(onAny.actions.contains(try #require(index.position(of: "s3:DeleteObject"))))
        #expect(onAny.actions.contains(try #require(index.position(of: "s3:PutObject"))))
        #expect(!allows(result["hello"], "dynamodb:DeleteItem"))
    }

    @Test("an AWS managed policy boundary caps a service wildcard to what it allows")
    func managedPolicyBoundary() throws {
        let result = try permissions(
            sls(
                statements: """
                          permissionsBoundary: arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
                          statements:
                            - Effect: Allow
                              Action: [s3:*, sqs:SendMessage]
                              Resource: '*'
                    """))
        let hello = try #require(result["hello"])
        #expect(allows(hello, "s3:GetObject"))
        #expect(allows(hello, "s3:ListBucket"))
        #expect(!allows(hello, "s3:PutObject"))
        #expect(!allows(hello, "s3:DeleteBucket"))
        #expect(!allows(hello, "sqs:SendMessage"))
        #expect(hello.unknownBoundary == nil)
    }

    @Test("a managed policy of the stack as boundary caps the role; an unknown boundary is reported and not applied")
    func stackAndUnknownBoundaries() throws {
        let result = try permissions([
            (
                "template.yaml",
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Capped:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: python3.12
                      Handler: index.handler
                      Role: !GetAtt CappedRole.Arn
                      Code: { ZipFile: 'def handler(event, context): pass' }
                  Open:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: python3.12
                      Handler: index.handler
                      Role: !GetAtt OpenRole.Arn
                      Code: { ZipFile: 'def handler(event, context): pass' }
                  Boundary:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Action: [dynamodb:GetItem, dynamodb:Query]
                            Resource: '*'
                  CappedRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: { Service: lambda.amazonaws.com }
                            Action: sts:AssumeRole
                      PermissionsBoundary: !Ref Boundary
                      Policies:
                        - PolicyName: data
                          PolicyDocument:
                            Statement:
                              - Effect: Allow
                                Action: dynamodb:*
                                Resource: '*'
                  OpenRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: { Service: lambda.amazonaws.com }
                            Action: sts:AssumeRole
                      PermissionsBoundary: arn:aws:iam::123456789012:policy/team-boundary
                      Policies:
                        - PolicyName: data
                          PolicyDocument:
                            Statement:
                              - Effect: Allow
                                Action: dynamodb:*
                                Resource: '*'
                """
            )
        ])
        let capped = try #require(result["Capped"])
        #expect(allows(capped, "dynamodb:GetItem"))
        #expect(!allows(capped, "dynamodb:DeleteTable"))
        #expect(capped.unknownBoundary == nil)
        let open = try #require(result["Open"])
        #expect(allows(open, "dynamodb:DeleteTable"))
        #expect(open.unknownBoundary?.string == "arn:aws:iam::123456789012:policy/team-boundary")
        #expect(open.unknownBoundary?.location.line == 49)
    }

    @Test("wildcards inside names, ? and case differences match the way IAM matches them")
    func patterns() throws {
        let result = try permissions(
            sls(
                statements: """
                          statements:
                            - Effect: Allow
                              Action: ['s3:*Object*', 'lambda:?nvokeFunction', 'S3:getbucketlocation', 'DynamoDB:GETITEM']
                              Resource: '*'
                    """))
        let hello = try #require(result["hello"])
        #expect(allows(hello, "s3:GetObject"))
        #expect(allows(hello, "s3:PutObjectAcl"))
        #expect(allows(hello, "s3:DeleteObjectVersion"))
        #expect(!allows(hello, "s3:ListBucket"))
        #expect(allows(hello, "lambda:InvokeFunction"))
        #expect(!allows(hello, "lambda:InvokeAsync"))
        #expect(allows(hello, "s3:GetBucketLocation"))
        #expect(allows(hello, "dynamodb:GetItem"))
        #expect(hello.unknownActions.isEmpty)
    }

    @Test("actions naming nothing are collected with their location")
    func unknownActions() throws {
        let result = try permissions(
            sls(
                statements: """
                          statements:
                            - Effect: Allow
                              Action: [s3:GetObjectz, dynamo:PutItem, s3:GetObject]
                              Resource: '*'
                    """))
        let hello = try #require(result["hello"])
        #expect(hello.unknownActions.map { $0.string ?? "" } == ["s3:GetObjectz", "dynamo:PutItem"])
        #expect(hello.unknownActions.allSatisfy { $0.location.line == 9 })
        #expect(allows(hello, "s3:GetObject"))
    }

    @Test("AWS managed policies by name and by ARN; SAM policy templates expand; unknown policies are listed")
    func managedPoliciesAndTemplates() throws {
        let result = try permissions([
            (
                "template.yaml",
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Worker:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.handler
                      CodeUri: src/
                      Policies:
                        - AmazonS3ReadOnlyAccess
                        - !Sub arn:${AWS::Partition}:iam::aws:policy/AmazonSQSReadOnlyAccess
                        - arn:aws:iam::123456789012:policy/team-policy
                        - DynamoDBCrudPolicy:
                            TableName: !Ref OrdersTable
                  OrdersTable:
                    Type: AWS::DynamoDB::Table
                """
            )
        ])
        let worker = try #require(result["Worker"])
        #expect(allows(worker, "s3:GetObject"))
        #expect(!allows(worker, "s3:PutObject"))
        #expect(allows(worker, "sqs:GetQueueAttributes"))
        #expect(!allows(worker, "sqs:SendMessage"))
        #expect(worker.grants.contains { $0.source == "AWS managed policy AmazonS3ReadOnlyAccess" && $0.location.line == 11 })
        #expect(worker.grants.contains { $0.source == "AWS managed policy AmazonSQSReadOnlyAccess" && $0.location.line == 12 })
        #expect(worker.unknownManagedPolicies.map(\.location.line) == [13])
        let putItem = try #require(index.position(of: "dynamodb:PutItem"))
        let crud = try #require(worker.grants.first { $0.actions.contains(putItem) })
        #expect(crud.resources.contains { $0.logicalID == "OrdersTable" && $0.type == "AWS::DynamoDB::Table" })
        #expect(!allows(worker, "dynamodb:DeleteTable"))
    }

    @Test("an AWS::IAM::Policy attached with Roles: [!Ref R] and a stack managed policy reach the function; !GetAtt resolves")
    func attachedPolicies() throws {
        let result = try permissions([
            (
                "template.yaml",
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
                            Principal: { Service: lambda.amazonaws.com }
                            Action: sts:AssumeRole
                      ManagedPolicyArns:
                        - !Ref QueuePolicy
                  TablePolicy:
                    Type: AWS::IAM::Policy
                    Properties:
                      PolicyName: table
                      Roles: [!Ref WorkerRole]
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Action: dynamodb:PutItem
                            Resource: !GetAtt OrdersTable.Arn
                  QueuePolicy:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Action: sqs:SendMessage
                            Resource: !GetAtt OrdersQueue.Arn
                  OrdersTable:
                    Type: AWS::DynamoDB::Table
                  OrdersQueue:
                    Type: AWS::SQS::Queue
                """
            )
        ])
        let worker = try #require(result["Worker"])
        #expect(worker.unknownManagedPolicies.isEmpty)
        let put = try #require(worker.grants.first { $0.location.line == 27 })
        #expect(put.actions.contains(try #require(index.position(of: "dynamodb:PutItem"))))
        #expect(put.resources.map(\.label) == ["table OrdersTable"])
        let send = try #require(worker.grants.first { $0.location.line == 35 })
        #expect(send.resources.map(\.label) == ["queue OrdersQueue"])
    }

    @Test("a Serverless Framework ARN built from ${self:custom...} resolves to the table with that name")
    func serverlessResourceByName() throws {
        let result = try permissions([
            (
                "serverless.yml",
                """
                service: orders
                custom:
                  table: orders-dev
                provider:
                  name: aws
                  runtime: nodejs20.x
                  iam:
                    role:
                      statements:
                        - Effect: Allow
                          Action: dynamodb:PutItem
                          Resource: arn:aws:dynamodb:*:*:table/${self:custom.table}
                        - Effect: Allow
                          Action: !Ref ActionParameter
                          Resource: '*'
                functions:
                  hello:
                    handler: handler.hello
                resources:
                  Resources:
                    OrdersTable:
                      Type: AWS::DynamoDB::Table
                      Properties:
                        TableName: ${self:custom.table}
                """
            )
        ])
        let hello = try #require(result["hello"])
        let put = try #require(hello.grants.first { $0.location.line == 10 })
        #expect(put.resources.first?.written == "arn:aws:dynamodb:*:*:table/orders-dev")
        #expect(put.resources.first?.logicalID == "OrdersTable")
        #expect(put.resources.first?.label == "table OrdersTable")
    }
}
