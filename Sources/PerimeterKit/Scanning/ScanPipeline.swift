import Foundation

/// The pipeline: discover → parse → load → evaluate. Filtering and reporting are the caller's.
public struct ScanPipeline: Sendable {
    public var options: ScanOptions

    public init(options: ScanOptions) {
        self.options = options
    }

    /// What a scan produced before filtering.
    public struct Result: Sendable {
        public var application: Application
        public var findings: [Finding]
        public var files: [String: SourceFile]
        public var diagnostics: [Diagnostic] { application.diagnostics.sorted { $0.location < $1.location } }
    }

    /// Discovers, parses and loads every template into one model.
    public func load() -> (Application, [String: SourceFile]) {
        // The action catalogue loads on its own thread while files are found and parsed.
        let catalogue = Thread { _ = ActionIndex.shared }
        catalogue.start()
        let discovery = FileDiscovery(ignoredPathPrefixes: options.ignoredPaths)
        let (candidates, missing) = discovery.candidates(in: options.paths)
        let parser = DocumentParser(limits: options.limits)
        let parsed = ParallelMap.map(candidates) { candidate in Self.read(candidate, parser: parser) }
        var application = Application(diagnostics: missing)
        application.scanDate = options.asOf ?? Date()
        var files: [String: SourceFile] = [:]
        let loadable = parsed.compactMap { outcome -> SourceFile? in
            switch outcome {
            case .skipped: return nil
            case .failed(let diagnostic):
                application.diagnostics.append(diagnostic)
                return nil
            case .parsed(let file, let problems):
                application.diagnostics += problems
                return file
            }
        }
        for file in loadable { files[file.displayPath] = file }
        let options = self.options
        let loaded = ParallelMap.map(loadable) { file in TemplateLoader(options: options).load(file) }
        for part in loaded { application.merge(part) }
        // Analyse: enrich the model with what rules need beyond the templates.
        let loadedApplication = application
        let (permissions, inventory) = ParallelMap.pair(
            {
                let analyzer = PermissionAnalyzer()
                return (analyzer.permissions(of: loadedApplication), analyzer.serviceRolePermissions(of: loadedApplication))
            }, { PolicyInventory(loadedApplication) })
        (application.permissions, application.serviceRolePermissions) = permissions
        application.policyInventory = inventory
        return (application, files)
    }

    /// Runs the given rules (all by default) over everything under the scan paths.
    public func scan(rules: [any Rule.Type] = RuleRegistry.all) -> Result {
        let (application, files) = load()
        // Rules are pure functions of the model, so they run side by side; the sort below keeps output stable.
        let scheduled = rules.filter { $0.walksEveryValue } + rules.filter { !$0.walksEveryValue }
        var findings = ParallelMap.map(scheduled, stackSize: 8 << 20) { rule in rule.init().findings(in: application) }.flatMap { $0 }
        // Sorted, then exact repeats dropped (two rules never share an id, but one rule may meet a value twice).
        findings = Finding.inReportOrder(findings)
        findings = findings.enumerated().filter { $0.offset == 0 || findings[$0.offset - 1] != $0.element }.map(\.element)
        let secretRules = Set(rules.filter { $0.description.practice == .secrets }.map { $0.description.id })
        findings = Self.quoting(findings, from: files, secretRules: secretRules)
        findings = findings.filter { !InlineSuppression.suppresses($0, in: files[$0.location.file]) }
        return Result(application: application, findings: findings, files: files)
    }

    /// The findings with the source line each lands on, redacted. Many findings quote the same line (a
    /// function key carries a dozen), so each line is read and redacted once, the lines side by side.
    static func quoting(_ findings: [Finding], from files: [String: SourceFile], secretRules: Set<String>) -> [Finding] {
        struct Quote: Hashable, Sendable {
            var file: String
            var line: Int
            /// Findings of the secrets practice have the value part of their line cut whatever it holds.
            var redactsValue: Bool
        }
        let quotes = findings.map { Quote(file: $0.location.file, line: $0.location.line, redactsValue: secretRules.contains($0.ruleID)) }
        let distinct = Array(Set(quotes))
        let excerpts = ParallelMap.map(distinct, stackSize: 1 << 20) { quote in
            files[quote.file]?.line(quote.line).map { ExcerptRedaction.redact($0, alwaysRedactValue: quote.redactsValue) }
        }
        let excerptOfQuote = Dictionary(uniqueKeysWithValues: zip(distinct, excerpts))
        var quoted = findings
        for index in quoted.indices { quoted[index].excerpt = excerptOfQuote[quotes[index]] ?? nil }
        return quoted
    }

    enum ReadOutcome: Sendable {
        case skipped
        case failed(Diagnostic)
        /// Read and scanned, with what was wrong in it all the same (a duplicate key).
        case parsed(SourceFile, problems: [Diagnostic])
    }

    /// Names that declare a template whatever their content; other YAML/JSON files are read only
    /// when their text looks like one, and skipped quietly when they do not parse.
    static func isTemplateName(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent.lowercased()
        return isServerlessConfigName(name) || name.hasPrefix("template.") || name.hasSuffix(".template.json")
    }

    /// The names the Serverless Framework reads its configuration from (the YAML and JSON ones). Other
    /// `serverless.*` files (`serverless.template.yml`, the examples gallery's metadata) are read only when
    /// their content is a service.
    static func isServerlessConfigName(_ name: String) -> Bool {
        ["serverless.yml", "serverless.yaml", "serverless.json"].contains(name)
    }

    static func read(_ candidate: FileDiscovery.Candidate, parser: DocumentParser) -> ReadOutcome {
        let path = candidate.displayPath
        let named = isTemplateName(path)
        let start = SourceLocation(file: path, line: 1)
        let size = (try? FileManager.default.attributesOfItem(atPath: candidate.url.path)[.size] as? Int) ?? 0
        // Checked from the file's size before reading it: a huge file is never loaded.
        if let tooLarge = parser.sizeError(bytes: size, file: path) {
            return named ? .failed(Diagnostic(tooLarge.reason, at: tooLarge.location)) : .skipped
        }
        guard let data = FileManager.default.contents(atPath: candidate.url.path) else {
            return named ? .failed(Diagnostic("file could not be read", at: start)) : .skipped
        }
        let text: String
        do {
            text = try parser.text(of: data, file: path)
        } catch {
            return named ? .failed(Diagnostic(error.reason, at: error.location)) : .skipped
        }
        let looksLikeTemplate =
            text.containsBytes("AWSTemplateFormatVersion") || text.containsBytes("AWS::")
            || (text.containsBytes("service") && text.containsBytes("provider"))
        guard named || looksLikeTemplate else { return .skipped }
        let documents: [Value]
        let problems: [Diagnostic]
        do {
            let parsed = try parser.parseKeepingLastDuplicate(text, file: path)
            documents = parsed.documents
            problems = parsed.duplicateKeys.map { Diagnostic($0.reason, at: $0.location) }
        } catch {
            return named || text.containsBytes("AWSTemplateFormatVersion") || text.containsBytes("AWS::Serverless")
                ? .failed(Diagnostic(error.reason, at: error.location)) : .skipped
        }
        let kind = documents.lazy.compactMap { TemplateKind.classify($0, fileName: path) }.first
        guard kind != nil else {
            // A `serverless.*` file is the framework's configuration by name: say why it was not read.
            // Other names (`template.yaml` of some other tool) are skipped quietly.
            let isServerlessConfig = Self.isServerlessConfigName((path as NSString).lastPathComponent.lowercased())
            return isServerlessConfig
                ? .failed(Diagnostic("not a Serverless Framework service: expected a mapping with `service` and `provider`", at: start))
                : .skipped
        }
        return .parsed(
            SourceFile(
                displayPath: path, directory: candidate.url.deletingLastPathComponent().path, root: candidate.root.path,
                text: text, documents: documents, kind: kind), problems: problems)
    }
}
