import Rainbow

/// Human-readable output: findings grouped by file, each with its source line, fix and notes, then the
/// problems met reading the input (files that could not be parsed, duplicate keys) and a summary by severity.
///
/// Colour is applied only when `colored` is set (the CLI sets it for a terminal), so redirected output
/// is plain and byte-identical across runs.
public struct TextReporter: Reporter {
    public var colored: Bool

    public init(colored: Bool = false) {
        self.colored = colored
    }

    public func render(_ report: ScanReport) -> String {
        var lines: [String] = []
        var currentFile: String?
        for finding in report.findings {
            if finding.location.file != currentFile {
                if currentFile != nil { lines.append("") }
                currentFile = finding.location.file
                lines.append(paint(finding.location.file) { $0.bold.underline })
            }
            lines += render(finding, rule: report.rule(id: finding.ruleID))
        }
        if !report.diagnostics.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines.append(paint("Input problems:") { $0.bold })
            lines += report.diagnostics.map { paint($0.description) { $0.red } }
        }
        if !lines.isEmpty { lines.append("") }
        lines.append(summary(report))
        return lines.joined(separator: "\n") + "\n"
    }

    private func render(_ finding: Finding, rule: RuleDescription?) -> [String] {
        let severity = paint(finding.severity.rawValue) { Self.color(of: finding.severity, $0) }
        var lines = ["  \(finding.location): \(severity) [\(paint(finding.ruleID) { $0.dim })] \(finding.message)"]
        if let excerpt = finding.excerpt {
            lines.append(paint("    \(finding.location.line) | ") { $0.dim } + excerpt)
        }
        if let rule {
            lines += Self.indented(rule.fix, first: "    fix: ", rest: "         ")
        }
        for note in finding.notes {
            lines += Self.indented(note.message, first: "    note: \(note.location): ", rest: "      ")
        }
        if !finding.flow.isEmpty {
            lines.append("    path:")
            for (step, hop) in finding.flow.enumerated() {
                lines += Self.indented(hop.message, first: "      \(step + 1). \(hop.location): ", rest: "         ")
            }
        }
        return lines
    }

    private func summary(_ report: ScanReport) -> String {
        let counts = report.summary
        var text: String
        if counts.total == 0 {
            text = "No findings."
        } else {
            let bySeverity = Severity.allCases.reversed().map { "\(counts.count($0)) \($0.rawValue)" }
            text = "\(counts.total) finding\(counts.total == 1 ? "" : "s"): " + bySeverity.joined(separator: ", ") + "."
        }
        let troubled = Set(report.diagnostics.map(\.location.file)).count
        if troubled > 0 {
            text += " \(troubled) file\(troubled == 1 ? "" : "s") with input problems."
        }
        return paint(text) { $0.bold }
    }

    /// Multi-line text with every line after the first aligned under the first.
    private static func indented(_ text: String, first: String, rest: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            line.isEmpty && index > 0 ? "" : (index == 0 ? first : rest) + line
        }
    }

    private static func color(of severity: Severity, _ text: String) -> String {
        switch severity {
        case .critical: text.red.bold
        case .high: text.red
        case .medium: text.yellow
        case .low: text.cyan
        case .info: text
        }
    }

    private func paint(_ text: String, _ style: (String) -> String) -> String {
        colored ? style(text) : text
    }
}
