/// Everything a rule says about itself: `perimeter rules`, `perimeter explain`, SARIF rule metadata
/// and the example tests all read from this one declaration.
public struct RuleDescription: Sendable {
    /// Stable kebab-case id that says what is wrong, e.g. `function-url-without-auth`.
    public var id: String
    public var title: String
    public var severity: Severity
    public var practice: Practice
    /// e.g. `CWE-284`.
    public var cwe: String?
    /// OWASP Serverless Top 10 (2017) entry, e.g. `SAS-7: Insecure Application Secrets Storage`.
    public var owasp: String?
    public var rationale: String
    public var fix: String
    /// Before/after snippets showing the fix.
    public var fixBefore: String
    public var fixAfter: String
    /// Inputs that must not trigger the rule.
    public var nonTriggeringExamples: [RuleExample]
    /// Inputs that must trigger it; `↓` marks the start of each line a finding must land on.
    public var triggeringExamples: [RuleExample]

    public init(
        id: String, title: String, severity: Severity, practice: Practice, cwe: String? = nil, owasp: String? = nil,
        rationale: String, fix: String, fixBefore: String, fixAfter: String,
        nonTriggeringExamples: [RuleExample], triggeringExamples: [RuleExample]
    ) {
        self.id = id
        self.title = title
        self.severity = severity
        self.practice = practice
        self.cwe = cwe
        self.owasp = owasp
        self.rationale = rationale
        self.fix = fix
        self.fixBefore = fixBefore
        self.fixAfter = fixAfter
        self.nonTriggeringExamples = nonTriggeringExamples
        self.triggeringExamples = triggeringExamples
    }
}

/// A small application used as a rule example: one or more files, `↓` marking where findings land.
public struct RuleExample: Sendable {
    /// File name → contents. The first file carries the markers unless others have them too.
    public var files: [(name: String, contents: String)]
    /// CLI-style options for the example (`stage`, params).
    public var note: String?

    /// A single-file example; the file name says which front end reads it
    /// (`serverless.yml`, `template.yaml` for SAM/CloudFormation, `template.json`).
    public init(_ contents: String, file: String = "serverless.yml", note: String? = nil) {
        files = [(file, contents)]
        self.note = note
    }

    public init(files: [(name: String, contents: String)], note: String? = nil) {
        self.files = files
        self.note = note
    }

    /// The marker that shows where a finding must land.
    public static let marker: Character = "↓"
}
