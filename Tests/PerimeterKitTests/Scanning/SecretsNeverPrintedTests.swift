import Testing

@testable import PerimeterKit

/// A secret found in a template is never printed whole: not in messages, not in the quoted source
/// line, in no output format.
struct SecretsNeverPrintedTests {
    static let secrets = ["sk_live_51HxQzKLmNoPqRsTuVwXyZ0123456789abcd", "AKIAZ7QRSTUVWXYZ2345", "Sup3rS3cretPassw0rd!"]

    @Test("no output format shows a secret in full", arguments: OutputFormat.allCases)
    func redacted(format: OutputFormat) throws {
        let app = try TemporaryApp(files: [
            (
                "serverless.yml",
                """
                service: shop
                provider:
                  name: aws
                  runtime: nodejs20.x
                  environment:
                    STRIPE_KEY: \(Self.secrets[0])
                functions:
                  pay:
                    handler: pay.handler
                    environment:
                      DB_PASSWORD: "\(Self.secrets[2])"
                resources:
                  Resources:
                    Deployer:
                      Type: AWS::IAM::AccessKey
                      Properties:
                        UserName: \(Self.secrets[1])
                """
            )
        ])
        defer { app.remove() }
        let result = app.scan()
        let secretFindings = result.findings.filter { $0.ruleID.hasPrefix("secret-") }
        #expect(Set(secretFindings.map { "\($0.ruleID):\($0.location.line)" }) == ["secret-in-environment:6", "secret-in-environment:11", "secret-in-template:17"])
        let output = format.reporter(colored: false, sourceRoot: app.root.path).render(ScanReport(findings: result.findings, diagnostics: result.diagnostics))
        for secret in Self.secrets {
            #expect(!output.contains(secret), "\(format) output shows \(secret)")
            #expect(output.contains(String(secret.prefix(4))), "\(format) output does not point at the secret")
        }
    }
}
