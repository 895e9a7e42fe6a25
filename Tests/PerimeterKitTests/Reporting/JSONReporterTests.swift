import Foundation
import Testing

@testable import PerimeterKit

struct JSONReporterTests {
    func decoded(_ report: ScanReport) throws -> [String: Any] {
        let text = JSONReporter().render(report)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("top level holds version, findings, diagnostics and summary")
    func topLevel() throws {
        let json = try decoded(SampleReport.report)
        #expect(Set(json.keys) == ["version", "findings", "diagnostics", "summary"])
        #expect(json["version"] as? String == PerimeterVersion.current)
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary == ["critical": 1, "high": 1, "medium": 0, "low": 1, "info": 0, "total": 3])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["file"] as? String == "broken/serverless.yml")
        #expect(diagnostics.first?["line"] as? Int == 3)
    }

    @Test("each finding has every field, in report order, with rule metadata or null")
    func findings() throws {
        let json = try decoded(SampleReport.report)
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.map { "\($0["file"] ?? ""):\($0["line"] ?? "")" } == ["billing/template.yaml:4", "orders/serverless.yml:12", "orders/serverless.yml:30"])
        let keys: Set = ["ruleId", "severity", "message", "file", "line", "column", "subject", "fingerprint", "excerpt", "notes", "flow", "practice", "cwe", "fix"]
        for finding in findings { #expect(Set(finding.keys) == keys) }

        let known = findings[1]
        #expect(known["ruleId"] as? String == "test-function-without-timeout")
        #expect(known["severity"] as? String == "high")
        #expect(known["column"] as? Int == 3)
        #expect(known["practice"] as? String == "monitor-and-log")
        #expect(known["cwe"] as? String == "CWE-400")
        #expect(known["excerpt"] as? String == "  createOrder:")
        #expect(known["fingerprint"] as? String == SampleReport.findings[0].fingerprint)
        let notes = try #require(known["notes"] as? [[String: Any]])
        #expect(notes.count == 1)
        #expect(notes.first?["line"] as? Int == 13)
        #expect(notes.first?["message"] as? String == "handler declared here")

        let unknown = findings[0]
        #expect(unknown["practice"] is NSNull && unknown["cwe"] is NSNull && unknown["fix"] is NSNull)
        #expect(findings[2]["excerpt"] is NSNull)
        #expect((known["flow"] as? [Any])?.isEmpty == true)
        let flow = try #require(findings[2]["flow"] as? [[String: Any]])
        #expect(
            flow.map { "\($0["file"] ?? ""):\($0["line"] ?? ""):\($0["column"] ?? ""): \($0["message"] ?? "")" } == [
                "orders/serverless.yml:33:9: POST /pay needs no credentials",
                "orders/serverless.yml:30:3: pay runs with role IamRoleLambdaExecution",
            ])
    }

    @Test("output is byte-identical whatever order findings arrive in")
    func deterministic() {
        let reversed = ScanReport(findings: SampleReport.findings.reversed(), diagnostics: SampleReport.diagnostics, rules: [SampleReport.rule])
        #expect(JSONReporter().render(SampleReport.report) == JSONReporter().render(reversed))
    }
}
