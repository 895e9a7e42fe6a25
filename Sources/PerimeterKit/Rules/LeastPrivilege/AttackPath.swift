/// An entry point anyone can use without credentials that reaches a function whose role can write the
/// application's data, manage IAM or escalate privileges: each finding is a whole attack path.
struct AttackPath: Rule {
    static let description = RuleDescription(
        id: "public-entry-reaches-privileged-function",
        title: "Unauthenticated entry point reaches a function that can write data or change permissions",
        severity: .critical,
        practice: .leastPrivilege,
        cwe: "CWE-284",
        owasp: "SAS-4: Over-Privileged Function Permissions and Roles",
        rationale: """
            Each part can look acceptable alone: a public webhook, a role that writes a table. Together they are a \
            path: anyone on the internet sends input to the function, and any flaw in its code (injection, a \
            deserialisation bug, a dependency with an advisory) then acts with the role's permissions. Perimeter \
            follows open API routes, function URLs with auth type NONE, Lambda permissions for `*`, and buckets, \
            queues and topics of the stack whose policy lets anyone produce the event, to functions whose effective \
            permissions write data (S3, DynamoDB, SQS, SNS, Kinesis, Step Functions, Lambda…), manage IAM, or \
            allow a known privilege-escalation method (`iam:PassRole` with `lambda:CreateFunction`, \
            `iam:PutRolePolicy`, `iam:CreatePolicyVersion`…). The finding lists the path hop by hop.
            """,
        fix:
            "Break the path: put an authorizer (or IAM auth) on the entry point, or split the function so the public part only hands work to a queue and a private function holds the permissions; scope what remains to the exact resources.",
        fixBefore: """
            functions:
              createOrder:
                handler: src/orders.create
                events:
                  - http: { method: post, path: orders }
            """,
        fixAfter: """
            functions:
              createOrder:
                handler: src/orders.create
                events:
                  - http:
                      method: post
                      path: orders
                      authorizer: aws_iam
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
                      statements:
                        - Effect: Allow
                          Action: [dynamodb:PutItem, dynamodb:GetItem]
                          Resource: !GetAtt OrdersTable.Arn
                functions:
                  createOrder:
                    handler: src/orders.create
                    events:
                      - http:
                          method: post
                          path: orders
                          authorizer: aws_iam
                  worker:
                    handler: src/orders.work
                    events:
                      - sqs:
                          arn: !GetAtt OrdersQueue.Arn
                resources:
                  Resources:
                    OrdersTable:
                      Type: AWS::DynamoDB::Table
                    OrdersQueue:
                      Type: AWS::SQS::Queue
                """),
            RuleExample(
                """
                service: catalog
                provider:
                  name: aws
                  runtime: nodejs20.x
                  iam:
                    role:
                      statements:
                        - Effect: Allow
                          Action: [dynamodb:GetItem, dynamodb:Query]
                          Resource: !GetAtt ProductsTable.Arn
                functions:
                  listProducts:
                    handler: src/products.list
                    url: true
                    events:
                      - httpApi: GET /products
                resources:
                  Resources:
                    ProductsTable:
                      Type: AWS::DynamoDB::Table
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Resize:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.handler
                      CodeUri: src/
                      Policies:
                        - S3CrudPolicy: { BucketName: thumbnails }
                      Events:
                        Upload:
                          Type: S3
                          Properties:
                            Bucket: !Ref UploadsBucket
                            Events: s3:ObjectCreated:*
                  UploadsBucket:
                    Type: AWS::S3::Bucket
                  UploadsPolicy:
                    Type: AWS::S3::BucketPolicy
                    Properties:
                      Bucket: !Ref UploadsBucket
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: '*'
                            Action: s3:GetObject
                            Resource: !Sub '${UploadsBucket.Arn}/*'
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
                      statements:
                        - Effect: Allow
                          Action: [dynamodb:PutItem, dynamodb:UpdateItem]
                          Resource: !GetAtt OrdersTable.Arn
                        - Effect: Allow
                          Action: [iam:PassRole, lambda:CreateFunction]
                          Resource: '*'
                functions:
                  createOrder:
                    handler: src/orders.create
                    events:
                ↓      - http:
                          method: post
                          path: orders
                  getOrder:
                    handler: src/orders.get
                    events:
                      - http:
                          method: get
                          path: orders/{id}
                          authorizer: aws_iam
                  export:
                    handler: src/orders.export
                ↓    url: true
                resources:
                  Resources:
                    OrdersTable:
                      Type: AWS::DynamoDB::Table
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Ingest:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.handler
                      CodeUri: src/
                      Policies:
                        - Statement:
                            - Effect: Allow
                              Action: iam:PutRolePolicy
                              Resource: '*'
                      Events:
                ↓        Messages:
                          Type: SQS
                          Properties:
                            Queue: !GetAtt IngestQueue.Arn
                  IngestQueue:
                    Type: AWS::SQS::Queue
                  IngestQueuePolicy:
                    Type: AWS::SQS::QueuePolicy
                    Properties:
                      Queues: [!Ref IngestQueue]
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: '*'
                            Action: sqs:SendMessage
                            Resource: !GetAtt IngestQueue.Arn
                ↓  InvokeFromAnyone:
                    Type: AWS::Lambda::Permission
                    Properties:
                      Action: lambda:InvokeFunction
                      FunctionName: !GetAtt Ingest.Arn
                      Principal: '*'
                """, file: "template.yaml"),
        ]
    )

    /// One way in: how the message names it, where the finding lands, and the hops before the function.
    struct Entry {
        var phrase: String
        var location: SourceLocation
        var hops: [Note]
    }

    func findings(in app: Application) -> [Finding] {
        let capabilities = AttackPathCapabilities()
        let sources = PublicEventSource.all(in: app)
        var findings: [Finding] = []
        for (position, function) in app.functions.enumerated() {
            let entries = Self.entries(of: function, in: app, sources: sources)
            guard !entries.isEmpty else { continue }
            let permissions = position < app.permissions.count ? app.permissions[position] : app.permissions(of: function)
            guard let permissions else { continue }
            let found = capabilities.of(permissions)
            guard !found.isEmpty else { continue }
            let summary = Self.sentence(found.map(\.summary))
            let roleHop = Note(
                "\(function.name) runs with role \(permissions.roleName ?? permissions.roleID ?? "unknown")", at: function.location)
            let grantHops = Self.grantHops(found, in: app)
            let notes = permissions.roleLocation.map { [Note("role \(permissions.roleName ?? "") is declared here", at: $0)] } ?? []
            for entry in entries {
                var result = finding(
                    "\(entry.phrase) reaches \(function.name), whose role can \(summary)", at: entry.location,
                    subject: "function:\(function.name)", notes: notes)
                result.flow = entry.hops + [roleHop] + grantHops
                findings.append(result)
            }
        }
        return findings
    }

    /// Open routes, an open function URL, public invoke permissions (`OpenEntryPoints`), and triggers
    /// from public buckets, queues and topics.
    static func entries(of function: Function, in app: Application, sources: [PublicEventSource]) -> [Entry] {
        var entries: [Entry] = []
        for open in OpenEntryPoints.of(function, in: app) {
            let hop = Note(open.description, at: open.location)
            if let trigger = function.triggers.first(where: { $0.location == open.location }) {
                let kind = trigger.kind == .websocket ? "WebSocket route " : ""
                entries.append(Entry(phrase: "unauthenticated \(kind)\(trigger.routeDescription)", location: open.location, hops: [hop]))
            } else if let url = function.url, url.location == open.location {
                entries.append(Entry(phrase: "the function URL with auth type NONE", location: open.location, hops: [hop]))
            } else if let permission = function.invokePermissions.first(where: { $0.location == open.location }), isOpen(permission, of: function) {
                entries.append(Entry(phrase: "Lambda permission \(permission.logicalID) for any principal", location: open.location, hops: [hop]))
            }
        }
        for trigger in function.triggers {
            guard let source = sources.first(where: { $0.feeds(trigger) }) else { continue }
            let hops = [
                Note("\(source.policyID) lets anyone \(source.action) on \(source.label)", at: source.statement.location),
                Note("\(source.label) invokes \(function.name)", at: trigger.location),
            ]
            entries.append(Entry(phrase: "the public \(source.label)", location: trigger.location, hops: hops))
        }
        return entries
    }

    /// A permission for `*` is not a way in when something narrows it (IAM auth, an organisation, a source),
    /// nor a second way in when it only backs a function URL already counted.
    static func isOpen(_ permission: InvokePermission, of function: Function) -> Bool {
        permission.admitsAnyCaller && !(permission.functionURLAuthType != nil && function.url != nil)
    }

    /// One hop per grant (a grant giving several capabilities once), then one per resource it reaches.
    static func grantHops(_ capabilities: [AttackPathCapabilities.Capability], in app: Application) -> [Note] {
        let index = ActionIndex.shared
        var order: [SourceLocation] = []
        var merged: [SourceLocation: (grant: PermissionGrant, services: [String], actions: ActionSet)] = [:]
        for entry in capabilities.flatMap(\.grants) {
            let key = entry.grant.location
            if var existing = merged[key] {
                existing.actions.formUnion(entry.actions)
                if !existing.services.contains(entry.service) { existing.services.append(entry.service) }
                merged[key] = existing
            } else {
                order.append(key)
                merged[key] = (entry.grant, [entry.service], entry.actions)
            }
        }
        var hops: [Note] = []
        var seenResources = Set<String>()
        for key in order {
            guard let (grant, services, actions) = merged[key] else { continue }
            let names = AttackPathCapabilities.listed(actions.indices.map(index.name), limit: 3, noun: "actions")
            let on = Array(Set(services.map { GrantedResources.describe(grant, service: $0) })).sorted().joined(separator: ", ")
            hops.append(Note("\(grant.source) allows \(names) on \(on)", at: grant.location))
            for reference in services.flatMap({ GrantedResources.references(grant, service: $0) }) where !grant.excludesResources {
                guard seenResources.insert("\(grant.location)|\(reference.written)").inserted else { continue }
                if let logicalID = reference.logicalID,
                    let resource = app.resources.first(where: { $0.logicalID == logicalID && $0.location.file == grant.location.file })
                {
                    hops.append(Note(reference.label, at: resource.location))
                } else if reference.isAnyResource {
                    hops.append(Note("any resource (\(reference.written))", at: grant.location))
                } else {
                    hops.append(Note("\(reference.written) (not a resource of this stack)", at: grant.location))
                }
            }
        }
        return hops
    }

    /// `a`, `a and b`, `a, b and c`.
    static func sentence(_ parts: [String]) -> String {
        guard let last = parts.last else { return "" }
        return parts.count == 1 ? last : parts.dropLast().joined(separator: ", ") + " and " + last
    }
}
