import Foundation
import Yams

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
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            let parseError = DocumentParser.parseError(error, file: file)
            throw InputError("\(parseError.reason); fix the YAML syntax", at: parseError.location)
        } catch {
            throw InputError("cannot parse the config: \(error)", at: SourceLocation(file: file, line: 1))
        }
        guard let root else { return ProjectConfig() }
        let reader = ConfigReader(file: file, knownRuleIDs: knownRuleIDs)
        return try reader.read(root)
    }
}

/// Walks the composed YAML, checking each key's shape and pointing at the line of anything wrong.
private struct ConfigReader {
    var file: String
    var knownRuleIDs: Set<String>?

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    func read(_ root: Node) throws(InputError) -> ProjectConfig {
        guard let mapping = root.mapping else {
            throw InputError("the config must be a mapping of \(ProjectConfig.keys.joined(separator: ", "))", at: location(root))
        }
        var config = ProjectConfig()
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            switch key {
            case "skip-rules":
                config.skipRules = try strings(value, key: key).map { node throws(InputError) in try ruleID(node) }
            case "severity":
                guard let overrides = value.mapping else {
                    throw InputError("severity must map rule ids to levels, e.g. `severity: {rule-id: low}`", at: location(value))
                }
                for (ruleNode, levelNode) in overrides {
                    config.severityOverrides[try ruleID(ruleNode)] = try severity(levelNode)
                }
            case "ignore-paths":
                config.ignorePaths = try strings(value, key: key).map { PathPattern($0.scalar?.string ?? "") }
            case "fail-on":
                let text = try scalar(value, key: key)
                guard let threshold = FailThreshold(text) else {
                    throw InputError("fail-on '\(text)' is not a level; use \(FailThreshold.names.joined(separator: ", "))", at: location(value))
                }
                config.failOn = threshold
            case "min-severity":
                config.minSeverity = try severity(value)
            default:
                throw InputError(
                    "unknown key '\(key)'; the config accepts \(ProjectConfig.keys.joined(separator: ", "))", at: location(keyNode))
            }
        }
        return config
    }

    /// A list of scalars; a single scalar is accepted as a one-element list.
    func strings(_ node: Node, key: String) throws(InputError) -> [Node] {
        let elements = node.sequence.map(Array.init) ?? [node]
        for element in elements where element.scalar == nil || element.scalar?.string.isEmpty == true {
            throw InputError("\(key) must be a list of strings", at: location(element))
        }
        return elements
    }

    func scalar(_ node: Node, key: String) throws(InputError) -> String {
        guard let text = node.scalar?.string, !text.isEmpty else {
            throw InputError("\(key) must be a single value", at: location(node))
        }
        return text
    }

    func ruleID(_ node: Node) throws(InputError) -> String {
        guard let id = node.scalar?.string, !id.isEmpty else {
            throw InputError("expected a rule id", at: location(node))
        }
        if let knownRuleIDs, !knownRuleIDs.contains(id) {
            throw InputError("unknown rule '\(id)'; run `perimeter rules` to list rule ids", at: location(node))
        }
        return id
    }

    func severity(_ node: Node) throws(InputError) -> Severity {
        let text = node.scalar?.string ?? ""
        guard let severity = Severity(rawValue: text) else {
            let names = Severity.allCases.reversed().map(\.rawValue).joined(separator: ", ")
            throw InputError("'\(text)' is not a severity; use \(names)", at: location(node))
        }
        return severity
    }
}
