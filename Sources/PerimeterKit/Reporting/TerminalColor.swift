import Foundation
@preconcurrency import Rainbow

/// Decides whether text output is coloured and sets Rainbow to match: only on a terminal, and never
/// with `--no-color` or `NO_COLOR` set, so redirected output is plain.
public enum TerminalColor {
    @discardableResult
    public static func configure(for output: ReportOutput, noColor: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        let enabled = output.isStandardOutput && !noColor && environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) != 0
        Rainbow.enabled = enabled
        if enabled { Rainbow.outputTarget = .console }
        return enabled
    }
}
