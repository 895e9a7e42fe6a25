/// What `perimeter rules` and `perimeter explain` print, from the rules' own declarations.
public enum RuleDocumentation {
    /// One row per rule: id, severity, practice, title, in columns.
    public static func table(_ rules: [RuleDescription]) -> String {
        let header = ["ID", "SEVERITY", "PRACTICE", "TITLE"]
        let rows = [header] + rules.map { [$0.id, $0.severity.rawValue, $0.practice.rawValue, $0.title] }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        let lines = rows.map { row in
            (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ") + "  " + row[3]
        }
        return lines.joined(separator: "\n") + "\n\(rules.count) rule\(rules.count == 1 ? "" : "s").\n"
    }

    /// The same list as JSON: `[{id, severity, practice, title, cwe, owasp}]`.
    public static func json(_ rules: [RuleDescription]) -> String {
        ReportEncoder.encode(rules.map(JSONRule.init))
    }

    /// Everything a rule says about itself, for `perimeter explain ID`.
    public static func explanation(_ rule: RuleDescription) -> String {
        var lines = [
            "\(rule.id): \(rule.title)",
            "",
            "Severity: \(rule.severity.rawValue)",
            "Practice: \(rule.practice.title) (\(rule.practice.rawValue))",
        ]
        if let cwe = rule.cwe { lines.append("CWE: \(cwe)") }
        if let owasp = rule.owasp { lines.append("OWASP Serverless Top 10: \(owasp)") }
        lines += ["", "Why:", indent(rule.rationale), "", "Fix:", indent(rule.fix)]
        lines += ["", "Before:", indent(rule.fixBefore), "", "After:", indent(rule.fixAfter)]
        lines += examples("Triggers (↓ marks where a finding lands)", rule.triggeringExamples)
        lines += examples("Does not trigger", rule.nonTriggeringExamples)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func examples(_ heading: String, _ examples: [RuleExample]) -> [String] {
        guard !examples.isEmpty else { return [] }
        var lines = ["", "\(heading):"]
        for example in examples {
            for file in example.files {
                lines += ["", "  \(file.name):", indent(file.contents, by: "    ")]
            }
            if let note = example.note { lines.append("  (\(note))") }
        }
        return lines
    }

    private static func indent(_ text: String, by prefix: String = "  ") -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : prefix + $0 }
            .joined(separator: "\n")
    }
}

private struct JSONRule: Encodable {
    var id: String
    var severity: Severity
    var practice: String
    var title: String
    var cwe: String?
    var owasp: String?

    init(_ rule: RuleDescription) {
        id = rule.id
        severity = rule.severity
        practice = rule.practice.rawValue
        title = rule.title
        cwe = rule.cwe
        owasp = rule.owasp
    }
}
