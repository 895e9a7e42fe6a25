/// The filter stage: which findings (and diagnostics) reach the report, from the command line, the
/// project config and the baseline. Inline `# perimeter:ignore` comments are applied by the scan itself,
/// where the source text is at hand.
public struct FindingFilter: Sendable {
    /// `--rule`: only these rules; nil for all.
    public var onlyRules: Set<String>?
    /// `--skip-rule` and the config's `skip-rules`.
    public var skippedRules: Set<String>
    /// The config's `severity` map, applied before `minSeverity`.
    public var severityOverrides: [String: Severity]
    public var minSeverity: Severity?
    public var ignorePaths: [PathPattern]
    /// The scan paths, so `ignore-paths` can be written relative to the scan root.
    public var scanPaths: [String]
    public var baseline: Baseline?

    public init(
        onlyRules: Set<String>? = nil, skippedRules: Set<String> = [], severityOverrides: [String: Severity] = [:],
        minSeverity: Severity? = nil, ignorePaths: [PathPattern] = [], scanPaths: [String] = ["."], baseline: Baseline? = nil
    ) {
        self.onlyRules = onlyRules
        self.skippedRules = skippedRules
        self.severityOverrides = severityOverrides
        self.minSeverity = minSeverity
        self.ignorePaths = ignorePaths
        self.scanPaths = scanPaths
        self.baseline = baseline
    }

    /// Command-line choices layered over the project config: the command line wins where both speak.
    public init(config: ProjectConfig, onlyRules: Set<String>?, skippedRules: Set<String>, minSeverity: Severity?, scanPaths: [String], baseline: Baseline?) {
        self.init(
            onlyRules: onlyRules, skippedRules: skippedRules.union(config.skipRules), severityOverrides: config.severityOverrides,
            minSeverity: minSeverity ?? config.minSeverity, ignorePaths: config.ignorePaths, scanPaths: scanPaths, baseline: baseline)
    }

    /// Whether a rule runs at all; a rule that cannot report is not worth evaluating.
    public func selects(ruleID: String) -> Bool {
        (onlyRules?.contains(ruleID) ?? true) && !skippedRules.contains(ruleID)
    }

    /// The findings to report, with severity overrides applied, in their original order.
    public func apply(_ findings: [Finding]) -> [Finding] {
        findings.compactMap { finding in
            guard selects(ruleID: finding.ruleID), !ignores(path: finding.location.file) else { return nil }
            var finding = finding
            if let severity = severityOverrides[finding.ruleID] { finding.severity = severity }
            if let minSeverity, finding.severity < minSeverity { return nil }
            if let baseline, baseline.contains(finding) { return nil }
            return finding
        }
    }

    /// Diagnostics in ignored paths are dropped too: an ignored file should not fail the run.
    public func apply(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.filter { !ignores(path: $0.location.file) }
    }

    /// Whether an `ignore-paths` entry covers a displayed path, taken relative to the scan root it is
    /// under (or as shown, for a file given directly).
    public func ignores(path: String) -> Bool {
        guard !ignorePaths.isEmpty else { return false }
        let candidates = scanPaths.compactMap { root in Self.relative(path, to: root) }
        return ignorePaths.contains { pattern in candidates.contains { pattern.matches($0) } }
    }

    /// `path` relative to a scan root as the scan displays it (`.` shows paths bare, `app` as `app/…`);
    /// a file given directly as a root is matched as given.
    static func relative(_ path: String, to root: String) -> String? {
        guard root != "." && root != "./" && root != path else { return path }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : nil
    }

    /// The prefixes discovery should not descend into: the non-glob `ignore-paths` under each scan root,
    /// so ignored folders are not even read. Globs are applied to the results only.
    public var discoveryPrefixes: [String] {
        ignorePaths.filter { !$0.isGlob }.flatMap { pattern in
            let folder = pattern.pattern.hasSuffix("/") ? pattern.pattern : pattern.pattern + "/"
            return scanPaths.map { root in
                root == "." || root == "./" ? folder : (root.hasSuffix("/") ? root : root + "/") + folder
            }
        }
    }
}
