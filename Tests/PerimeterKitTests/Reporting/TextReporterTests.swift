import Testing

@testable import PerimeterKit

struct TextReporterTests {
    @Test("findings are grouped by file with excerpt, fix, notes, diagnostics and a summary")
    func layout() {
        let text = TextReporter().render(SampleReport.report)
        #expect(
            text == """
                billing/template.yaml
                  billing/template.yaml:4:5: low [unregistered-rule] something minor
                    4 |     Bucket:

                orders/serverless.yml
                  orders/serverless.yml:12:3: high [test-function-without-timeout] function 'createOrder' has no timeout
                    12 |   createOrder:
                    fix: Set `timeout` on the function.
                         Keep it below the API's own timeout.
                    note: orders/serverless.yml:13:14: handler declared here
                  orders/serverless.yml:30:3: critical [test-function-without-timeout] function 'pay' has no timeout
                    fix: Set `timeout` on the function.
                         Keep it below the API's own timeout.
                    path:
                      1. orders/serverless.yml:33:9: POST /pay needs no credentials
                      2. orders/serverless.yml:30:3: pay runs with role IamRoleLambdaExecution

                Input problems:
                broken/serverless.yml:3: invalid YAML: mapping values are not allowed here (column 9)

                3 findings: 1 critical, 1 high, 0 medium, 1 low, 0 info. 1 file with input problems.

                """)
    }

    @Test("an empty report says so")
    func empty() {
        #expect(TextReporter().render(ScanReport(findings: [], diagnostics: [], rules: [])) == "No findings.\n")
    }

    @Test("uncoloured output is the same whatever order findings arrive in, and has no escape codes")
    func deterministic() {
        let forward = TextReporter().render(SampleReport.report)
        let reversed = TextReporter().render(ScanReport(findings: SampleReport.findings.reversed(), diagnostics: SampleReport.diagnostics, rules: [SampleReport.rule]))
        #expect(forward == reversed)
        #expect(!forward.contains("\u{1B}["))
    }
}
