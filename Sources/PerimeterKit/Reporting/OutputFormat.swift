/// The formats `--format` accepts. The switch below is exhaustive, so a new case does not compile
/// until it has a reporter.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text, json, sarif

    /// - Parameters:
    ///   - colored: ANSI colour in text output; only when writing to a terminal.
    ///   - sourceRoot: absolute folder SARIF URIs are made relative to (the working directory).
    public func reporter(colored: Bool = false, sourceRoot: String? = nil) -> any Reporter {
        switch self {
        case .text: TextReporter(colored: colored)
        case .json: JSONReporter()
        case .sarif: SARIFReporter(sourceRoot: sourceRoot)
        }
    }
}
