import Foundation

@testable import PerimeterKit

/// A throwaway folder holding an example application, scanned like a user's repository.
struct TemporaryApp {
    let root: URL

    /// Writes the files (names may contain folders) and strips `↓` markers, returning where they were.
    init(files: [(name: String, contents: String)]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("perimeter-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (name, contents) in files {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Self.stripMarkers(contents).text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    /// The (file, line) pairs marked with `↓` in the given files.
    static func markedLines(in files: [(name: String, contents: String)]) -> [String] {
        files.flatMap { file in stripMarkers(file.contents).lines.map { "\(file.name):\($0)" } }.sorted()
    }

    static func stripMarkers(_ text: String) -> (text: String, lines: [Int]) {
        var lines: [Int] = []
        var output: [String] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.contains(RuleExample.marker) {
                lines.append(index + 1)
                output.append(line.replacingOccurrences(of: String(RuleExample.marker), with: ""))
            } else {
                output.append(String(line))
            }
        }
        return (output.joined(separator: "\n"), lines)
    }

    /// Scans the folder from inside it, so findings carry paths relative to it.
    func scan(rules: [any Rule.Type] = RuleRegistry.all, options: ScanOptions = ScanOptions()) -> ScanPipeline.Result {
        var options = options
        options.paths = [root.path + "/"]
        let result = ScanPipeline(options: options).scan(rules: rules)
        return result
    }

    /// Discovers, parses, loads and analyses the folder like a scan, without running rules.
    func load(options: ScanOptions = ScanOptions()) -> Application {
        var options = options
        options.paths = [root.path + "/"]
        return ScanPipeline(options: options).load().0
    }

    /// `file:line` of each finding, relative to the app's root.
    func findingLines(_ result: ScanPipeline.Result) -> [String] {
        result.findings.map { "\(relative($0.location.file)):\($0.location.line)" }.sorted()
    }

    func relative(_ path: String) -> String {
        let prefix = root.path + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
