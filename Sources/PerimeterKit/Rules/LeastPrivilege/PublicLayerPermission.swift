/// A Lambda layer version every AWS account may use.
struct PublicLayerPermission: Rule {
    static let description = RuleDescription(
        id: "layer-permission-public",
        title: "Lambda layer is shared with every AWS account",
        severity: .high,
        practice: .leastPrivilege,
        cwe: "CWE-732",
        owasp: "SAS-3: Insecure Serverless Deployment Configuration",
        rationale: """
            A `AWS::Lambda::LayerVersionPermission` with `Principal: '*'` and no `OrganizationId` (sls: \
            `allowedAccounts: ['*']`) publishes the layer's code to the world: any account can download it, with \
            whatever configuration, internal libraries or credentials it bundles.
            """,
        fix: "Share the layer with the account ids that use it, or set `OrganizationId` to your organisation.",
        fixBefore: """
            LayerPermission:
              Type: AWS::Lambda::LayerVersionPermission
              Properties:
                Action: lambda:GetLayerVersion
                LayerVersionArn: !Ref SharedLayer
                Principal: '*'
            """,
        fixAfter: """
            LayerPermission:
              Type: AWS::Lambda::LayerVersionPermission
              Properties:
                Action: lambda:GetLayerVersion
                LayerVersionArn: !Ref SharedLayer
                Principal: '*'
                OrganizationId: o-a1b2c3d4e5
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  SharedLayer:
                    Type: AWS::Lambda::LayerVersion
                    Properties:
                      Content: { S3Bucket: layers, S3Key: shared.zip }
                  OrgPermission:
                    Type: AWS::Lambda::LayerVersionPermission
                    Properties:
                      Action: lambda:GetLayerVersion
                      LayerVersionArn: !Ref SharedLayer
                      Principal: '*'
                      OrganizationId: o-a1b2c3d4e5
                  PartnerPermission:
                    Type: AWS::Lambda::LayerVersionPermission
                    Properties:
                      Action: lambda:GetLayerVersion
                      LayerVersionArn: !Ref SharedLayer
                      Principal: '210987654321'
                """, file: "template.yaml"),
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                layers:
                  shared:
                    path: layer
                    allowedAccounts:
                      - '210987654321'
                functions:
                  hello:
                    handler: handler.hello
                """),
        ],
        triggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  SharedLayer:
                    Type: AWS::Lambda::LayerVersion
                    Properties:
                      Content: { S3Bucket: layers, S3Key: shared.zip }
                ↓  PublicPermission:
                    Type: AWS::Lambda::LayerVersionPermission
                    Properties:
                      Action: lambda:GetLayerVersion
                      LayerVersionArn: !Ref SharedLayer
                      Principal: '*'
                """, file: "template.yaml"),
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                layers:
                ↓  shared:
                    path: layer
                    allowedAccounts:
                      - '*'
                functions:
                  hello:
                    handler: handler.hello
                """),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        var findings = app.resources(ofType: "AWS::Lambda::LayerVersionPermission").compactMap { resource -> Finding? in
            guard let principal = resource["Principal"]?.string, IAMPattern.isEveryone(principal),
                resource["OrganizationId"] == nil
            else { return nil }
            return finding(
                "\(resource.logicalID) shares layer \(Self.layerName(resource["LayerVersionArn"])) with every AWS account",
                at: resource.location, subject: "resource:\(resource.logicalID)")
        }
        // The Serverless Framework generates the permission from `layers.<name>.allowedAccounts`.
        for template in app.templates where template.origin == .serverlessFramework {
            for layer in template.document["layers"]?.entries ?? [] {
                let accounts = layer.value["allowedAccounts"]?.listOrSingle ?? []
                guard accounts.contains(where: { $0.string.map(IAMPattern.isEveryone) ?? false }) else { continue }
                findings.append(
                    finding(
                        "layer \(layer.key) is shared with every AWS account (`allowedAccounts: ['*']`)",
                        at: layer.keyLocation, subject: "layer:\(layer.key)"))
            }
        }
        return findings
    }

    /// The layer's logical id when the ARN points into the stack, else the ARN as written.
    static func layerName(_ arn: Value?) -> String {
        arn?.symbol?.resource ?? arn?.description ?? "version"
    }
}
