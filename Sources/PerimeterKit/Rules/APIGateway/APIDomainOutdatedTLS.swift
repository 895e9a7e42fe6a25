/// A custom API domain that still accepts TLS 1.0 and 1.1.
struct APIDomainOutdatedTLS: Rule {
    static let description = RuleDescription(
        id: "api-domain-outdated-tls",
        title: "API custom domain allows TLS 1.0",
        severity: .high,
        practice: .apiGateway,
        cwe: "CWE-327",
        owasp: "SAS-3: Insecure Serverless Deployment Configuration",
        rationale: """
            The `TLS_1_0` security policy lets clients negotiate TLS 1.0 and 1.1 with weak CBC cipher suites, \
            both deprecated (RFC 8996) and open to downgrade attacks, and fails PCI DSS and most compliance \
            baselines. The policy is set per custom domain. The rule flags an explicit `TLS_1_0`, and an \
            `AWS::ApiGateway::DomainName` (REST) without a `SecurityPolicy`: API Gateway has historically \
            applied `TLS_1_0` to REST domains created without one (and still does to the default edge and \
            regional endpoints), so the template should state the policy rather than rely on a default. HTTP \
            and WebSocket APIs only support `TLS_1_2`. A SAM REST API's `Domain` without `SecurityPolicy` is \
            reported the same way.
            """,
        fix: """
            Set `SecurityPolicy: TLS_1_2` (or a newer enhanced policy) on the domain: \
            `AWS::ApiGateway::DomainName`, each entry of `AWS::ApiGatewayV2::DomainName` \
            `DomainNameConfigurations`, or SAM `Domain.SecurityPolicy`.
            """,
        fixBefore: """
            ApiDomain:
              Type: AWS::ApiGateway::DomainName
              Properties:
                DomainName: api.example.com
                SecurityPolicy: TLS_1_0
            """,
        fixAfter: """
            ApiDomain:
              Type: AWS::ApiGateway::DomainName
              Properties:
                DomainName: api.example.com
                SecurityPolicy: TLS_1_2
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  ApiDomain:
                    Type: AWS::ApiGateway::DomainName
                    Properties:
                      DomainName: api.example.com
                      RegionalCertificateArn: arn:aws:acm:eu-west-1:123456789012:certificate/1111
                      EndpointConfiguration:
                        Types:
                          - REGIONAL
                      SecurityPolicy: TLS_1_2
                  HttpDomain:
                    Type: AWS::ApiGatewayV2::DomainName
                    Properties:
                      DomainName: http.example.com
                      DomainNameConfigurations:
                        - CertificateArn: arn:aws:acm:eu-west-1:123456789012:certificate/2222
                          EndpointType: REGIONAL
                """, file: "template.yaml"),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  OrdersApi:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: prod
                      Domain:
                        DomainName: orders.example.com
                        CertificateArn: arn:aws:acm:eu-west-1:123456789012:certificate/3333
                        SecurityPolicy: TLS_1_2
                  CartsHttpApi:
                    Type: AWS::Serverless::HttpApi
                    Properties:
                      Domain:
                        DomainName: carts.example.com
                        CertificateArn: arn:aws:acm:eu-west-1:123456789012:certificate/4444
                """, file: "template.yaml"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                ↓  DefaultPolicyDomain:
                    Type: AWS::ApiGateway::DomainName
                    Properties:
                      DomainName: api.example.com
                      CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/1111
                  LegacyDomain:
                    Type: AWS::ApiGateway::DomainName
                    Properties:
                      DomainName: legacy.example.com
                      CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/2222
                ↓      SecurityPolicy: TLS_1_0
                  HttpDomain:
                    Type: AWS::ApiGatewayV2::DomainName
                    Properties:
                      DomainName: http.example.com
                      DomainNameConfigurations:
                        - CertificateArn: arn:aws:acm:eu-west-1:123456789012:certificate/3333
                          EndpointType: REGIONAL
                ↓          SecurityPolicy: TLS_1_0
                """, file: "template.yaml"),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  OrdersApi:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: prod
                      Domain:
                        DomainName: orders.example.com
                        CertificateArn: arn:aws:acm:eu-west-1:123456789012:certificate/3333
                ↓        SecurityPolicy: TLS_1_0
                  ReportsApi:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: prod
                ↓      Domain:
                        DomainName: reports.example.com
                        CertificateArn: arn:aws:acm:eu-west-1:123456789012:certificate/5555
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        var findings: [Finding] = app.domains.compactMap { domain in
            if let policy = domain.securityPolicy {
                guard Self.isTLS10(policy) else { return nil }
                return finding(
                    "custom domain \(domain.logicalID) allows TLS 1.0 and 1.1 (security policy TLS_1_0)",
                    at: policy.location, subject: "resource:\(domain.logicalID)")
            }
            let declared = app.resources.first { $0.logicalID == domain.logicalID && $0.location.file == domain.location.file }
            guard declared?.type == "AWS::ApiGateway::DomainName" else { return nil }
            return finding(
                "custom domain \(domain.logicalID) sets no SecurityPolicy: REST API domains fall back to TLS_1_0",
                at: domain.location, subject: "resource:\(domain.logicalID)")
        }
        // SAM writes the domain on the API (`Domain.SecurityPolicy`).
        for api in app.apis {
            if let policy = api.minimumTLSVersion {
                guard Self.isTLS10(policy) else { continue }
                findings.append(
                    finding(
                        "the custom domain of \(api.label) allows TLS 1.0 and 1.1 (security policy TLS_1_0)",
                        at: policy.location, subject: api.subject))
            } else if api.kind == .rest, let domain = api.customDomainLocation {
                findings.append(
                    finding(
                        "the custom domain of \(api.label) sets no SecurityPolicy: REST API domains fall back to TLS_1_0",
                        at: domain, subject: api.subject))
            }
        }
        return findings
    }

    static func isTLS10(_ policy: Value) -> Bool {
        policy.string?.uppercased() == "TLS_1_0"
    }
}
