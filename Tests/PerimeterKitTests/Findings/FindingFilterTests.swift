import Testing

@testable import PerimeterKit

struct FindingFilterTests {
    func finding(_ rule: String, _ severity: Severity, _ file: String, line: Int = 1) -> Finding {
        Finding(ruleID: rule, severity: severity, message: "\(rule) in \(file)", location: SourceLocation(file: file, line: line), subject: "function:f")
    }

    @Test("--rule keeps only those rules; --skip-rule and config skips drop theirs")
    func ruleSelection() {
        let findings = [finding("a", .high, "x.yml"), finding("b", .high, "x.yml"), finding("c", .high, "x.yml")]
        #expect(FindingFilter(onlyRules: ["a", "b"]).apply(findings).map(\.ruleID) == ["a", "b"])
        let layered = FindingFilter(config: ProjectConfig(skipRules: ["b"]), onlyRules: nil, skippedRules: ["c"], minSeverity: nil, scanPaths: ["."], baseline: nil)
        #expect(layered.apply(findings).map(\.ruleID) == ["a"])
        #expect(!layered.selects(ruleID: "b") && !layered.selects(ruleID: "c") && layered.selects(ruleID: "a"))
    }

    @Test("severity overrides apply before --min-severity")
    func severity() {
        let findings = [finding("a", .high, "x.yml"), finding("b", .medium, "x.yml"), finding("c", .info, "x.yml")]
        let filter = FindingFilter(severityOverrides: ["a": .low, "c": .critical], minSeverity: .medium)
        #expect(filter.apply(findings).map { "\($0.ruleID):\($0.severity)" } == ["b:medium", "c:critical"])
    }

    @Test("the command line's --min-severity wins over the config's")
    func commandLineWins() {
        let config = ProjectConfig(minSeverity: .high)
        #expect(FindingFilter(config: config, onlyRules: nil, skippedRules: [], minSeverity: .low, scanPaths: ["."], baseline: nil).minSeverity == .low)
        #expect(FindingFilter(config: config, onlyRules: nil, skippedRules: [], minSeverity: nil, scanPaths: ["."], baseline: nil).minSeverity == .high)
    }

    @Test("ignore-paths are relative to the scan root and drop diagnostics too")
    func ignorePaths() {
        let filter = FindingFilter(ignorePaths: [PathPattern("legacy/"), PathPattern("**/test-*.yml")], scanPaths: ["app"])
        let findings = [
            finding("a", .high, "app/legacy/serverless.yml"), finding("a", .high, "app/orders/serverless.yml"),
            finding("a", .high, "app/orders/test-x.yml"), finding("a", .high, "legacy/serverless.yml"),
        ]
        // `legacy/serverless.yml` is not under the scan root `app`, so `legacy/` does not cover it.
        #expect(filter.apply(findings).map(\.location.file) == ["app/orders/serverless.yml", "legacy/serverless.yml"])
        let diagnostics = [Diagnostic("bad", at: SourceLocation(file: "app/legacy/template.yaml", line: 2))]
        #expect(filter.apply(diagnostics).isEmpty)
        #expect(filter.discoveryPrefixes == ["app/legacy/"])
        #expect(FindingFilter(ignorePaths: [PathPattern("legacy")], scanPaths: ["."]).discoveryPrefixes == ["legacy/"])
    }

    @Test("the baseline hides the findings it recorded")
    func baseline() {
        let old = finding("a", .high, "x.yml", line: 3)
        let new = finding("b", .high, "x.yml", line: 5)
        let filter = FindingFilter(baseline: Baseline(findings: [old]))
        #expect(filter.apply([old, new]) == [new])
    }
}
