import Foundation
import Testing

@testable import PerimeterKit

/// Scans the shared corpus of real applications (`<repo>/../shared/corpus`, 772 templates) with every
/// rule: no crash, and every template is either loaded or rejected with a diagnostic.
struct CorpusTests {
    /// The repository's parent holds `shared/`, locally and in CI alike.
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus").standardizedFileURL

    /// Share of the corpus's templates that must load without a diagnostic.
    static let minimumLoadedShare = 0.97

    @Test("every corpus template loads or has a diagnostic")
    func scanCorpus() throws {
        let root = Self.corpus.path
        try #require(FileManager.default.fileExists(atPath: root), "no corpus at \(root)")
        let expected = try Self.templateFiles(under: root)

        let result = ScanPipeline(options: ScanOptions(paths: [root + "/"])).scan()

        let app = result.application
        let loaded = Set(app.templates.map(\.file))
        let diagnosed = Set(app.diagnostics.map(\.location.file))
        let unaccounted = expected.filter { !loaded.contains($0) && !diagnosed.contains($0) }
        #expect(unaccounted.isEmpty, "neither loaded nor diagnosed: \(unaccounted.prefix(20))")
        let loadedCleanly = expected.filter { loaded.contains($0) && !diagnosed.contains($0) }
        let share = Double(loadedCleanly.count) / Double(max(expected.count, 1))
        #expect(share >= Self.minimumLoadedShare, "\(loadedCleanly.count) of \(expected.count) templates loaded cleanly")

        let byOrigin = Dictionary(grouping: app.templates, by: \.origin).mapValues(\.count)
        let byRule = Dictionary(grouping: result.findings, by: \.ruleID).mapValues(\.count)
        print("corpus: \(expected.count) template files, \(loadedCleanly.count) loaded cleanly (\(String(format: "%.1f", share * 100))%)")
        print("templates by origin: " + byOrigin.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", "))
        print("functions \(app.functions.count), roles \(app.roles.count), APIs \(app.apis.count), resources \(app.resources.count), diagnostics \(app.diagnostics.count)")
        print("findings \(result.findings.count): " + byRule.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        for diagnostic in result.diagnostics {
            print("  \(diagnostic.location.file.dropFirst(root.count + 1)):\(diagnostic.location.line): \(diagnostic.message)")
        }
    }

    /// Files that declare themselves templates, as the scan shows their paths: named `serverless.yml`/`.yaml`,
    /// or YAML/JSON with an `AWSTemplateFormatVersion` key or an `AWS::Serverless` transform or type. Folders
    /// and files that discovery never reads (hidden, `node_modules`, lockfiles...) are left out.
    static func templateFiles(under root: String) throws -> [String] {
        let marker = try Regex(#"AWSTemplateFormatVersion["']?\s*:|AWS::Serverless-2016-10-31|Type["']?\s*:\s*["']?AWS::Serverless::"#)
        let names = try FileManager.default.subpathsOfDirectory(atPath: root)
        return names.sorted().compactMap { name -> String? in
            let components = name.split(separator: "/").map(String.init)
            let folders = components.dropLast()
            if folders.contains(where: { $0.hasPrefix(".") || FileDiscovery.skippedFolders.contains($0) }) { return nil }
            let lower = (components.last ?? "").lowercased()
            if FileDiscovery.skippedFiles.contains(lower) { return nil }
            let path = root + "/" + name
            if lower == "serverless.yml" || lower == "serverless.yaml" { return path }
            guard [".yml", ".yaml", ".json", ".template"].contains(where: lower.hasSuffix),
                let text = try? String(contentsOfFile: path, encoding: .utf8)
            else { return nil }
            return text.contains(marker) ? path : nil
        }
    }
}
