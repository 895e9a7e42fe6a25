/// The function's effective permissions complete a known privilege-escalation method.
struct PrivilegeEscalation: Rule {
    static let description = RuleDescription(
        id: "iam-privilege-escalation",
        title: "Function's permissions allow a known IAM privilege escalation",
        severity: .critical,
        practice: .leastPrivilege,
        cwe: "CWE-269",
        owasp: "SAS-4: Over-Privileged Function Permissions and Roles",
        rationale: """
            Some permissions are administrator access in disguise: with `iam:PutRolePolicy` on every role a function can \
            write itself any policy; with `iam:PassRole` on every role plus `lambda:CreateFunction` and \
            `lambda:InvokeFunction` it can start a new function under the most powerful role in the account. Perimeter \
            checks each function's effective permissions (after Deny and the permissions boundary, managed policies \
            included) against the escalation methods published by Rhino Security Labs, as Cloudsplaining and PMapper do, \
            plus `sts:AssumeRole` on every role. The key action of a method (the IAM action, `iam:PassRole`, \
            `lambda:UpdateFunctionCode`) must reach every resource of its kind (`*`, NotResource, `role/*`): on a named \
            role, policy or function it is not reported. The other actions of a method count wherever they are allowed. \
            Conditions are not evaluated; the message says when the key statement has one. Grants of every action on \
            every resource are left to iam-admin-access and iam-broad-managed-policy.
            """,
        fix:
            "Remove the IAM write actions from the function's role, or scope them to the ARNs they must act on; scope `iam:PassRole` to named roles with an `iam:PassedToService` condition.",
        fixBefore: """
            - Effect: Allow
              Action: [iam:PassRole, lambda:CreateFunction, lambda:InvokeFunction]
              Resource: '*'
            """,
        fixAfter: """
            - Effect: Allow
              Action: iam:PassRole
              Resource: !GetAtt WorkerRole.Arn
              Condition:
                StringEquals:
                  iam:PassedToService: lambda.amazonaws.com
            - Effect: Allow
              Action: [lambda:CreateFunction, lambda:InvokeFunction]
              Resource: !Sub arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:workers-*
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
                          Action: iam:PassRole
                          Resource: arn:aws:iam::123456789012:role/orders-worker
                        - Effect: Allow
                          Action: [lambda:CreateFunction, lambda:InvokeFunction, iam:GetRole, iam:ListRoles]
                          Resource: '*'
                        - Effect: Allow
                          Action: iam:PutRolePolicy
                          Resource: arn:aws:iam::123456789012:role/orders-worker
                functions:
                  deploy:
                    handler: handler.deploy
                """, note: "iam:PassRole and iam:PutRolePolicy on one named role"),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Updater:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.handler
                      CodeUri: src/
                      Policies:
                        - Statement:
                            - Effect: Allow
                              Action: [lambda:UpdateFunctionCode, lambda:UpdateFunctionConfiguration]
                              Resource: !GetAtt Worker.Arn
                            - Effect: Allow
                              Action: [iam:PassRole, ec2:RunInstances]
                              Resource: '*'
                            - Effect: Deny
                              Action: iam:PassRole
                              Resource: '*'
                  Worker:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: worker.handler
                      CodeUri: src/
                """, file: "template.yaml", note: "one named function; the Deny takes iam:PassRole away"),
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
                ↓        - Effect: Allow
                          Action: iam:PassRole
                          Resource: '*'
                        - Effect: Allow
                          Action: [lambda:CreateFunction, lambda:InvokeFunction]
                          Resource: arn:aws:lambda:us-east-1:123456789012:function:orders-*
                ↓        - Effect: Allow
                          Action: iam:Attach*Policy
                          Resource: arn:aws:iam::123456789012:role/*
                functions:
                  deploy:
                    handler: handler.deploy
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Deployer:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: python3.12
                      Handler: index.handler
                      Role: !GetAtt DeployerRole.Arn
                      Code: { ZipFile: 'def handler(event, context): pass' }
                  DeployerRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: { Service: lambda.amazonaws.com }
                            Action: sts:AssumeRole
                      Policies:
                        - PolicyName: deploy
                          PolicyDocument:
                            Statement:
                ↓              - Effect: Allow
                                Action: iam:UpdateAssumeRolePolicy
                                Resource: arn:aws:iam::*:role/*
                              - Effect: Allow
                                Action: sts:AssumeRole
                                Resource: arn:aws:iam::123456789012:role/deploy-target
                ↓              - Effect: Allow
                                NotAction: [iam:*, sts:*]
                                Resource: arn:aws:lambda:*:*:function:*
                """, file: "template.yaml", note: "NotAction leaves lambda:UpdateFunctionCode on every function"),
        ]
    )

    /// One method a role's grants complete: the grant of its key action and of each companion.
    struct Match {
        var method: EscalationMethod
        var key: PermissionGrant
        var keyAction: String
        var companions: [(action: String, grant: PermissionGrant)]
    }

    func findings(in app: Application) -> [Finding] {
        let index = ActionIndex.shared
        guard !index.catalog.isEmpty else { return [] }
        var findings: [Finding] = []
        for granted in GrantedRole.all(in: app) {
            let matches = Self.matches(granted.permissions.grants, index: index)
            guard !matches.isEmpty else { continue }
            let roleNote = granted.holder.note
            for functionName in granted.functionNames {
                for match in matches {
                    let condition = match.key.isConditional ? " (the statement has a Condition, which may narrow it)" : ""
                    let message =
                        "\(functionName) can escalate its privileges: it \(match.method.summary) (\(match.method.name): \(match.keyAction) on \(match.key.resourceLabel)"
                        + "\(match.companions.isEmpty ? "" : ", then \(match.companions.map(\.action).joined(separator: ", "))")) in \(match.key.source)\(condition)"
                    var notes: [Note] = []
                    var noted: Set<SourceLocation> = [match.key.location]
                    for companion in match.companions where noted.insert(companion.grant.location).inserted {
                        notes.append(Note("\(companion.action) is allowed here (\(companion.grant.source))", at: companion.grant.location))
                    }
                    notes.append(roleNote)
                    findings.append(finding(message, at: match.key.location, subject: "function:\(functionName)", notes: notes))
                }
            }
        }
        return findings
    }

    /// Every method the grants complete, each with the first grant that allows its key action on every resource.
    static func matches(_ grants: [PermissionGrant], index: ActionIndex) -> [Match] {
        var allowed = index.empty
        for grant in grants { allowed.formUnion(grant.actions) }
        guard allowed.intersects(EscalationMethod.allKeys) else { return [] }
        // Administrator access already is every escalation; iam-admin-access and iam-broad-managed-policy report it.
        let everywhere = grants.map { grant in
            grant.isAdministratorGrant(index: index) ? index.empty : grant.actionsReachingEveryResource(among: EscalationMethod.allKeys, index: index)
        }
        return EscalationMethod.compiled.compactMap { compiled -> Match? in
            guard compiled.companions.allSatisfy({ allowed.intersects($0) }),
                let keyGrant = everywhere.firstIndex(where: { $0.intersects(compiled.keys) }),
                let keyPosition = everywhere[keyGrant].intersection(compiled.keys).indices.first
            else { return nil }
            let key = grants[keyGrant]
            var companions: [(action: String, grant: PermissionGrant)] = []
            for set in compiled.companions {
                guard let grant = grants.first(where: { $0.actions.intersects(set) }),
                    let position = grant.actions.intersection(set).indices.first
                else { return nil }
                companions.append((index.name(position), grant))
            }
            return Match(method: compiled.method, key: key, keyAction: index.name(keyPosition), companions: companions)
        }
    }
}
