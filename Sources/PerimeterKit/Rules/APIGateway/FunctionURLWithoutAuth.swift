/// A Lambda function URL with auth type `NONE`: a public HTTPS endpoint straight into the function.
struct FunctionURLWithoutAuth: Rule {
    static let description = RuleDescription(
        id: "function-url-without-auth",
        title: "Function URL without authentication",
        severity: .critical,
        practice: .apiGateway,
        cwe: "CWE-306",
        owasp: "SAS-2: Broken Authentication",
        rationale: """
            A function URL with auth type `NONE` is a public HTTPS endpoint that bypasses API Gateway \
            altogether: no authorizer, no throttling, no request validation, no WAF, no usage plan. Anyone who \
            learns the URL can invoke the function as often as they like, and every call runs with the \
            function's role. Serverless Framework's `url: true` creates exactly this.
            """,
        fix: """
            Set the URL's auth type to `AWS_IAM` (sls `url: {authorizer: aws_iam}`, SAM/CloudFormation \
            `AuthType: AWS_IAM`) and sign requests with SigV4, or remove the URL and put the function behind \
            an API Gateway route with an authorizer. Put CloudFront with origin access control in front when \
            browsers must reach it.
            """,
        fixBefore: """
            functions:
              webhook:
                handler: src/webhook.handler
                url: true
            """,
        fixAfter: """
            functions:
              webhook:
                handler: src/webhook.handler
                url:
                  authorizer: aws_iam
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: hooks
                provider:
                  name: aws
                  runtime: nodejs20.x
                functions:
                  webhook:
                    handler: src/webhook.handler
                    url:
                      authorizer: aws_iam
                  report:
                    handler: src/report.handler
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  WebhookFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.12
                      CodeUri: src/
                      FunctionUrlConfig:
                        AuthType: AWS_IAM
                """, file: "template.yaml"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                service: hooks
                provider:
                  name: aws
                  runtime: nodejs20.x
                functions:
                  webhook:
                    handler: src/webhook.handler
                ↓    url: true
                  export:
                    handler: src/export.handler
                ↓    url:
                      cors: true
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  WebhookFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.12
                      CodeUri: src/
                ↓      FunctionUrlConfig:
                        AuthType: NONE
                """, file: "template.yaml"),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  ExportFunction:
                    Type: AWS::Lambda::Function
                    Properties:
                      Handler: index.handler
                      Runtime: nodejs20.x
                      Role: arn:aws:iam::123456789012:role/export
                      Code:
                        ZipFile: "exports.handler = async () => ({ statusCode: 200 });"
                ↓  ExportFunctionUrl:
                    Type: AWS::Lambda::Url
                    Properties:
                      TargetFunctionArn: !GetAtt ExportFunction.Arn
                      AuthType: NONE
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        app.functions.compactMap { function in
            guard let url = function.url, url.isUnauthenticated else { return nil }
            return finding(
                "\(function.name) has a function URL with auth type NONE: anyone who finds the URL can invoke it, with no gateway in front",
                at: url.location, subject: "function:\(function.name)")
        }
    }
}
