/// A write, delete or permissions-management action allowed on every resource of the account.
struct WriteOnAnyResource: Rule {
    static let description = RuleDescription(
        id: "iam-write-on-any-resource",
        title: "IAM statement allows writes on every resource",
        severity: .high,
        practice: .leastPrivilege,
        cwe: "CWE-732",
        owasp: "SAS-4: Over-Privileged Function Permissions and Roles",
        rationale: """
            `Resource: '*'` with `dynamodb:PutItem`, `s3:DeleteObject` or `sns:Publish` lets the function change every \
            table, bucket or topic in the account, not only its own. Read and list actions on `*` are not reported: \
            many describe and list APIs accept no other resource. Nor are writes that act on no resource type \
            (`xray:PutTraceSegments`, `cloudwatch:PutMetricData`), which IAM only grants on `*`; the catalogue's \
            access levels and resource types decide. The CloudWatch Logs calls that write a function's own logs \
            on `*` are reported as low. Statements whose only write is a whole-service wildcard are left to \
            iam-wildcard-action and iam-admin-access.
            """,
        fix: "Scope the statement's Resource to the ARNs the function writes to (`!GetAtt OrdersTable.Arn`, `arn:aws:s3:::orders-bucket/*`).",
        fixBefore: """
            - Effect: Allow
              Action: [dynamodb:PutItem, dynamodb:DeleteItem]
              Resource: '*'
            """,
        fixAfter: """
            - Effect: Allow
              Action: [dynamodb:PutItem, dynamodb:DeleteItem]
              Resource: !GetAtt OrdersTable.Arn
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
                          Action: [ec2:DescribeNetworkInterfaces, s3:ListAllMyBuckets, dynamodb:Get*, xray:GetSamplingRules]
                          Resource: '*'
                        - Effect: Allow
                          Action: [xray:PutTraceSegments, xray:PutTelemetryRecords, cloudwatch:PutMetricData, bedrock:InvokeModel]
                          Resource: '*'
                        - Effect: Allow
                          Action: [dynamodb:PutItem, dynamodb:DeleteItem]
                          Resource: arn:aws:dynamodb:us-east-1:123456789012:table/orders
                        - Effect: Allow
                          Action: s3:*
                          Resource: '*'
                functions:
                  hello:
                    handler: handler.hello
                """, note: "the s3:* statement is iam-wildcard-action's finding"),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Reader:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.handler
                      CodeUri: src/
                      Policies:
                        - Statement:
                            - Effect: Allow
                              Action: [cloudwatch:PutMetricData]
                              Resource: !Sub arn:aws:cloudwatch:${AWS::Region}:${AWS::AccountId}:*
                            - Effect: Deny
                              Action: s3:DeleteObject
                              Resource: '*'
                """, file: "template.yaml"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  iamRoleStatements:
                ↓    - Effect: Allow
                      Action:
                        - dynamodb:PutItem
                        - dynamodb:GetItem
                      Resource: '*'
                ↓    - Effect: Allow
                      Action: [s3:Put*, s3:*]
                      Resource: ['arn:aws:*:*:*']
                functions:
                  hello:
                    handler: handler.hello
                    iamRoleStatements:
                ↓      - Effect: Allow
                        Action: dynamodb:BatchWriteItem
                        Resource: '*'
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  FunctionRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: { Service: lambda.amazonaws.com }
                            Action: sts:AssumeRole
                  PublishPolicy:
                    Type: AWS::IAM::Policy
                    Properties:
                      PolicyName: publish
                      Roles: [!Ref FunctionRole]
                      PolicyDocument:
                        Statement:
                ↓          - Effect: Allow
                            Action: ['sns:Publish', 'iam:AttachRolePolicy']
                            Resource: '*'
                ↓          - Effect: Allow
                            Action: [logs:CreateLogGroup, logs:CreateLogStream, logs:PutLogEvents]
                            Resource: '*'
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        app.inventory.identityStatements.compactMap { held in
            let statement = held.statement
            guard statement.isAllow, statement.grantsAnyResource else { return nil }
            // Whole-service wildcards are the other rules' findings; only named or partial writes count here.
            var reached = ActionIndex.shared.empty
            var knownToCatalogueOnly = true
            let writes = statement.actionStrings.map(\.text).filter { pattern in
                guard !IAMPattern.isServiceWildcard(pattern) else { return false }
                guard let scopable = WriteActions.scopableWrites(pattern) else {
                    knownToCatalogueOnly = false
                    return WriteActions.covers(pattern)
                }
                reached.formUnion(scopable)
                return !scopable.isEmpty
            }
            guard !writes.isEmpty else { return nil }
            let onlyLogging = knownToCatalogueOnly && reached.subtracting(WriteActions.routineLogging).isEmpty
            var result = finding(
                "\(held.holder.title) allows \(writes.joined(separator: ", ")) on every resource (\(statement.source))\(held.holder.usageSuffix)"
                    + (onlyLogging ? ": the calls that write the function's own logs; scope them to its log group" : ""),
                at: statement.location, subject: held.holder.subject, notes: [held.holder.note])
            if onlyLogging { result.severity = .low }
            return result
        }
    }
}
