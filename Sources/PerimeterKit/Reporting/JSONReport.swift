/// The JSON output's shape (documented in docs/json-output.md). Optional fields are written as `null`
/// rather than left out, so every finding has the same keys.
struct JSONReport: Encodable {
    var version: String
    var findings: SplicedArray<Finding, JSONFinding>
    var diagnostics: [JSONDiagnostic]
    var summary: SeveritySummary
}

struct JSONFinding: Encodable, Sendable {
    var ruleId: String
    var severity: Severity
    var message: String
    var file: String
    var line: Int
    var column: Int
    var subject: String
    var fingerprint: String
    var excerpt: String?
    var notes: [JSONNote]
    var flow: [JSONNote]
    var practice: String?
    var cwe: String?
    var fix: String?

    init(_ finding: Finding, rule: RuleDescription?) {
        ruleId = finding.ruleID
        severity = finding.severity
        message = finding.message
        file = finding.location.file
        line = finding.location.line
        column = finding.location.column
        subject = finding.subject
        fingerprint = finding.fingerprint
        excerpt = finding.excerpt
        notes = finding.notes.map(JSONNote.init)
        flow = finding.flow.map(JSONNote.init)
        practice = rule?.practice.rawValue
        cwe = rule?.cwe
        fix = rule?.fix
    }

    private enum CodingKeys: String, CodingKey {
        case ruleId, severity, message, file, line, column, subject, fingerprint, excerpt, notes, flow, practice, cwe, fix
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ruleId, forKey: .ruleId)
        try container.encode(severity, forKey: .severity)
        try container.encode(message, forKey: .message)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(subject, forKey: .subject)
        try container.encode(fingerprint, forKey: .fingerprint)
        try container.encode(excerpt, forKey: .excerpt)
        try container.encode(notes, forKey: .notes)
        try container.encode(flow, forKey: .flow)
        try container.encode(practice, forKey: .practice)
        try container.encode(cwe, forKey: .cwe)
        try container.encode(fix, forKey: .fix)
    }
}

struct JSONNote: Encodable, Sendable {
    var message: String
    var file: String
    var line: Int
    var column: Int

    init(_ note: Note) {
        message = note.message
        file = note.location.file
        line = note.location.line
        column = note.location.column
    }
}

struct JSONDiagnostic: Encodable {
    var file: String
    var line: Int
    var message: String

    init(_ diagnostic: Diagnostic) {
        file = diagnostic.location.file
        line = diagnostic.location.line
        message = diagnostic.message
    }
}
