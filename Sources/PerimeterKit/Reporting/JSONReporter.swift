import Foundation

/// Machine-readable output for scripts and dashboards; the schema is in docs/json-output.md.
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ report: ScanReport) -> String {
        let document = JSONReport(
            version: PerimeterVersion.current,
            findings: SplicedArray(report.findings) { JSONFinding($0, rule: report.rule(id: $0.ruleID)) },
            diagnostics: report.diagnostics.map(JSONDiagnostic.init),
            summary: report.summary)
        return ReportEncoder.encode(document)
    }
}
