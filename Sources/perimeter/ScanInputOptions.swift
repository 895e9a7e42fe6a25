import ArgumentParser
import Foundation
import PerimeterKit

/// What to scan and which rules to run: shared by `scan` and `baseline`.
struct ScanInputOptions: ParsableArguments {
    @Argument(help: "Files or folders to scan.")
    var paths: [String] = ["."]

    @Option(name: .customLong("rule"), help: "Run only this rule (repeatable).")
    var rules: [String] = []

    @Option(name: .customLong("skip-rule"), help: "Do not run this rule (repeatable).")
    var skippedRules: [String] = []

    @Option(help: "Project config (default: <first path>/.perimeter.yml when it exists).")
    var config: String?

    @Option(help: "Serverless Framework stage used to resolve ${sls:stage} and ${opt:stage}.")
    var stage: String?

    @Option(help: "AWS region used to resolve ${aws:region} and ${opt:region}.")
    var region: String?

    @Option(name: .customLong("param"), help: "Serverless Framework parameter as key=value (repeatable).")
    var params: [String] = []

    @Option(help: "Files larger than this many bytes are not parsed.")
    var maxFileSize = ParseLimits().maxFileBytes

    @Option(help: "Deepest nesting accepted in a template (at most \(ParseLimits.deepestSupported)).")
    var maxDepth = ParseLimits().maxDepth

    @Option(help: "Most YAML nodes one file may expand to (stops alias bombs).")
    var maxNodes = ParseLimits().maxNodes

    @Option(
        name: .customLong("as-of"),
        help: "Judge dated rules (runtime deprecation) as of this day, YYYY-MM-DD, instead of today: the same input then gives the same report on any day.")
    var asOf: String?

    /// `--as-of` as a UTC midnight.
    var asOfDate: Date? {
        guard let asOf else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: asOf)
    }

    func validate() throws {
        for param in params where !param.contains("=") || param.hasPrefix("=") {
            throw ValidationError("--param '\(param)' is not key=value")
        }
        for (flag, ids) in [("--rule", rules), ("--skip-rule", skippedRules)] {
            for id in ids where RuleRegistry.rule(id: id) == nil {
                throw ValidationError("\(flag): unknown rule '\(id)'; run `perimeter rules` to list rule ids")
            }
        }
        guard maxFileSize > 0, maxDepth > 0, maxNodes > 0 else {
            throw ValidationError("--max-file-size, --max-depth and --max-nodes must be positive")
        }
        if let asOf, asOfDate == nil || asOf.count != 10 {
            throw ValidationError("--as-of '\(asOf)' is not a day; write it as YYYY-MM-DD")
        }
        guard maxDepth <= ParseLimits.deepestSupported else {
            throw ValidationError("--max-depth \(maxDepth) is over \(ParseLimits.deepestSupported), the deepest a scan can walk safely")
        }
    }

    /// The project config: `--config`, else `.perimeter.yml` in the first scan path if there is one.
    func loadConfig() throws(InputError) -> ProjectConfig {
        let known = Set(RuleRegistry.ids)
        if let config { return try ProjectConfig.load(path: config, knownRuleIDs: known) }
        let first = paths.first ?? "."
        var isDirectory: ObjCBool = false
        let candidate = first == "." ? ProjectConfig.fileName : (first as NSString).appendingPathComponent(ProjectConfig.fileName)
        guard FileManager.default.fileExists(atPath: first, isDirectory: &isDirectory), isDirectory.boolValue,
            FileManager.default.fileExists(atPath: candidate)
        else { return ProjectConfig() }
        return try ProjectConfig.load(path: candidate, knownRuleIDs: known)
    }

    /// The filter from these flags and the config; `minSeverity` and `baseline` are the caller's.
    func filter(config: ProjectConfig, minSeverity: Severity?, baseline: Baseline?) -> FindingFilter {
        FindingFilter(
            config: config, onlyRules: rules.isEmpty ? nil : Set(rules), skippedRules: Set(skippedRules), minSeverity: minSeverity,
            scanPaths: paths, baseline: baseline)
    }

    func scanOptions(filter: FindingFilter) -> ScanOptions {
        var values: [String: String] = [:]
        for param in params {
            let parts = param.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            values[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        return ScanOptions(
            paths: paths, stage: stage, region: region, params: values,
            limits: ParseLimits(maxFileBytes: maxFileSize, maxDepth: maxDepth, maxNodes: maxNodes),
            ignoredPaths: filter.discoveryPrefixes, asOf: asOfDate)
    }

    /// Scans with the rules the filter selects and applies the filter to what comes back.
    func scan(filter: FindingFilter) -> ScanReport {
        let rules = RuleRegistry.all.filter { filter.selects(ruleID: $0.description.id) }
        let result = ScanPipeline(options: scanOptions(filter: filter)).scan(rules: rules)
        let report = ScanReport(
            findings: filter.apply(result.findings), diagnostics: filter.apply(result.diagnostics),
            rules: rules.map { $0.description })
        ProcessLifetime.keep(result)
        ProcessLifetime.keep(report)
        return report
    }
}
