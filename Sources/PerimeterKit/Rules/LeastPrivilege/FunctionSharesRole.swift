/// Several functions run with one role, so each holds the union of what all of them need.
struct FunctionSharesRole: Rule {
    static let description = RuleDescription(
        id: "function-shares-role",
        title: "Function shares its IAM role with other functions",
        severity: .medium,
        practice: .leastPrivilege,
        cwe: "CWE-250",
        owasp: "SAS-4: Over-Privileged Function Permissions and Roles",
        rationale: """
            A role shared by several functions must grant everything any of them needs, so every function holds its \
            neighbours' permissions too: a flaw in the least important function reaches the most sensitive data. The \
            Serverless Framework's default role (`IamRoleLambdaExecution`, from `provider.iam.role.statements`) is shared \
            by every function of the service that does not declare its own role, so functions relying on it are reported \
            even while they are alone.
            """,
        fix:
            "Give each function its own role with only its permissions: per-function `iamRoleStatements` (serverless-iam-roles-per-function), a `role:` per function, or SAM `Policies` on each function instead of a shared `Role`.",
        fixBefore: """
            functions:
              createOrder:
                handler: create.handler
              listOrders:
                handler: list.handler
            """,
        fixAfter: """
            functions:
              createOrder:
                handler: create.handler
                iamRoleStatements:
                  - Effect: Allow
                    Action: dynamodb:PutItem
                    Resource: !GetAtt OrdersTable.Arn
              listOrders:
                handler: list.handler
                iamRoleStatements:
                  - Effect: Allow
                    Action: dynamodb:Query
                    Resource: !GetAtt OrdersTable.Arn
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: service
                provider:
                  name: aws
                  runtime: nodejs20.x
                functions:
                  hello:
                    handler: handler.hello
                    role: arn:aws:iam::123456789012:role/hello
                  goodbye:
                    handler: handler.goodbye
                    iamRoleStatements:
                      - Effect: Allow
                        Action: sqs:SendMessage
                        Resource: arn:aws:sqs:us-east-1:123456789012:orders
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Function1:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.one
                      CodeUri: src/
                      Role: !GetAtt Role1.Arn
                  Function2:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.two
                      CodeUri: src/
                      Policies:
                        - AWSLambdaBasicExecutionRole
                  Function3:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.three
                      CodeUri: src/
                  Role1:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: { Service: lambda.amazonaws.com }
                            Action: sts:AssumeRole
                """, file: "template.yaml"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                service: service
                provider:
                  name: aws
                  runtime: nodejs20.x
                  iam:
                    role:
                      statements:
                        - Effect: Allow
                          Action: dynamodb:PutItem
                          Resource: arn:aws:dynamodb:us-east-1:123456789012:table/orders
                functions:
                ↓  createOrder:
                    handler: create.handler
                ↓  listOrders:
                    handler: list.handler
                  audit:
                    handler: audit.handler
                    role: arn:aws:iam::123456789012:role/audit
                """),
            RuleExample(
                """
                service: service
                provider:
                  name: aws
                  runtime: nodejs20.x
                functions:
                ↓  hello:
                    handler: handler.hello
                """, note: "the provider role is the service's shared role even with one function (KICS agrees)"),
            RuleExample(
                """
                service: service
                provider:
                  name: aws
                  runtime: nodejs20.x
                functions:
                  one:
                    handler: handler.one
                ↓    role: arn:aws:iam::123456789012:role/shared
                  two:
                    handler: handler.two
                ↓    role: arn:aws:iam::123456789012:role/shared
                  three:
                    handler: handler.three
                ↓    role: WorkerRole
                  four:
                    handler: handler.four
                ↓    role: WorkerRole
                resources:
                  Resources:
                    WorkerRole:
                      Type: AWS::IAM::Role
                      Properties:
                        AssumeRolePolicyDocument:
                          Statement:
                            - Effect: Allow
                              Principal: { Service: lambda.amazonaws.com }
                              Action: sts:AssumeRole
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Function1:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.one
                      CodeUri: src/
                ↓      Role: !GetAtt SharedRole.Arn
                  Function2:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.two
                      CodeUri: src/
                ↓      Role: !GetAtt SharedRole.Arn
                  SharedRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: { Service: lambda.amazonaws.com }
                            Action: sts:AssumeRole
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        var groups: [String: [Function]] = [:]
        for function in app.functions {
            guard let key = Self.roleKey(of: function) else { continue }
            groups[key, default: []].append(function)
        }
        return groups.values.flatMap { functions -> [Finding] in
            let providerDefault = functions.allSatisfy(Self.usesProviderDefaultRole)
            guard functions.count > 1 || providerDefault else { return [] }
            let role = app.role(id: functions[0].roleID)
            // An external role is best named by its ARN; a stack role by its logical name.
            let roleName = role.map { $0.isExternal ? $0.id : $0.name } ?? functions[0].roleID ?? functions[0].roleReference?.description ?? "role"
            return functions.map { function in
                let others = functions.filter { $0.location != function.location }.map(\.name).sorted()
                let message =
                    others.isEmpty
                    ? "\(function.name) runs with the service's default role \(roleName), which every function of the service without its own role shares"
                    : "\(function.name) shares role \(roleName) with \(others.joined(separator: ", "))"
                let location = Self.writtenReference(of: function, in: app)?.location ?? function.location
                let roleLocation = role?.location ?? function.roleReference?.location ?? function.location
                return finding(
                    message, at: location, subject: "function:\(function.name)",
                    notes: [Note("the shared role \(roleName)", at: roleLocation)])
            }
        }
    }

    /// What makes two functions' roles the same: the role's id in the model, else how it is written.
    static func roleKey(of function: Function) -> String? {
        function.roleID ?? function.roleReference.map { "\(function.location.file)|\($0.canonical)" }
    }

    /// An sls function left on the provider role `IamRoleLambdaExecution`.
    static func usesProviderDefaultRole(_ function: Function) -> Bool {
        function.origin == .serverlessFramework && function.roleID?.hasSuffix("#IamRoleLambdaExecution") == true
    }

    /// The function's own `role:`/`Role:` value, when written inside its declaration (not merged from the
    /// provider or `Globals`): findings land there, as KICS reports them.
    static func writtenReference(of function: Function, in app: Application) -> Value? {
        guard let reference = function.roleReference, reference.location.file == function.location.file,
            reference.location.line > function.location.line
        else { return nil }
        let nextFunction = app.functions(in: function.location.file).map(\.location.line)
            .filter { $0 > function.location.line }.min()
        if let nextFunction, reference.location.line > nextFunction { return nil }
        return reference
    }
}
