/// An AWS managed policy that grants a whole service or the whole account to a function's role.
struct BroadManagedPolicy: Rule {
    static let description = RuleDescription(
        id: "iam-broad-managed-policy",
        title: "Role attaches an administrator or full-access AWS managed policy",
        severity: .high,
        practice: .leastPrivilege,
        cwe: "CWE-250",
        owasp: "SAS-4: Over-Privileged Function Permissions and Roles",
        rationale: """
            AWS managed policies such as AdministratorAccess, PowerUserAccess, IAMFullAccess or AmazonDynamoDBFullAccess \
            grant every action of a service (or of the account) on every resource. A function needs a handful of actions \
            on a handful of resources; the rest is what an attacker gets when the function is compromised. \
            AdministratorAccess is reported as critical.
            """,
        fix: "Detach the managed policy and write a statement with the actions the function calls on its own resources, or use a narrow SAM policy template.",
        fixBefore: """
            provider:
              iam:
                role:
                  managedPolicies:
                    - arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess
            """,
        fixAfter: """
            provider:
              iam:
                role:
                  statements:
                    - Effect: Allow
                      Action: [dynamodb:GetItem, dynamodb:Query]
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
                      managedPolicies:
                        - arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
                        - arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess
                        - arn:aws:iam::123456789012:policy/TeamFullAccess
                functions:
                  hello:
                    handler: handler.hello
                """),
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
                        - AWSLambdaBasicExecutionRole
                        - DynamoDBReadPolicy:
                            TableName: orders
                """, file: "template.yaml"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  iamManagedPolicies:
                ↓    - arn:aws:iam::aws:policy/AdministratorAccess
                ↓    - 'arn:aws:iam::aws:policy/AmazonS3FullAccess'
                functions:
                  hello:
                    handler: handler.hello
                """),
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  iam:
                    role:
                      managedPolicies:
                ↓        - arn:aws:iam::aws:policy/PowerUserAccess
                functions:
                  hello:
                    handler: handler.hello
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Writer:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.handler
                      CodeUri: src/
                      Policies:
                ↓        - AmazonDynamoDBFullAccess
                        - AWSLambdaBasicExecutionRole
                  AdminRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: { Service: lambda.amazonaws.com }
                            Action: sts:AssumeRole
                      ManagedPolicyArns:
                ↓        - !Sub arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess
                ↓        - arn:aws:iam::aws:policy/IAMFullAccess
                """, file: "template.yaml"),
        ]
    )

    /// Policies reported whatever their name says.
    static let broadPolicyNames: Set<String> = ["AdministratorAccess", "PowerUserAccess", "IAMFullAccess"]

    /// The AWS managed policy's name when `reference` is one (`arn:aws:iam::aws:policy/...` or a bare SAM name).
    static func awsManagedPolicyName(_ reference: String) -> String? {
        let isARN = reference.hasPrefix("arn:")
        guard !isARN || reference.contains(":iam::aws:policy/") else { return nil }
        let name = reference.split(separator: "/").last.map(String.init) ?? reference
        return name.isEmpty || name.contains(":") ? nil : name
    }

    func findings(in app: Application) -> [Finding] {
        app.inventory.managedPolicies.compactMap { held in
            guard let reference = held.policy.string, let name = Self.awsManagedPolicyName(reference),
                Self.broadPolicyNames.contains(name) || name.hasSuffix("FullAccess")
            else { return nil }
            let severity: Severity = name == "AdministratorAccess" ? .critical : Self.description.severity
            return Finding(
                ruleID: Self.description.id, severity: severity,
                message: "\(held.holder.title) attaches the AWS managed policy \(name)\(held.holder.usageSuffix)",
                location: held.policy.location, subject: held.holder.subject, notes: [held.holder.note])
        }
    }
}
