@testable import PerimeterKit

/// A test-only rule with real metadata, so reports can be exercised end to end through a scan
/// whatever rules the registry holds: every function without an explicit `timeout` is a finding,
/// with a note at its handler.
struct FunctionWithoutTimeoutRule: Rule {
    static let description = RuleDescription(
        id: "test-function-without-timeout", title: "Function has no explicit timeout", severity: .high, practice: .monitoring,
        cwe: "CWE-400", owasp: "SAS-8: Denial of Service",
        rationale: "A function without a timeout runs for the platform default.",
        fix: "Set `timeout` on the function.\nKeep it below the API's own timeout.",
        fixBefore: "functions:\n  hello:\n    handler: h.main", fixAfter: "functions:\n  hello:\n    handler: h.main\n    timeout: 6",
        nonTriggeringExamples: [RuleExample("service: s\nprovider:\n  name: aws\nfunctions:\n  a:\n    handler: h.a\n    timeout: 3\n")],
        triggeringExamples: [RuleExample("service: s\nprovider:\n  name: aws\nfunctions:\n↓  a:\n    handler: h.a\n")])

    func findings(in app: Application) -> [Finding] {
        app.functions.filter { $0.timeout == nil }.map { function in
            var notes: [Note] = []
            if let handler = function.handler { notes.append(Note("handler declared here", at: handler.location)) }
            return finding("function '\(function.name)' has no timeout", at: function.location, subject: "function:\(function.name)", notes: notes)
        }
    }
}

/// Reports built by hand, for reporter tests that need exact control over findings.
enum SampleReport {
    static let rule = FunctionWithoutTimeoutRule.description

    static let findings: [Finding] = {
        var first = Finding(
            ruleID: rule.id, severity: .high, message: "function 'createOrder' has no timeout",
            location: SourceLocation(file: "orders/serverless.yml", line: 12, column: 3), subject: "function:createOrder",
            notes: [Note("handler declared here", at: SourceLocation(file: "orders/serverless.yml", line: 13, column: 14))])
        first.excerpt = "  createOrder:"
        var second = Finding(
            ruleID: "unregistered-rule", severity: .low, message: "something minor",
            location: SourceLocation(file: "billing/template.yaml", line: 4, column: 5), subject: "resource:Bucket")
        second.excerpt = "    Bucket:"
        var third = Finding(
            ruleID: rule.id, severity: .critical, message: "function 'pay' has no timeout",
            location: SourceLocation(file: "orders/serverless.yml", line: 30, column: 3), subject: "function:pay")
        third.flow = [
            Note("POST /pay needs no credentials", at: SourceLocation(file: "orders/serverless.yml", line: 33, column: 9)),
            Note("pay runs with role IamRoleLambdaExecution", at: SourceLocation(file: "orders/serverless.yml", line: 30, column: 3)),
        ]
        return [first, second, third]
    }()

    static let diagnostics = [
        Diagnostic("invalid YAML: mapping values are not allowed here (column 9)", at: SourceLocation(file: "broken/serverless.yml", line: 3))
    ]

    static var report: ScanReport {
        ScanReport(findings: findings, diagnostics: diagnostics, rules: [rule])
    }
}
