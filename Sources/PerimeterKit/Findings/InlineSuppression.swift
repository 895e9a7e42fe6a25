/// `# perimeter:ignore <rule-id> <reason>` on the finding's line or the line above hides it.
/// `# perimeter:ignore all <reason>` hides every rule there.
enum InlineSuppression {
    static let marker = "perimeter:ignore"

    static func suppresses(_ finding: Finding, in file: SourceFile?) -> Bool {
        guard let file, file.hasInlineIgnores else { return false }
        for number in [finding.location.line, finding.location.line - 1] {
            guard let line = file.line(number), let range = line.range(of: marker) else { continue }
            let words = line[range.upperBound...].split(whereSeparator: { $0 == " " || $0 == "," })
            if words.contains(where: { $0 == finding.ruleID || $0 == "all" }) { return true }
        }
        return false
    }
}
