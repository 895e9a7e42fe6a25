import Foundation

/// The project's own settings, read from `.perimeter.yml` at the scan root:
///
/// ```yaml
/// skip-rules: [function-without-dlq]
/// severity: { function-timeout-too-long: low }
/// ignore-paths: [tests/, "**/fixtures/*.yml"]
/// fail-on: medium
/// min-severity: low
/// ```
///
/// Command-line flags take precedence over these.
public struct ProjectConfig: Sendable, Hashable {
    public static let fileName = ".perimeter.yml"
    static let keys = ["skip-rules", "severity", "ignore-paths", "fail-on", "min-severity"]
    /// A config is a few lines; anything far larger is not one.
    static let maxBytes = 1 << 20

    public var skipRules: [String]
    public var severityOverrides: [String: Severity]
    public var ignorePaths: [PathPattern]
    public var failOn: FailThreshold?
    public var minSeverity: Severity?

    public init(
        skipRules: [String] = [], severityOverrides: [String: Severity] = [:], ignorePaths: [PathPattern] = [],
        failOn: FailThreshold? = nil, minSeverity: Severity? = nil
    ) {
        self.skipRules = skipRules
        self.severityOverrides = severityOverrides
        self.ignorePaths = ignorePaths
        self.failOn = failOn
        self.minSeverity = minSeverity
    }

    /// Reads the config at `path`. `knownRuleIDs`, when given, turns a misspelt rule id into an error
    /// rather than a setting that silently does nothing.
    public static func load(path: String, knownRuleIDs: Set<String>? = nil) throws(InputError) -> ProjectConfig {
        let start = SourceLocation(file: path, line: 1)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= maxBytes else {
            throw InputError("the config is \(size) bytes; a \(fileName) is a few lines of YAML", at: start)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError("cannot read the config file; check the path and its permissions", at: start)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError("the config is not UTF-8 text; save it as UTF-8 YAML", at: start)
        }
        return try parse(text, file: path, knownRuleIDs: knownRuleIDs)
    }

    /// Parses config text; `file` is used in error messages only.
    public static func parse(_ text: String, file: String, knownRuleIDs: Set<String>? = nil) throws(InputError) -> ProjectConfig {
        let documents: [Value]
        do {
            // The scan's own parser and limits: a config comes from the repository, so it may be hostile too.
            documents = try DocumentParser(limits: ParseLimits(maxFileBytes: maxBytes, maxNodes: 100_000)).parse(text, file: file)
        } catch {
            // The parser's limit messages name scan flags, which do not apply to the config.
            throw InputError(
                error.exceedsLimit ? "the config nests or expands far beyond a few settings; remove its anchors and aliases" : "\(error.reason); fix the YAML syntax",
                at: error.location)
        }
        guard let root = documents.first else { return ProjectConfig() }
        if documents.count > 1 {
            throw InputError("the config must be one YAML document", at: documents[1].location)
        }
        let reader = ConfigReader(knownRuleIDs: knownRuleIDs)
        return try reader.read(root)
    }
}

/// Walks the parsed YAML, checking each key's shape and pointing at the line of anything wrong.
private struct ConfigReader {
    var knownRuleIDs: Set<String>?

    func read(_ root: Value) throws(InputError) -> ProjectConfig {
        guard case .mapping(let entries) = root.content else {
            throw InputError("the config must be a mapping of \(ProjectConfig.keys.joined(separator: ", "))", at: root.location)
        }
        var config = ProjectConfig()
        for entry in entries {
            let (key, value) = (entry.key, entry.value)
            switch key {
            case "skip-rules":
                config.skipRules = try strings(value, key: key).map { element throws(InputError) in try ruleID(element.string ?? "", at: element.location) }
            case "severity":
                guard case .mapping(let overrides) = value.content else {
                    throw InputError("severity must map rule ids to levels, e.g. `severity: {rule-id: low}`", at: value.location)
                }
                for override in overrides {
                    config.severityOverrides[try ruleID(override.key, at: override.keyLocation)] = try severity(override.value)
                }
            case "ignore-paths":
                config.ignorePaths = try strings(value, key: key).map { PathPattern($0.string ?? "") }
            case "fail-on":
                let text = try scalar(value, key: key)
                guard let threshold = FailThreshold(text) else {
                    throw InputError("fail-on '\(text)' is not a level; use \(FailThreshold.names.joined(separator: ", "))", at: value.location)
                }
                config.failOn = threshold
            case "min-severity":
                config.minSeverity = try severity(value)
            default:
                throw InputError("unknown key '\(key)'; the config accepts \(ProjectConfig.keys.joined(separator: ", "))", at: entry.keyLocation)
            }
        }
        return config
    }

    /// A list of scalars; a single scalar is accepted as a one-element list.
    func strings(_ value: Value, key: String) throws(InputError) -> [Value] {
        let elements: [Value]
        if case .sequence(let list) = value.content { elements = list } else { elements = [value] }
        for element in elements where element.string?.isEmpty != false {
            throw InputError("\(key) must be a list of strings", at: element.location)
        }
        return elements
    }

    func scalar(_ value: Value, key: String) throws(InputError) -> String {
        guard let text = value.string, !text.isEmpty else {
            throw InputError("\(key) must be a single value", at: value.location)
        }
        return text
    }

    func ruleID(_ id: String, at location: SourceLocation) throws(InputError) -> String {
        guard !id.isEmpty else {
            throw InputError("expected a rule id", at: location)
        }
        if let knownRuleIDs, !knownRuleIDs.contains(id) {
            throw InputError("unknown rule '\(id)'; run `perimeter rules` to list rule ids", at: location)
        }
        return id
    }

    func severity(_ value: Value) throws(InputError) -> Severity {
        let text = value.string ?? ""
        guard let severity = Severity(rawValue: text) else {
            let names = Severity.allCases.reversed().map(\.rawValue).joined(separator: ", ")
            throw InputError("'\(text)' is not a severity; use \(names)", at: value.location)
        }
        return severity
    }
}
