/// A check over the application model. Rules are pure: they read the model and return findings.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    /// True for a rule that walks every value of every template: the scan starts such rules first, so the
    /// others fill the remaining threads instead of all waiting on it at the end.
    static var walksEveryValue: Bool { get }
    init()
    func findings(in app: Application) -> [Finding]
}

extension Rule {
    public static var walksEveryValue: Bool { false }

    /// A finding of this rule with its declared severity.
    public func finding(_ message: String, at location: SourceLocation, subject: String, notes: [Note] = []) -> Finding {
        Finding(ruleID: Self.description.id, severity: Self.description.severity, message: message, location: location, subject: subject, notes: notes)
    }
}
