import Foundation
import Testing

/// Runs the built `perimeter` binary (`swift build --build-tests` builds it) the way a user or CI does,
/// checking exit codes and one-line errors.
struct CommandLineTests {
    static let binary = SchemaValidator.repository.appendingPathComponent(".build/debug/perimeter")

    struct Run {
        var status: Int32
        var output: String
        var error: String
    }

    func perimeter(_ arguments: [String], in folder: URL) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["NO_COLOR": "1"]
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self), error: String(decoding: errorData, as: UTF8.self))
    }

    static let service = "service: shop\nprovider:\n  name: aws\nfunctions:\n  hello:\n    handler: h.main\n"
    /// A service every rule is happy with.
    static let hardenedService = """
        service: shop
        provider:
          name: aws
          runtime: nodejs24.x
          timeout: 10
          logRetentionInDays: 30
          tracing:
            lambda: true
          tags:
            team: payments
        functions:
          hello:
            handler: h.main
            role: arn:aws:iam::123456789012:role/hello
            onError: arn:aws:sqs:eu-west-1:123456789012:hello-dlq
            reservedConcurrency: 5
        """

    @Test("a readable folder without findings exits 0")
    func clean() throws {
        let app = try TemporaryApp(files: [("serverless.yml", Self.hardenedService)])
        defer { app.remove() }
        let run = try perimeter(["scan", "--format", "json", "--fail-on", "info"], in: app.root)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("\"total\" : 0") || run.output.contains("\"total\": 0"))
    }

    @Test("a file that does not parse exits 2 and is reported; the rest is still scanned")
    func diagnosticExitsTwo() throws {
        let app = try TemporaryApp(files: [("serverless.yml", Self.service), ("broken/serverless.yml", "service: x\nprovider: [\n")])
        defer { app.remove() }
        let run = try perimeter(["scan", "."], in: app.root)
        #expect(run.status == 2)
        #expect(run.output.contains("broken/serverless.yml:3: invalid YAML"))

        let sarif = try perimeter(["scan", "--format", "sarif", "--output", "out.sarif", "--fail-on", "none"], in: app.root)
        #expect(sarif.status == 2)
        #expect(sarif.error.contains("perimeter: error: broken/serverless.yml:3: invalid YAML"))
        #expect(FileManager.default.fileExists(atPath: app.root.appendingPathComponent("out.sarif").path))
    }

    @Test(
        "usage errors are one line on stderr and exit 2",
        arguments: [
            (["scan", "--rule", "no-such-rule"], "perimeter: error: --rule: unknown rule 'no-such-rule'"),
            (["scan", "--skip-rule", "no-such-rule"], "perimeter: error: --skip-rule: unknown rule 'no-such-rule'"),
            (["scan", "--format", "xml"], "perimeter: error: "),
            (["scan", "--fail-on", "sometimes"], "perimeter: error: "),
            (["scan", "--param", "novalue"], "perimeter: error: --param 'novalue' is not key=value"),
            (["scan", "--max-depth", "20000"], "perimeter: error: --max-depth 20000 is over 10000"),
            (["scan", "--as-of", "23/11/2026"], "perimeter: error: --as-of '23/11/2026' is not a day"),
            (["scan", "--baseline", "missing.json"], "perimeter: error: missing.json:1: cannot read the baseline"),
            (["explain", "no-such-rule"], "perimeter: error: unknown rule 'no-such-rule'"),
        ])
    func usageErrors(arguments: [String], message: String) throws {
        let app = try TemporaryApp(files: [("serverless.yml", Self.service)])
        defer { app.remove() }
        let run = try perimeter(arguments, in: app.root)
        #expect(run.status == 2)
        #expect(run.error.hasPrefix(message), "\(run.error)")
        #expect(run.error.split(separator: "\n").count == 1, "\(run.error)")
    }

    @Test("a bad .perimeter.yml is an error naming its file and line")
    func badConfig() throws {
        let app = try TemporaryApp(files: [("serverless.yml", Self.service), (".perimeter.yml", "fail-on: high\nmin-severity: urgent\n")])
        defer { app.remove() }
        let run = try perimeter(["scan"], in: app.root)
        #expect(run.status == 2)
        #expect(run.error == "perimeter: error: .perimeter.yml:2: 'urgent' is not a severity; use critical, high, medium, low, info\n")
    }

    @Test("baseline writes a baseline file that scan accepts")
    func baseline() throws {
        let app = try TemporaryApp(files: [("serverless.yml", Self.service)])
        defer { app.remove() }
        let written = try perimeter(["baseline", ".", "--output", "base.json"], in: app.root)
        #expect(written.status == 0, "\(written.error)")
        let scan = try perimeter(["scan", ".", "--baseline", "base.json"], in: app.root)
        #expect(scan.status == 0, "\(scan.error)")
    }

    @Test("--as-of judges runtime deprecation on the given day, whatever the clock says")
    func asOf() throws {
        let service = "service: shop\nprovider:\n  name: aws\n  runtime: nodejs22.x\nfunctions:\n  hello:\n    handler: h.main\n"
        let app = try TemporaryApp(files: [("serverless.yml", service)])
        defer { app.remove() }
        let arguments = ["scan", ".", "--rule", "deprecated-runtime", "--format", "json", "--fail-on", "high"]
        let before = try perimeter(arguments + ["--as-of", "2026-06-01"], in: app.root)
        let warned = try perimeter(arguments + ["--as-of", "2027-01-15"], in: app.root)
        let after = try perimeter(arguments + ["--as-of", "2027-05-01"], in: app.root)
        #expect(before.status == 0 && !before.output.contains("deprecated-runtime"))
        #expect(warned.status == 0 && warned.output.contains("\"severity\" : \"medium\""), "\(warned.output)")
        #expect(after.status == 1 && after.output.contains("deprecated by AWS Lambda since 2027-04-30"), "\(after.output)")
    }

    @Test("rules lists as text and JSON")
    func rules() throws {
        let app = try TemporaryApp(files: [])
        defer { app.remove() }
        let text = try perimeter(["rules"], in: app.root)
        #expect(text.status == 0)
        #expect(text.output.hasPrefix("ID"))
        let json = try perimeter(["rules", "--format", "json"], in: app.root)
        #expect(json.status == 0)
        #expect((try JSONSerialization.jsonObject(with: Data(json.output.utf8))) is [Any])
    }

    @Test("permissions lists each function's role and grouped permissions, as text and as sorted JSON")
    func permissions() throws {
        let app = try TemporaryApp(files: [("serverless.yml", PermissionsReportTests.service)])
        defer { app.remove() }
        let text = try perimeter(["permissions"], in: app.root)
        #expect(text.status == 0, "\(text.error)")
        let lines = text.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "serverless.yml:17 createOrder  (role IamRoleLambdaExecution at serverless.yml:5, shared with getOrder)")
        #expect(lines.contains { $0.hasPrefix("  dynamodb  Write ") && $0.contains("BatchWriteItem, DeleteItem, PutItem (+1)") && $0.hasSuffix("on table OrdersTable") })
        #expect(lines.contains { $0.hasPrefix("  iam ") && $0.contains("PassRole") && $0.hasSuffix("on *  ⚠") })
        #expect(lines.contains("  unknown action dynamodb:GetItemz (serverless.yml:12): grants nothing"))
        #expect(lines.contains("serverless.yml:19 legacy  (external role arn:aws:iam::123456789012:role/legacy: permissions not visible)"))

        let json = try perimeter(["permissions", "--format", "json"], in: app.root)
        #expect(json.status == 0)
        let again = try perimeter(["permissions", "--format", "json"], in: app.root)
        #expect(json.output == again.output)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let functions = try #require(object["functions"] as? [[String: Any]])
        #expect(functions.map { $0["name"] as? String } == ["createOrder", "getOrder", "legacy"])
        let role = try #require(functions[0]["role"] as? [String: Any])
        #expect(role["sharedWith"] as? [String] == ["getOrder"])
        #expect(role["external"] as? Bool == false)
    }

    @Test("permissions exits 2 when a file cannot be read")
    func permissionsUnreadable() throws {
        let app = try TemporaryApp(files: [("serverless.yml", Self.service), ("broken/serverless.yml", "service: x\nprovider: [\n")])
        defer { app.remove() }
        let run = try perimeter(["permissions"], in: app.root)
        #expect(run.status == 2)
        #expect(run.error.contains("perimeter: error: broken/serverless.yml:3: invalid YAML"))
        #expect(run.output.contains("serverless.yml:5 hello"))
    }
}
