import Foundation

/// SARIF 2.1.0 for code-scanning services (GitHub, GitLab, Azure DevOps). URIs are relative to
/// `%SRCROOT%`, the checkout, so results land on the right lines wherever the scan ran.
public struct SARIFReporter: Reporter {
    public static let sourceRootID = "%SRCROOT%"

    /// Absolute folder that absolute scan paths are made relative to; relative paths are left as given.
    public var sourceRoot: String?

    public init(sourceRoot: String? = nil) {
        self.sourceRoot = sourceRoot
    }

    public func render(_ report: ScanReport) -> String {
        let indexes = Dictionary(report.rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let run = SARIFLog.Run(
            tool: SARIFLog.Tool(
                driver: SARIFLog.Driver(
                    name: "Perimeter", version: PerimeterVersion.current, semanticVersion: PerimeterVersion.current,
                    informationUri: PerimeterVersion.informationURI, rules: report.rules.map(Self.descriptor))),
            results: SplicedArray(report.findings) { result($0, ruleIndex: indexes[$0.ruleID]) },
            invocations: [
                SARIFLog.Invocation(
                    executionSuccessful: report.diagnostics.isEmpty,
                    toolExecutionNotifications: report.diagnostics.map(notification))
            ])
        return ReportEncoder.encode(SARIFLog(runs: [run]))
    }

    static func descriptor(_ rule: RuleDescription) -> SARIFLog.ReportingDescriptor {
        var tags = ["security", rule.practice.rawValue]
        if let cwe = rule.cwe {
            tags.append(cwe)
            // GitHub code scanning reads CWE ids in this form.
            let number = cwe.uppercased().hasPrefix("CWE-") ? String(cwe.dropFirst(4)) : cwe
            tags.append("external/cwe/cwe-\(number)")
        }
        let text = "\(rule.fix)\n\nBefore:\n\(rule.fixBefore)\n\nAfter:\n\(rule.fixAfter)"
        let markdown = "**Fix:** \(rule.fix)\n\nBefore:\n\n```yaml\n\(rule.fixBefore)\n```\n\nAfter:\n\n```yaml\n\(rule.fixAfter)\n```"
        return SARIFLog.ReportingDescriptor(
            id: rule.id, name: upperCamel(rule.id), shortDescription: .init(text: rule.title),
            fullDescription: .init(text: rule.rationale), help: .init(text: text, markdown: markdown),
            defaultConfiguration: .init(level: level(rule.severity)),
            properties: .init(tags: tags, securitySeverity: rule.severity.securityScore, precision: "high"))
    }

    func result(_ finding: Finding, ruleIndex: Int?) -> SARIFLog.Result {
        let related = finding.notes.enumerated().map { index, note in
            SARIFLog.Location(id: index + 1, message: .init(text: note.message), physicalLocation: physical(note.location, snippet: nil))
        }
        let steps = finding.flow.map { hop in
            SARIFLog.ThreadFlowLocation(location: SARIFLog.Location(message: .init(text: hop.message), physicalLocation: physical(hop.location, snippet: nil)))
        }
        return SARIFLog.Result(
            ruleId: finding.ruleID, ruleIndex: ruleIndex, level: Self.level(finding.severity), message: .init(text: finding.message),
            locations: [SARIFLog.Location(physicalLocation: physical(finding.location, snippet: finding.excerpt))],
            relatedLocations: related.isEmpty ? nil : related,
            codeFlows: steps.isEmpty ? nil : [SARIFLog.CodeFlow(threadFlows: [SARIFLog.ThreadFlow(locations: steps)])],
            partialFingerprints: ["perimeterFingerprint/v1": finding.fingerprint])
    }

    func notification(_ diagnostic: Diagnostic) -> SARIFLog.Notification {
        SARIFLog.Notification(
            level: "error", message: .init(text: diagnostic.message),
            locations: [SARIFLog.Location(physicalLocation: physical(diagnostic.location, snippet: nil, column: false))])
    }

    func physical(_ location: SourceLocation, snippet: String?, column: Bool = true) -> SARIFLog.PhysicalLocation {
        let (uri, base) = artifactURI(location.file)
        return SARIFLog.PhysicalLocation(
            artifactLocation: .init(uri: uri, uriBaseId: base),
            region: .init(startLine: max(1, location.line), startColumn: column ? max(1, location.column) : nil, snippet: snippet.map { .init(text: $0) }))
    }

    /// A displayed path as a URI reference: relative ones (with forward slashes, percent-encoded) are
    /// based on `%SRCROOT%`; absolute ones outside `sourceRoot` become `file://` URIs.
    func artifactURI(_ path: String) -> (uri: String, baseID: String?) {
        var path = path.replacingOccurrences(of: "\\", with: "/")
        while path.hasPrefix("./") { path.removeFirst(2) }
        if path.hasPrefix("/"), let sourceRoot {
            let root = sourceRoot.hasSuffix("/") ? sourceRoot : sourceRoot + "/"
            if path.hasPrefix(root) { path.removeFirst(root.count) }
        }
        let encoded = path.addingPercentEncoding(withAllowedCharacters: Self.pathCharacters) ?? path
        return path.hasPrefix("/") ? ("file://" + encoded, nil) : (encoded, Self.sourceRootID)
    }

    /// Path characters that need no escaping in a URI (RFC 3986 `pchar` plus `/`).
    private static let pathCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/")

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .critical, .high: "error"
        case .medium: "warning"
        case .low, .info: "note"
        }
    }

    /// `function-url-without-auth` → `FunctionUrlWithoutAuth`.
    static func upperCamel(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
