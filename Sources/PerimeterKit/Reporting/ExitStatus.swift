/// How a run ends. Input problems outrank findings: a scan that could not read every file is not a
/// clean result, whatever it found in the files it could read.
public enum ExitStatus: Int32, Sendable, Hashable {
    /// No finding at or above the fail threshold, and every file was read.
    case passed = 0
    /// At least one finding at or above the fail threshold.
    case findings = 1
    /// A usage error, or a file that could not be read or parsed.
    case inputError = 2

    public static func of(findings: [Finding], diagnostics: [Diagnostic], failOn: FailThreshold) -> ExitStatus {
        if !diagnostics.isEmpty { return .inputError }
        return findings.contains { failOn.fails(on: $0.severity) } ? .findings : .passed
    }
}
