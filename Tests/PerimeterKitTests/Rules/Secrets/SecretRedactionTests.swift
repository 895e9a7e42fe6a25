import Testing

@testable import PerimeterKit

struct SecretRedactionTests {
    @Test("shows the first four characters then an ellipsis")
    func longSecret() {
        #expect(SecretRedaction.redact("AKIAZ7Q4MPLR2XWN5TBE") == "AKIA…")
        #expect(SecretRedaction.redact("hunter2-prod") == "hunt…")
    }

    @Test("never shows more than half of a short secret")
    func shortSecret() {
        #expect(SecretRedaction.redact("abcdefgh") == "abcd…")
        #expect(SecretRedaction.redact("abc123") == "abc…")
        #expect(SecretRedaction.redact("pass") == "pa…")
        #expect(SecretRedaction.redact("x") == "…")
        #expect(SecretRedaction.redact("") == "…")
    }

    @Test("no secrets rule prints a triggering example's secret in full", arguments: ["secret-in-environment", "secret-in-template", "secret-parameter-without-noecho"])
    func messagesAreRedacted(id: String) throws {
        let rule = try #require(RuleRegistry.rule(id: id))
        let secrets = [
            "AKIAZ7Q4MPLR2XWN5TBE", "changeme", "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", "9fK2xQ7mZp4Lr8Vt1Wc6Yh3Bn5Jd0Gs",
            "xoxb-2847561093-AbCdEfGhIjKlMn", "my-jwt-signing-secret", "S3cr3tPassw0rd", "sk_live_9Xq2Lm7Rt4Vb8Nc1Zd5Fh3Jk",
            "sk_test_placeholder", "-----BEGIN RSA PRIVATE KEY-----",
        ]
        for example in rule.description.triggeringExamples {
            let app = try TemporaryApp(files: example.files)
            defer { app.remove() }
            let findings = app.scan(rules: [rule]).findings
            #expect(!findings.isEmpty)
            for finding in findings {
                if id != "secret-parameter-without-noecho" { #expect(finding.message.contains("…`"), "\(finding.message)") }
                for secret in secrets {
                    #expect(!finding.message.contains(secret), "\(id) leaks \(secret): \(finding.message)")
                }
            }
        }
    }
}
