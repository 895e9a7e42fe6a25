/// A managed policy or permissions boundary whose contents Perimeter does not know.
struct UnknownManagedPolicy: Rule {
    static let description = RuleDescription(
        id: "iam-unknown-managed-policy",
        title: "Managed policy's permissions were not analysed",
        severity: .info,
        practice: .leastPrivilege,
        owasp: "SAS-4: Over-Privileged Function Permissions and Roles",
        rationale: """
            Perimeter knows the statements of the managed policies a stack defines and the effective scope of the AWS \
            managed policies serverless roles commonly attach. A customer managed policy defined outside the stack (an \
            ARN in your account, a parameter, an import), or an AWS managed policy missing from Perimeter's table, may \
            grant anything: the least-privilege rules could not see its permissions. A permissions boundary Perimeter \
            cannot read is not applied, so the rules may report grants the boundary removes.
            """,
        fix: "Review the policy's permissions by hand, or define it in the stack (`AWS::IAM::ManagedPolicy`) so it is analysed.",
        fixBefore: """
            ManagedPolicyArns:
              - arn:aws:iam::123456789012:policy/orders-access
            """,
        fixAfter: """
            ManagedPolicyArns:
              - !Ref OrdersAccessPolicy
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
                        - !Ref OrdersAccessPolicy
                functions:
                  hello:
                    handler: handler.hello
                resources:
                  Resources:
                    OrdersAccessPolicy:
                      Type: AWS::IAM::ManagedPolicy
                      Properties:
                        PolicyDocument:
                          Statement:
                            - Effect: Allow
                              Action: dynamodb:GetItem
                              Resource: '*'
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
                        - AmazonS3ReadOnlyAccess
                      PermissionsBoundary: !Sub arn:${AWS::Partition}:iam::aws:policy/PowerUserAccess
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
                      managedPolicies:
                ↓        - arn:aws:iam::123456789012:policy/orders-access
                ↓        - arn:aws:iam::aws:policy/AmazonMadeUpServiceAccess
                functions:
                  hello:
                    handler: handler.hello
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Parameters:
                  BoundaryArn:
                    Type: String
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
                ↓      PermissionsBoundary: !Ref BoundaryArn
                      ManagedPolicyArns:
                ↓        - !ImportValue shared-policy-arn
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        var seen = Set<SourceLocation>()
        var findings: [Finding] = []
        for granted in GrantedRole.all(in: app) {
            let holder = granted.holder
            for policy in granted.permissions.unknownManagedPolicies where seen.insert(policy.location).inserted {
                findings.append(
                    finding(
                        "\(Self.describe(policy)): its permissions were not analysed, so \(holder.title) may hold more than Perimeter reports\(holder.usageSuffix)",
                        at: policy.location, subject: holder.subject, notes: [holder.note]))
            }
            if let boundary = granted.permissions.unknownBoundary, seen.insert(boundary.location).inserted {
                findings.append(
                    finding(
                        "the permissions boundary of \(holder.title) (\(boundary.description)) could not be read: its limits were not applied, so findings may include grants it removes",
                        at: boundary.location, subject: holder.subject, notes: [holder.note]))
            }
        }
        return findings
    }

    /// What kind of unknown policy it is, for messages.
    static func describe(_ policy: Value) -> String {
        guard let reference = policy.string else { return "managed policy \(policy.description) (an expression Perimeter cannot resolve)" }
        if let name = AWSManagedPolicies.awsManagedName(reference) { return "AWS managed policy \(name) (not in Perimeter's table of AWS managed policies)" }
        if reference.contains(":policy/") { return "customer managed policy \(reference) (defined outside this stack)" }
        return "managed policy \(reference)"
    }
}
