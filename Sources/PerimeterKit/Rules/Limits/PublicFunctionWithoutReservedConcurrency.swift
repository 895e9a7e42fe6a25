/// A function anyone can invoke, with no cap on how many copies of it may run at once.
struct PublicFunctionWithoutReservedConcurrency: Rule {
    static let description = RuleDescription(
        id: "public-function-without-reserved-concurrency",
        title: "Public function without reserved concurrency",
        severity: .medium,
        practice: .functionPerimeter,
        cwe: "CWE-770",
        owasp: "SAS-8: Denial of Service & Financial Resource Exhaustion",
        rationale: """
            Lambda functions of an account and region share one concurrency pool (1,000 by default). A \
            function anyone can invoke without credentials, with no reserved concurrency, scales with its \
            callers: a flood of requests runs up the bill (denial of wallet) and takes the whole pool, so \
            every other function of the account is throttled. Reserved concurrency caps the public function \
            and guarantees the others keep theirs.
            """,
        fix: """
            Set reserved concurrency on the function to what its peak traffic needs (Serverless Framework \
            `reservedConcurrency`, SAM/CloudFormation `ReservedConcurrentExecutions`), and put throttling on \
            the API in front of it. Better still, require credentials on the entry point.
            """,
        fixBefore: """
            functions:
              createOrder:
                handler: src/create.handler
                events:
                  - http: POST /orders
            """,
        fixAfter: """
            functions:
              createOrder:
                handler: src/create.handler
                reservedConcurrency: 50
                events:
                  - http: POST /orders
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Resize:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: python3.13
                      Handler: app.handler
                      Role: arn:aws:iam::123456789012:role/resize
                      Code: { ZipFile: "def handler(e, c): pass" }
                  ResizeFromUploads:
                    Type: AWS::Lambda::Permission
                    Properties:
                      FunctionName: !Ref Resize
                      Action: lambda:InvokeFunction
                      Principal: '*'
                      SourceArn: arn:aws:s3:::uploads-bucket
                      SourceAccount: '123456789012'
                """, file: "template.yaml"),
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                functions:
                  createOrder:
                    handler: src/create.handler
                    reservedConcurrency: 50
                    events:
                      - http: POST /orders
                  internal:
                    handler: src/internal.handler
                    events:
                      - http:
                          path: /internal
                          method: get
                          authorizer: aws_iam
                  nightly:
                    handler: src/nightly.handler
                    events:
                      - schedule: rate(1 day)
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  CreateOrderFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.12
                      CodeUri: src/
                      ReservedConcurrentExecutions: 20
                      Events:
                        CreateOrder:
                          Type: Api
                          Properties:
                            Path: /orders
                            Method: post
                """, file: "template.yaml"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                functions:
                ↓  createOrder:
                    handler: src/create.handler
                    events:
                      - http: POST /orders
                ↓  webhook:
                    handler: src/webhook.handler
                    url: true
                  internal:
                    handler: src/internal.handler
                    events:
                      - http:
                          path: /internal
                          method: get
                          authorizer: aws_iam
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                ↓  CreateOrderFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.12
                      CodeUri: src/
                      Events:
                        CreateOrder:
                          Type: HttpApi
                          Properties:
                            Path: /orders
                            Method: post
                """, file: "template.yaml"),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                ↓  PublicFunction:
                    Type: AWS::Lambda::Function
                    Properties:
                      Handler: index.handler
                      Runtime: nodejs20.x
                      Role: arn:aws:iam::123456789012:role/public
                      Code:
                        ZipFile: exports.handler = async () => ({});
                  PublicInvoke:
                    Type: AWS::Lambda::Permission
                    Properties:
                      Action: lambda:InvokeFunction
                      FunctionName: !Ref PublicFunction
                      Principal: '*'
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        app.functions.compactMap { function in
            guard function.reservedConcurrency == nil else { return nil }
            let open = OpenEntryPoints.of(function, in: app)
            guard let first = open.first else { return nil }
            return finding(
                "\(function.name) can be invoked by anyone (\(first.description)) and has no reserved concurrency: a flood of calls bills without limit and drains the account's shared concurrency",
                at: function.location, subject: "function:\(function.name)",
                notes: open.map { Note($0.description, at: $0.location) })
        }
    }
}
