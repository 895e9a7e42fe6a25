/// A grant on a function's resource policy that lets anyone, or any account's use of a service, invoke it.
struct PublicLambdaPermission: Rule {
    static let description = RuleDescription(
        id: "lambda-permission-public",
        title: "Lambda permission lets anyone invoke the function",
        severity: .critical,
        practice: .leastPrivilege,
        cwe: "CWE-284",
        owasp: "SAS-4: Over-Privileged Function Permissions and Roles",
        rationale: """
            An `AWS::Lambda::Permission` with `Principal: '*'` lets any AWS account invoke the function directly, \
            bypassing the API, its authorizer and its throttling. A service principal (`s3.amazonaws.com`, \
            `sns.amazonaws.com`) without `SourceArn` or `SourceAccount` lets that service invoke the function on behalf \
            of any account's bucket or topic (the confused-deputy problem); that case is reported as high.
            """,
        fix: "Grant the permission to the exact caller: a service principal with `SourceArn` (and `SourceAccount` for S3), an account id, or `PrincipalOrgID` for an organisation.",
        fixBefore: """
            InvokeFromS3:
              Type: AWS::Lambda::Permission
              Properties:
                Action: lambda:InvokeFunction
                FunctionName: !Ref Resize
                Principal: s3.amazonaws.com
            """,
        fixAfter: """
            InvokeFromS3:
              Type: AWS::Lambda::Permission
              Properties:
                Action: lambda:InvokeFunction
                FunctionName: !Ref Resize
                Principal: s3.amazonaws.com
                SourceArn: !GetAtt UploadsBucket.Arn
                SourceAccount: !Ref AWS::AccountId
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Resize:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: nodejs20.x
                      Handler: index.handler
                      Role: arn:aws:iam::123456789012:role/resize
                      Code: { ZipFile: 'exports.handler = async () => {}' }
                  InvokeFromS3:
                    Type: AWS::Lambda::Permission
                    Properties:
                      Action: lambda:InvokeFunction
                      FunctionName: !Ref Resize
                      Principal: s3.amazonaws.com
                      SourceArn: arn:aws:s3:::uploads-bucket
                      SourceAccount: '123456789012'
                  InvokeFromOrg:
                    Type: AWS::Lambda::Permission
                    Properties:
                      Action: lambda:InvokeFunction
                      FunctionName: !Ref Resize
                      Principal: '*'
                      PrincipalOrgID: o-a1b2c3d4e5
                  InvokeFromUrl:
                    Type: AWS::Lambda::Permission
                    Properties:
                      Action: lambda:InvokeFunctionUrl
                      FunctionName: !Ref Resize
                      Principal: '*'
                      FunctionUrlAuthType: AWS_IAM
                  InvokeFromPartner:
                    Type: AWS::Lambda::Permission
                    Properties:
                      Action: lambda:InvokeFunction
                      FunctionName: !Ref Resize
                      Principal: '210987654321'
                """, file: "template.yaml"),
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                functions:
                  hello:
                    handler: handler.hello
                resources:
                  Resources:
                    HelloFromEvents:
                      Type: AWS::Lambda::Permission
                      Properties:
                        Action: lambda:InvokeFunction
                        FunctionName: !GetAtt HelloLambdaFunction.Arn
                        Principal: events.amazonaws.com
                        SourceArn: arn:aws:events:us-east-1:123456789012:rule/nightly
                """),
        ],
        triggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Resize:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: nodejs20.x
                      Handler: index.handler
                      Role: arn:aws:iam::123456789012:role/resize
                      Code: { ZipFile: 'exports.handler = async () => {}' }
                ↓  InvokeFromAnyone:
                    Type: AWS::Lambda::Permission
                    Properties:
                      Action: lambda:InvokeFunction
                      FunctionName: !GetAtt Resize.Arn
                      Principal: '*'
                ↓  InvokeFromS3:
                    Type: AWS::Lambda::Permission
                    Properties:
                      Action: lambda:InvokeFunction
                      FunctionName: !Ref Resize
                      Principal: s3.amazonaws.com
                """, file: "template.yaml"),
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                functions:
                  hello:
                    handler: handler.hello
                resources:
                  Resources:
                ↓    PublicInvoke:
                      Type: AWS::Lambda::Permission
                      Properties:
                        Action: lambda:InvokeFunction
                        FunctionName: arn:aws:lambda:us-east-1:123456789012:function:elsewhere
                        Principal: '*'
                """),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        var permissions: [(permission: InvokePermission, function: String?)] = []
        var seen = Set<SourceLocation>()
        for function in app.functions {
            for permission in function.invokePermissions where seen.insert(permission.location).inserted {
                permissions.append((permission, function.name))
            }
        }
        for resource in app.resources(ofType: "AWS::Lambda::Permission") where !seen.contains(resource.location) {
            let permission = InvokePermission(resource: resource)
            permissions.append((permission, resource["FunctionName"]?.description))
        }
        return permissions.compactMap { entry in
            let permission = entry.permission
            if permission.isScopedByAuthOrOrganisation { return nil }
            let target = entry.function.map { " to invoke \($0)" } ?? ""
            let subject = "resource:\(permission.logicalID)"
            if permission.admitsAnyCaller {
                return finding("\(permission.logicalID) allows any AWS principal\(target)", at: permission.location, subject: subject)
            }
            guard permission.isUnscopedServiceGrant, let principal = permission.principal?.string else { return nil }
            return Finding(
                ruleID: Self.description.id, severity: .high,
                message: "\(permission.logicalID) allows \(principal)\(target) on behalf of any account: it has neither SourceArn nor SourceAccount",
                location: permission.location, subject: subject)
        }
    }
}
