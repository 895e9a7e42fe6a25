/// What the report stage receives: the filtered findings, the problems met reading the input, and
/// the descriptions of the rules that ran (for fixes and SARIF rule metadata).
public struct ScanReport: Sendable {
    /// Sorted by file, line, column and rule, whatever order they were given in.
    public var findings: [Finding]
    /// Sorted by location, then message.
    public var diagnostics: [Diagnostic]
    public var rules: [RuleDescription]

    public init(findings: [Finding], diagnostics: [Diagnostic], rules: [RuleDescription] = RuleRegistry.all.map { $0.description }) {
        // The pipeline hands them over sorted already; checking is linear, sorting again is not.
        self.findings = zip(findings, findings.dropFirst()).allSatisfy { !($1 < $0) } ? findings : Finding.inReportOrder(findings)
        self.diagnostics = diagnostics.sorted { ($0.location, $0.message) < ($1.location, $1.message) }
        self.rules = rules
    }

    public func rule(id: String) -> RuleDescription? {
        rules.first { $0.id == id }
    }

    public var summary: SeveritySummary { SeveritySummary(findings) }
}
