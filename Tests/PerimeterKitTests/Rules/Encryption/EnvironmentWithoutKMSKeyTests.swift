import Testing

@testable import PerimeterKit

/// environment-without-kms-key is medium when a variable looks sensitive and low when none does.
struct EnvironmentWithoutKMSKeyTests {
    @Test("credential-like names and SSM values make the finding medium, plain settings low")
    func severityFollowsSensitivity() throws {
        let app = try TemporaryApp(files: [
            (
                "serverless.yml",
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs22.x
                  environment:
                    TABLE_NAME: orders
                functions:
                  create:
                    handler: h.create
                    environment:
                      STRIPE_API_KEY: ${ssm:/orders/stripe}
                  list:
                    handler: h.list
                    environment:
                      PAGE_SIZE: '50'
                  notify:
                    handler: h.notify
                    environment:
                      WEBHOOK: ${ssm:/orders/webhook}
                """
            )
        ])
        defer { app.remove() }
        let findings = app.scan(rules: [EnvironmentWithoutKMSKey.self]).findings
        #expect(findings.map(\.location.line) == [2, 8, 12, 16])
        #expect(findings.map(\.severity) == [.low, .medium, .low, .medium])
        #expect(findings[1].message.contains("STRIPE_API_KEY looks sensitive"))
        #expect(findings[3].message.contains("WEBHOOK looks sensitive"))
    }
}
