import Foundation
import Testing

@testable import PerimeterKit

/// A scan of a repository holding hostile files must finish quickly, report each bad file with its
/// line, and still read the good files beside it. Fixtures are generated here into a temporary folder.
@Suite(.timeLimit(.minutes(1)))
struct HostileInputTests {
    /// A hostile file, the line its diagnostic must name, and words the message must contain.
    struct Case: CustomTestStringConvertible, Sendable {
        var label: String
        var file: String
        var contents: @Sendable () -> Data
        var lines: ClosedRange<Int>
        var message: String

        var testDescription: String { label }
    }

    static let goodTemplate = """
        AWSTemplateFormatVersion: '2010-09-09'
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
        """

    static func text(_ string: String) -> @Sendable () -> Data { { Data(string.utf8) } }

    static let bomb: String = {
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        var lines = ["service: laughs", "provider:", "  name: aws", "custom:", "  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        for level in 1..<names.count {
            lines.append("  \(names[level]): &\(names[level]) [" + Array(repeating: "*\(names[level - 1])", count: 9).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    static let cases: [Case] = [
        // 9^9 nodes once expanded; the node budget stops it while expanding `g` (line 11), the first
        // entry past a million nodes.
        Case(label: "billion laughs", file: "serverless.yml", contents: text(bomb), lines: 11...11, message: "nodes"),
        Case(
            label: "alias as a key", file: "serverless.yml",
            contents: text("service: keys\nprovider:\n  name: aws\ncustom:\n  base: &base {a: 1}\n  *base : oops\n"), lines: 6...6, message: "alias"),
        Case(
            label: "alias inside a flow key", file: "serverless.yml",
            contents: text("service: keys\nprovider:\n  name: aws\ncustom:\n  base: &base [1, 2]\n  [*base, 3]: oops\n"), lines: 6...6, message: "alias"),
        Case(
            label: "alias inside an explicit key", file: "serverless.yml",
            contents: text("service: keys\nprovider:\n  name: aws\ncustom:\n  base: &base [1, 2]\n  ? - x\n    - *base\n  : oops\n"), lines: 7...7,
            message: "alias"),
        Case(
            label: "block sequences nested 10,000 deep", file: "serverless.yml",
            contents: text("service: deep\nprovider:\n  name: aws\ncustom:\n  " + String(repeating: "- ", count: 10_000) + "x\n"), lines: 5...5, message: "nesting"),
        Case(
            label: "block mappings nested 1,100 deep", file: "serverless.yml",
            contents: text("service: deep\nprovider:\n  name: aws\n" + (0..<1_100).map { String(repeating: " ", count: $0) + "a:" }.joined(separator: "\n") + " x\n"),
            lines: 200...1_104, message: "nesting"),
        Case(
            label: "flow sequences nested 10,000 deep", file: "serverless.yml",
            contents: text("service: deep\nprovider: {name: aws}\ncustom: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"),
            lines: 3...3, message: "nesting"),
        Case(
            label: "JSON objects nested 10,000 deep", file: "template.json",
            contents: text(
                "{\"AWSTemplateFormatVersion\": \"2010-09-09\",\n\"Metadata\": " + String(repeating: "{\"a\":", count: 10_000) + "1"
                    + String(repeating: "}", count: 10_000) + "}\n"),
            lines: 2...2, message: "nesting"),
        Case(
            label: "invalid UTF-8 mid-file", file: "serverless.yml",
            contents: { Data("service: bytes\nprovider:\n  name: aws\ncustom:\n  note: caf".utf8) + Data([0xC3, 0x28, 0xFF]) + Data("\n  other: fine\n".utf8) },
            lines: 5...5, message: "UTF-8"),
        Case(
            label: "NUL bytes", file: "serverless.yml",
            contents: { Data("service: nul\nprovider:\n  name: aws\n  runtime: node".utf8) + Data([0, 0, 0]) + Data("js20.x\n".utf8) }, lines: 4...4,
            message: "NUL"),
        Case(
            label: "duplicate keys", file: "serverless.yml",
            contents: text("service: twice\nprovider:\n  name: aws\nfunctions:\n  hello:\n    handler: a.handler\n  hello:\n    handler: b.handler\n"),
            lines: 5...7, message: "duplicate"),
        Case(
            label: "binary file named serverless.yml", file: "serverless.yml",
            contents: { Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + Data((0..<4_096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }) },
            lines: 1...2, message: "UTF-8"),
        Case(
            label: "Resources is a string", file: "template.yaml",
            contents: text("AWSTemplateFormatVersion: '2010-09-09'\nDescription: broken\nResources: not a mapping\n"), lines: 3...3, message: "Resources"),
        Case(
            label: "alias chain nested 900,000 deep", file: "serverless.yml",
            contents: text(aliasChain(anchors: 6_000, depth: 150)), lines: 6...6, message: "nesting"),
    ]

    /// Each anchor wraps the previous one 150 levels deep: nothing in the text is deep, but the
    /// composed tree is, and freeing it recursively overflowed the 64 MB parse stack.
    static func aliasChain(anchors: Int, depth: Int) -> String {
        let open = String(repeating: "[", count: depth)
        let close = String(repeating: "]", count: depth)
        var lines = ["service: chain", "provider:", "  name: aws", "custom:", "  a0: &a \(open)x\(close)"]
        for index in 1..<anchors { lines.append("  a\(index): &a \(open)*a\(close)") }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("a hostile file gives a diagnostic with its line, quickly, and its neighbours still load", arguments: cases)
    func hostileFile(_ hostile: Case) throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write(hostile.file, hostile.contents())
        try folder.write("good.yaml", Data(Self.goodTemplate.utf8))

        let (result, seconds) = folder.timedScan()

        #expect(seconds < 5, "scan took \(seconds) s")
        let diagnostics = result.diagnostics.filter { $0.location.file == folder.path(hostile.file) }
        #expect(diagnostics.count == 1, "\(result.diagnostics)")
        for diagnostic in diagnostics {
            #expect(hostile.lines.contains(diagnostic.location.line), "\(diagnostic)")
            #expect(diagnostic.message.localizedCaseInsensitiveContains(hostile.message), "\(diagnostic)")
        }
        #expect(result.files[folder.path("good.yaml")] != nil, "the good template beside it was not read")
        #expect(!result.diagnostics.contains { $0.location.file == folder.path("good.yaml") })
    }

    @Test("a file over the size limit is rejected from its size, without reading it")
    func oversizedFile() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("serverless.yml", Data("service: huge\nprovider:\n  name: aws\n".utf8))
        // Sparse: 100 MB long without writing 100 MB.
        let handle = try FileHandle(forWritingTo: folder.url("serverless.yml"))
        try handle.truncate(atOffset: 100_000_000)
        try handle.close()
        try folder.write("good.yaml", Data(Self.goodTemplate.utf8))

        let (result, seconds) = folder.timedScan()

        #expect(seconds < 5, "scan took \(seconds) s")
        #expect(result.diagnostics.map(\.location) == [SourceLocation(file: folder.path("serverless.yml"), line: 1)])
        #expect(result.diagnostics.first?.message.contains("100000000 bytes") == true, "\(result.diagnostics)")
        #expect(result.files[folder.path("good.yaml")] != nil)
    }

    @Test("a multi-document stream loads, and its first template document is the one used")
    func multiDocument() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let stream = "# settings for another tool\nfoo: bar\n---\nservice: first\nprovider:\n  name: aws\n---\nservice: second\nprovider:\n  name: aws\n"
        try folder.write("serverless.yml", Data(stream.utf8))

        let (result, seconds) = folder.timedScan()

        #expect(seconds < 5)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let file = try #require(result.files[folder.path("serverless.yml")])
        #expect(file.documents.count == 3)
        #expect(file.kind == .serverlessFramework)
        #expect(result.application.templates.map(\.name) == ["first"])
    }

    /// Files that parse but are not templates: a file named like a template must still say why it was not read.
    static let notTemplates: [Case] = [
        Case(label: "empty serverless.yml", file: "serverless.yml", contents: text(""), lines: 1...1, message: "not a Serverless Framework service"),
        Case(label: "top level is a scalar", file: "serverless.yml", contents: text("just a sentence\n"), lines: 1...1, message: "not a Serverless Framework service"),
        Case(label: "top level is a list", file: "serverless.yml", contents: text("- service: a\n- provider: b\n"), lines: 1...1, message: "not a Serverless Framework service"),
    ]

    @Test("a template-named file that is not a template gives a diagnostic", arguments: notTemplates)
    func notATemplate(_ hostile: Case) throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write(hostile.file, hostile.contents())
        try folder.write("good.yaml", Data(Self.goodTemplate.utf8))

        let (result, seconds) = folder.timedScan()

        #expect(seconds < 5)
        #expect(result.files[folder.path("good.yaml")] != nil)
        #expect(!result.application.templates.contains { $0.file == folder.path(hostile.file) })
        let diagnostics = result.diagnostics.filter { $0.location.file == folder.path(hostile.file) }
        #expect(diagnostics.count == 1, "\(result.diagnostics)")
        #expect(diagnostics.allSatisfy { hostile.lines.contains($0.location.line) && $0.message.contains(hostile.message) })
    }

    static let nested = "service: nested\nprovider:\n  name: aws\n  tags:\n    team: orders\n"

    @Test("serverless.* files the framework does not read as its configuration are skipped quietly unless they are a service")
    func otherServerlessNames() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("serverless.template.yml", Data("name: aws-node-http-api\norg: serverlessinc\nlicense: MIT\n".utf8))
        try folder.write("serverless.dev.yml", Data("service: dev\nprovider:\n  name: aws\nfunctions:\n  hello:\n    handler: h.main\n".utf8))

        let result = ScanPipeline(options: ScanOptions(paths: [folder.path("")])).scan(rules: [])

        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.files.keys.sorted() == [folder.path("serverless.dev.yml")])
        #expect(result.application.functions.map(\.name) == ["hello"])
    }

    @Test("a template with a duplicate key is reported and still scanned, with the last value")
    func duplicateKeyStillScanned() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let template =
            "service: twice\nprovider:\n  name: aws\nfunctions:\n  hello:\n    handler: a.handler\n    runtime: nodejs22.x\n  hello:\n    handler: b.handler\n    runtime: nodejs12.x\n"
        try folder.write("serverless.yml", Data(template.utf8))

        let result = ScanPipeline(options: ScanOptions(paths: [folder.path("")])).scan(rules: [DeprecatedRuntime.self])

        #expect(result.diagnostics.map(\.location.line) == [8])
        #expect(result.diagnostics.first?.message.contains("duplicate key 'hello'") == true)
        #expect(result.application.functions.map(\.name) == ["hello"])
        #expect(result.findings.map(\.ruleID) == ["deprecated-runtime"])
        #expect(result.findings.first?.location.line == 10)
    }

    @Test("lowering maxDepth rejects an ordinary file at its deepest line")
    func lowerDepthLimit() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("serverless.yml", Data(Self.nested.utf8))

        let strict = folder.timedScan(limits: ParseLimits(maxDepth: 2)).result
        let normal = folder.timedScan().result

        #expect(strict.diagnostics.map(\.location.line) == [5])
        #expect(strict.diagnostics.first?.message.contains("nesting deeper than 2 levels") == true)
        #expect(normal.diagnostics.isEmpty)
        #expect(normal.files[folder.path("serverless.yml")] != nil)
    }

    @Test("raising maxDepth accepts a file deeper than the default")
    func raiseDepthLimit() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let deep = "service: deep\nprovider:\n  name: aws\ncustom: " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "\n"
        try folder.write("serverless.yml", Data(deep.utf8))

        let byDefault = folder.timedScan().result
        let raised = folder.timedScan(limits: ParseLimits(maxDepth: 400)).result

        #expect(byDefault.diagnostics.map(\.location.line) == [4])
        #expect(raised.diagnostics.isEmpty, "\(raised.diagnostics)")
        #expect(raised.files[folder.path("serverless.yml")] != nil)
    }

    @Test("node and size limits are configurable")
    func otherLimits() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("serverless.yml", Data(Self.nested.utf8))

        let fewNodes = folder.timedScan(limits: ParseLimits(maxNodes: 4)).result
        let smallFiles = folder.timedScan(limits: ParseLimits(maxFileBytes: 20)).result

        #expect(fewNodes.diagnostics.count == 1 && fewNodes.diagnostics.first?.message.contains("more than 4 nodes") == true, "\(fewNodes.diagnostics)")
        #expect(smallFiles.diagnostics.count == 1 && smallFiles.diagnostics.first?.message.contains("20-byte limit") == true, "\(smallFiles.diagnostics)")
    }

    @Test("a symlink out of the scan root is not followed; a file linked inside it is read once, by its own name")
    func symlinks() throws {
        let outside = try Folder()
        defer { outside.remove() }
        try outside.write("template.yaml", Data(Self.goodTemplate.utf8))
        try outside.write("broken/serverless.yml", Data("service: [unclosed\n".utf8))
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("stacks/real.yaml", Data(Self.goodTemplate.utf8))
        let manager = FileManager.default
        try manager.createSymbolicLink(at: folder.url("escape.yaml"), withDestinationURL: outside.url("template.yaml"))
        try manager.createSymbolicLink(at: folder.url("serverless.yml"), withDestinationURL: outside.url("broken/serverless.yml"))
        try manager.createSymbolicLink(at: folder.url("outside"), withDestinationURL: outside.root)
        try manager.createSymbolicLink(at: folder.url("alias.yaml"), withDestinationURL: folder.url("stacks/real.yaml"))

        let result = folder.timedScan().result

        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.files.keys.sorted() == [folder.path("stacks/real.yaml")])
    }
}

/// A temporary folder of raw files (bytes, not text, so a test can write invalid UTF-8).
private struct Folder {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("perimeter-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func url(_ name: String) -> URL { root.appendingPathComponent(name) }

    /// The path a scan of this folder shows for a file in it.
    func path(_ name: String) -> String { root.path + "/" + name }

    func write(_ name: String, _ data: Data) throws {
        try FileManager.default.createDirectory(at: url(name).deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url(name))
    }

    func timedScan(limits: ParseLimits = ParseLimits()) -> (result: ScanPipeline.Result, seconds: Double) {
        let clock = ContinuousClock()
        var result: ScanPipeline.Result?
        let elapsed = clock.measure {
            result = ScanPipeline(options: ScanOptions(paths: [root.path + "/"], limits: limits)).scan()
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        // `measure` always runs its closure.
        return (result ?? ScanPipeline(options: ScanOptions(paths: [])).scan(rules: []), seconds)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
