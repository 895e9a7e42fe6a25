import Foundation
import Testing

@testable import PerimeterKit

struct RuleDocumentationTests {
    let rule = FunctionWithoutTimeoutRule.description

    @Test("the table lists id, severity, practice and title in aligned columns")
    func table() {
        #expect(
            RuleDocumentation.table([rule]) == """
                ID                             SEVERITY  PRACTICE         TITLE
                test-function-without-timeout  high      monitor-and-log  Function has no explicit timeout
                1 rule.

                """)
    }

    @Test("JSON lists each rule's id, severity, practice, title and mappings")
    func json() throws {
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(RuleDocumentation.json([rule]).utf8)) as? [[String: String]])
        #expect(rules == [["id": rule.id, "severity": "high", "practice": "monitor-and-log", "title": rule.title, "cwe": "CWE-400", "owasp": "SAS-8: Denial of Service"]])
    }

    @Test("explain prints every part of the declaration, examples with their markers")
    func explanation() {
        let text = RuleDocumentation.explanation(rule)
        for part in [
            "test-function-without-timeout: Function has no explicit timeout", "Severity: high", "Practice: Monitor and log (monitor-and-log)",
            "CWE: CWE-400", "OWASP Serverless Top 10: SAS-8: Denial of Service", "Why:\n  A function without a timeout",
            "Fix:\n  Set `timeout` on the function.\n  Keep it below", "After:\n  functions:\n    hello:\n      handler: h.main\n      timeout: 6",
            "Triggers (↓ marks where a finding lands):\n\n  serverless.yml:", "    ↓  a:", "Does not trigger:",
        ] {
            #expect(text.contains(part), "missing: \(part)")
        }
    }
}
