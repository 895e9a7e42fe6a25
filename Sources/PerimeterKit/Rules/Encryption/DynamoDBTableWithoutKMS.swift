/// A DynamoDB table encrypted only with the AWS-owned key.
struct DynamoDBTableWithoutKMS: Rule {
    static let description = RuleDescription(
        id: "dynamodb-table-without-kms",
        title: "DynamoDB table encrypted only with an AWS-owned key",
        severity: .low,
        practice: .encryption,
        cwe: "CWE-311",
        owasp: "SAS-3: Insecure Deployment Configuration",
        rationale: """
            DynamoDB always encrypts at rest, by default with a key AWS owns and that never appears in your account: \
            no key policy decides who may decrypt, no CloudTrail entry records its use, and it cannot be disabled to \
            cut off access in an incident. `SSESpecification.SSEEnabled: true` switches to a KMS key (the AWS-managed \
            `aws/dynamodb`, or a customer-managed key with `KMSMasterKeyId`) that you can audit and control.
            """,
        fix: "Set `SSESpecification: {SSEEnabled: true, SSEType: KMS, KMSMasterKeyId: <key>}` (SimpleTable: `SSESpecification: {SSEEnabled: true}`).",
        fixBefore: """
            Orders:
              Type: AWS::DynamoDB::Table
              Properties:
                BillingMode: PAY_PER_REQUEST
            """,
        fixAfter: """
            Orders:
              Type: AWS::DynamoDB::Table
              Properties:
                BillingMode: PAY_PER_REQUEST
                SSESpecification:
                  SSEEnabled: true
                  SSEType: KMS
                  KMSMasterKeyId: !Ref DataKey
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Orders:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      BillingMode: PAY_PER_REQUEST
                      AttributeDefinitions:
                        - AttributeName: id
                          AttributeType: S
                      KeySchema:
                        - AttributeName: id
                          KeyType: HASH
                      SSESpecification:
                        SSEEnabled: true
                  Sessions:
                    Type: AWS::Serverless::SimpleTable
                    Properties:
                      SSESpecification:
                        SSEEnabled: true
                """, file: "template.yaml"),
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs22.x
                functions:
                  createOrder:
                    handler: handler.create
                resources:
                  Resources:
                    Orders:
                      Type: AWS::DynamoDB::Table
                      Properties:
                        BillingMode: PAY_PER_REQUEST
                        AttributeDefinitions:
                          - AttributeName: id
                            AttributeType: S
                        KeySchema:
                          - AttributeName: id
                            KeyType: HASH
                        SSESpecification:
                          SSEEnabled: true
                          SSEType: KMS
                """),
        ],
        triggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                ↓  Orders:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      BillingMode: PAY_PER_REQUEST
                      AttributeDefinitions:
                        - AttributeName: id
                          AttributeType: S
                      KeySchema:
                        - AttributeName: id
                          KeyType: HASH
                ↓  Sessions:
                    Type: AWS::Serverless::SimpleTable
                """, file: "template.yaml"),
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs22.x
                functions:
                  createOrder:
                    handler: handler.create
                resources:
                  Resources:
                ↓    Orders:
                      Type: AWS::DynamoDB::Table
                      Properties:
                        BillingMode: PAY_PER_REQUEST
                        AttributeDefinitions:
                          - AttributeName: id
                            AttributeType: S
                        KeySchema:
                          - AttributeName: id
                            KeyType: HASH
                        SSESpecification:
                          SSEEnabled: false
                """),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        (app.resources(ofType: "AWS::DynamoDB::Table") + app.resources(ofType: "AWS::Serverless::SimpleTable")).compactMap { table in
            let enabled = table["SSESpecification"]?["SSEEnabled"]
            // A parameter-driven setting may be true.
            if enabled?.bool == true || enabled?.isSymbolic == true { return nil }
            return finding(
                "Table \(table.logicalID) is encrypted only with an AWS-owned key (SSESpecification.SSEEnabled is not true): no key policy or CloudTrail record covers who decrypts it.",
                at: table.location, subject: "resource:\(table.logicalID)")
        }
    }
}
