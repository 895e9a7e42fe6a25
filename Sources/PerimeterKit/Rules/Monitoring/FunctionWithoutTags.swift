/// A function with no tags at all.
struct FunctionWithoutTags: Rule {
    static let description = RuleDescription(
        id: "function-without-tags",
        title: "Function without tags",
        severity: .info,
        practice: .monitoring,
        cwe: nil,
        owasp: "SAS-5: Inadequate Function Monitoring and Logging",
        rationale: """
            Tags are how an incident responder finds who owns a function, which application and environment it \
            belongs to and what data it handles, and how cost and access policies (attribute-based access control, \
            `aws:ResourceTag` conditions) select it. An untagged function is an orphan in the account inventory.
            """,
        fix: """
            Serverless Framework: `provider.tags` (or `stackTags`, or `tags` on the function). SAM: `Tags` on the \
            function or in `Globals.Function`. CloudFormation: `Tags` as a list of `{Key, Value}`.
            """,
        fixBefore: """
            provider:
              name: aws
            """,
        fixAfter: """
            provider:
              name: aws
              tags:
                owner: payments-team
                data-classification: confidential
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs22.x
                  stackTags:
                    owner: payments
                functions:
                  createOrder:
                    handler: handler.create
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                    Tags:
                      owner: payments
                Resources:
                  CreateOrder:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.13
                      CodeUri: src/
                """, file: "template.yaml"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs22.x
                functions:
                ↓  createOrder:
                    handler: handler.create
                  listOrders:
                    handler: handler.list
                    tags:
                      owner: payments
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  CreateOrder:
                    Type: AWS::Serverless::Function
                ↓    Properties:
                      Handler: app.handler
                      Runtime: python3.13
                      CodeUri: src/
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        app.functions.filter(\.tags.isEmpty).map { function in
            finding(
                "Function \(function.name) has no tags; add at least an owner and the data it handles so it can be traced in an incident.",
                at: FunctionAnchor.location(of: function, in: app), subject: "function:\(function.name)")
        }
    }
}
