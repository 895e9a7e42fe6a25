/// Functions on one role that visibly work with different resources: each holds what the others need.
struct SharedRoleDifferentNeeds: Rule {
    static let description = RuleDescription(
        id: "shared-role-different-needs",
        title: "Functions with different needs share one role",
        severity: .medium,
        practice: .leastPrivilege,
        cwe: "CWE-250",
        owasp: "SAS-4: Over-Privileged Function Permissions and Roles",
        rationale: """
            A role shared by functions that work with different resources must grant the union of what they need: the \
            function triggered by the orders queue can also read the users table another function uses. Perimeter \
            compares what each function visibly uses: the resources its triggers read (SQS queues, Kinesis and DynamoDB \
            streams, S3 buckets, SNS topics, Kafka and MQ sources) and the stack resources its environment variables \
            name (`!Ref OrdersTable`, a table's name), a stand-in for what its code calls. One finding per role lists \
            who needs what; function-shares-role reports each function on a shared role.
            """,
        fix: "Give each function its own role with only what it uses (per-function `iamRoleStatements` with serverless-iam-roles-per-function, or SAM `Policies` per function).",
        fixBefore: """
            provider:
              iam:
                role:
                  statements:
                    - Effect: Allow
                      Action: [dynamodb:PutItem, dynamodb:Query]
                      Resource: [!GetAtt OrdersTable.Arn, !GetAtt UsersTable.Arn]
            """,
        fixAfter: """
            functions:
              createOrder:
                iamRoleStatements:
                  - Effect: Allow
                    Action: dynamodb:PutItem
                    Resource: !GetAtt OrdersTable.Arn
              listUsers:
                iamRoleStatements:
                  - Effect: Allow
                    Action: dynamodb:Query
                    Resource: !GetAtt UsersTable.Arn
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  environment:
                    ORDERS_TABLE: !Ref OrdersTable
                functions:
                  createOrder:
                    handler: create.handler
                  listOrders:
                    handler: list.handler
                    environment:
                      ORDERS_TABLE: !Ref OrdersTable
                resources:
                  Resources:
                    OrdersTable:
                      Type: AWS::DynamoDB::Table
                """, note: "both functions use the same table"),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Producer:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.produce
                      CodeUri: src/
                      Environment:
                        Variables:
                          QUEUE_URL: !Ref OrdersQueue
                  Consumer:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.consume
                      CodeUri: src/
                      Events:
                        Orders:
                          Type: SQS
                          Properties:
                            Queue: !GetAtt UsersQueue.Arn
                  OrdersQueue:
                    Type: AWS::SQS::Queue
                  UsersQueue:
                    Type: AWS::SQS::Queue
                """, file: "template.yaml", note: "each function has its own role"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                ↓  iam:
                    role:
                      statements:
                        - Effect: Allow
                          Action: [dynamodb:PutItem, dynamodb:Query, sqs:ReceiveMessage]
                          Resource: '*'
                functions:
                  createOrder:
                    handler: create.handler
                    environment:
                      ORDERS_TABLE: !Ref OrdersTable
                  listUsers:
                    handler: users.handler
                    environment:
                      USERS_TABLE: users-dev
                  fulfil:
                    handler: fulfil.handler
                    events:
                      - sqs:
                          arn: !GetAtt OrdersQueue.Arn
                resources:
                  Resources:
                    OrdersTable:
                      Type: AWS::DynamoDB::Table
                    UsersTable:
                      Type: AWS::DynamoDB::Table
                      Properties:
                        TableName: users-dev
                    OrdersQueue:
                      Type: AWS::SQS::Queue
                """, note: "the finding lands on the provider role"),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Resize:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.resize
                      CodeUri: src/
                      Role: !GetAtt SharedRole.Arn
                      Events:
                        Upload:
                          Type: S3
                          Properties:
                            Bucket: !Ref UploadsBucket
                            Events: s3:ObjectCreated:*
                  Notify:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.notify
                      CodeUri: src/
                      Role: !GetAtt SharedRole.Arn
                      Environment:
                        Variables:
                          TOPIC_ARN: !Ref AlertsTopic
                ↓  SharedRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: { Service: lambda.amazonaws.com }
                            Action: sts:AssumeRole
                  UploadsBucket:
                    Type: AWS::S3::Bucket
                  AlertsTopic:
                    Type: AWS::SNS::Topic
                """, file: "template.yaml"),
        ]
    )

    /// Trigger kinds that read from a resource the role must be allowed to use.
    static let resourceTriggers: Set<Trigger.Kind> = [.s3, .sqs, .sns, .stream, .kinesis, .dynamodb, .kafka, .mq]

    /// One resource a function visibly uses, and why Perimeter thinks so.
    struct Need: Hashable {
        var key: String
        var label: String
    }

    func findings(in app: Application) -> [Finding] {
        var functionsByRole: [String: [Function]] = [:]
        var order: [String] = []
        for function in app.functions {
            guard let roleID = function.roleID else { continue }
            if functionsByRole[roleID] == nil { order.append(roleID) }
            functionsByRole[roleID, default: []].append(function)
        }
        guard functionsByRole.values.contains(where: { $0.count > 1 }) else { return [] }
        var rolesByID: [String: Role] = [:]
        for role in app.roles where rolesByID[role.id] == nil { rolesByID[role.id] = role }
        let stack = ResourcesByFile(app)
        var findings: [Finding] = []
        for roleID in order {
            guard let functions = functionsByRole[roleID], functions.count > 1, let role = rolesByID[roleID] else { continue }
            let lookup = NeedLookup(resources: stack.resources(in: functions[0].location.file))
            let needs = functions.map { lookup.needs(of: $0) }
            let keys = needs.map { Set($0.map(\.key)) }
            guard Set(keys).count > 1 else { continue }
            let holder = PolicyHolder(role: role, functionNames: functions.map(\.name))
            let summary = zip(functions, needs).map { function, needs in
                "\(function.name) \(needs.isEmpty ? "uses none of them" : "uses \(needs.map(\.label).joined(separator: ", "))")"
            }
            let notes = zip(functions, needs).map { function, needs in
                Note(
                    "\(function.name): \(needs.isEmpty ? "no trigger or environment variable names a stack resource" : needs.map(\.label).joined(separator: ", "))",
                    at: function.location)
            }
            findings.append(
                finding(
                    "\(holder.title) is shared by functions that use different resources: \(summary.joined(separator: "; ")); each holds the permissions the others need",
                    at: role.location, subject: holder.subject, notes: notes))
        }
        return findings
    }

    /// Finds what a function's triggers and environment variables point at among one file's resources.
    struct NeedLookup {
        let resolver: ResourceResolver
        let byLogicalID: [String: CloudResource]
        /// Physical names (`TableName`, `QueueName`…) of the stack's resources, for variables that hold a name.
        let byPhysicalName: [String: CloudResource]

        init(resources: [CloudResource]) {
            resolver = ResourceResolver(resources: resources)
            var names: [String: CloudResource] = [:]
            for resource in resources {
                if let property = ResourceResolver.nameProperties[resource.type], let name = resource[property]?.string, names[name] == nil {
                    names[name] = resource
                }
            }
            byPhysicalName = names
            byLogicalID = Dictionary(resources.map { ($0.logicalID, $0) }, uniquingKeysWith: { first, _ in first })
        }

        /// The value as a reference: resolved, a `Fn::GetAtt`/`Ref` mapping left as written (sls event sources), or
        /// the bare logical id the Serverless Framework loader leaves for `!Ref X`.
        func reference(_ value: Value) -> ResourceReference {
            let target =
                value["Fn::GetAtt"]?.elements.first?.string ?? value["Fn::GetAtt"]?.string?.split(separator: ".").first.map(String.init) ?? value["Ref"]?.string
                ?? value.string
            if let target, let resource = byLogicalID[target] {
                return ResourceReference(written: value.description, logicalID: resource.logicalID, type: resource.type)
            }
            return resolver.resolve(value)
        }

        func needs(of function: Function) -> [Need] {
            var needs: [Need] = []
            var seen = Set<String>()
            func add(_ need: Need) {
                if seen.insert(need.key).inserted { needs.append(need) }
            }
            for trigger in function.triggers where SharedRoleDifferentNeeds.resourceTriggers.contains(trigger.kind) {
                guard let source = trigger.source else { continue }
                let reference = reference(source)
                let key = reference.logicalID ?? reference.written
                add(Need(key: key, label: "\(reference.logicalID == nil ? "source " : "")\(reference.label) (\(trigger.kind.rawValue) trigger)"))
            }
            for variable in function.environment {
                let reference = reference(variable.value)
                if let logicalID = reference.logicalID {
                    add(Need(key: logicalID, label: "\(reference.label) (\(variable.name))"))
                } else if let name = variable.value.string, let resource = byPhysicalName[name] {
                    let label = ResourceReference(written: name, logicalID: resource.logicalID, type: resource.type).label
                    add(Need(key: resource.logicalID, label: "\(label) (\(variable.name))"))
                }
            }
            return needs
        }
    }
}
