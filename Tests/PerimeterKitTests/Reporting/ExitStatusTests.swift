import Testing

@testable import PerimeterKit

struct ExitStatusTests {
    let high = SampleReport.findings[0]
    let low = SampleReport.findings[1]
    let diagnostic = SampleReport.diagnostics[0]

    @Test("no findings and no diagnostics pass")
    func clean() {
        #expect(ExitStatus.of(findings: [], diagnostics: [], failOn: .standard) == .passed)
    }

    @Test("findings below the threshold pass; at or above it fail with 1")
    func threshold() {
        #expect(ExitStatus.of(findings: [low], diagnostics: [], failOn: .standard) == .passed)
        #expect(ExitStatus.of(findings: [low, high], diagnostics: [], failOn: .standard) == .findings)
        #expect(ExitStatus.of(findings: [high], diagnostics: [], failOn: .atOrAbove(.high)) == .findings)
        #expect(ExitStatus.of(findings: [high], diagnostics: [], failOn: .atOrAbove(.critical)) == .passed)
        #expect(ExitStatus.of(findings: [low], diagnostics: [], failOn: .atOrAbove(.low)) == .findings)
        #expect(ExitStatus.of(findings: [high], diagnostics: [], failOn: .never) == .passed)
    }

    @Test("a diagnostic exits 2, even with failing findings or --fail-on none")
    func diagnosticsWin() {
        #expect(ExitStatus.of(findings: [high], diagnostics: [diagnostic], failOn: .standard) == .inputError)
        #expect(ExitStatus.of(findings: [], diagnostics: [diagnostic], failOn: .never) == .inputError)
        #expect(ExitStatus.inputError.rawValue == 2 && ExitStatus.findings.rawValue == 1 && ExitStatus.passed.rawValue == 0)
    }

    @Test("--fail-on accepts the severities and none, nothing else")
    func failThresholdNames() {
        #expect(FailThreshold("none") == .never)
        #expect(FailThreshold("medium") == .atOrAbove(.medium))
        #expect(FailThreshold("High") == nil)
        #expect(FailThreshold.names == ["critical", "high", "medium", "low", "info", "none"])
    }
}
