import Testing

@testable import PerimeterKit

/// Two scans of the same folder must give byte-identical reports in every format.
struct ReportDeterminismTests {
    @Test("two runs give identical output", arguments: OutputFormat.allCases)
    func identicalRuns(format: OutputFormat) throws {
        let app = try TemporaryApp(files: [
            ("a/serverless.yml", SARIFReporterTests.template),
            ("b/serverless.yml", SARIFReporterTests.template),
            ("c/serverless.yml", "service: x\nprovider: [\n"),
        ])
        defer { app.remove() }
        func render() -> String {
            let result = app.scan(rules: [FunctionWithoutTimeoutRule.self])
            let report = ScanReport(findings: result.findings, diagnostics: result.diagnostics, rules: [FunctionWithoutTimeoutRule.description])
            #expect(report.findings.count == 4)
            return format.reporter(colored: false, sourceRoot: app.root.path).render(report)
        }
        let first = render()
        #expect(first == render())
    }
}
