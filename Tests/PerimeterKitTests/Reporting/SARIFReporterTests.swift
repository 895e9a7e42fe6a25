import Foundation
import Testing

@testable import PerimeterKit

struct SARIFReporterTests {
    static let template = """
        service: shop
        provider:
          name: aws
          runtime: nodejs20.x
        functions:
          createOrder:
            handler: src/orders.create
          listOrders:
            handler: src/orders.list
            timeout: 6
          pay:
            handler: src/pay.main

        """

    /// A real scan: two findings with notes, and one file that does not parse.
    func scannedReport() throws -> (report: ScanReport, root: String) {
        let app = try TemporaryApp(files: [("serverless.yml", Self.template), ("broken/serverless.yml", "service: x\nprovider: [\n")])
        defer { app.remove() }
        let result = app.scan(rules: [FunctionWithoutTimeoutRule.self])
        let report = ScanReport(findings: result.findings, diagnostics: result.diagnostics, rules: [FunctionWithoutTimeoutRule.description])
        return (report, app.root.path)
    }

    func sarif(_ report: ScanReport, root: String?) throws -> [String: Any] {
        let text = SARIFReporter(sourceRoot: root).render(report)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("SARIF from a real scan validates against the SARIF 2.1.0 schema")
    func validatesAgainstSchema() throws {
        let (report, root) = try scannedReport()
        #expect(report.findings.map(\.location.line) == [6, 11])
        #expect(report.diagnostics.count == 1)
        let (status, output) = try SchemaValidator.errors(in: SARIFReporter(sourceRoot: root).render(report), schema: SchemaValidator.sarifSchema)
        #expect(status == 0, "\(output)")
    }

    @Test("an attack path's hops become a code flow that validates against the schema; notes stay related locations")
    func codeFlows() throws {
        let app = try TemporaryApp(files: [("serverless.yml", AttackPathTests.service)])
        defer { app.remove() }
        let result = app.scan(rules: [AttackPath.self])
        let report = ScanReport(findings: result.findings, diagnostics: result.diagnostics, rules: [AttackPath.description])
        let text = SARIFReporter(sourceRoot: app.root.path).render(report)
        let (status, output) = try SchemaValidator.errors(in: text, schema: SchemaValidator.sarifSchema)
        #expect(status == 0, "\(output)")

        let log = try sarif(report, root: app.root.path)
        let result0 = try #require(((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        let flows = try #require(result0["codeFlows"] as? [[String: Any]])
        #expect(flows.count == 1)
        let threadFlows = try #require(flows.first?["threadFlows"] as? [[String: Any]])
        let steps = try #require(threadFlows.first?["locations"] as? [[String: Any]])
        #expect(steps.count == report.findings[0].flow.count)
        let first = try #require(steps.first?["location"] as? [String: Any])
        #expect((first["message"] as? [String: String])?["text"] == "POST orders needs no credentials")
        let region = (first["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        #expect(region?["startLine"] as? Int == 21)
        #expect((result0["relatedLocations"] as? [Any])?.count == 1)
        // Findings without a flow carry no codeFlows at all.
        let plain = try sarif(try scannedReport().report, root: nil)
        let plainResults = try #require((plain["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        #expect(plainResults.allSatisfy { $0["codeFlows"] == nil })
    }

    @Test("the validator rejects a document that breaks the schema")
    func validatorCanFail() throws {
        let (status, output) = try SchemaValidator.errors(in: #"{"version": "2.1.0", "runs": [{"results": []}]}"#, schema: SchemaValidator.sarifSchema)
        #expect(status == 1)
        #expect(output.contains("'tool' is a required property"))
    }

    @Test("results carry rule, level, relative location, snippet, related locations and fingerprint")
    func results() throws {
        let (report, root) = try scannedReport()
        let log = try sarif(report, root: root)
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 2)
        let first = results[0]
        #expect(first["ruleId"] as? String == "test-function-without-timeout")
        #expect(first["ruleIndex"] as? Int == 0)
        #expect(first["level"] as? String == "error")
        #expect((first["message"] as? [String: String])?["text"] == "function 'createOrder' has no timeout")
        let location = try #require((first["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect(location["artifactLocation"] as? [String: String] == ["uri": "serverless.yml", "uriBaseId": "%SRCROOT%"])
        let region = try #require(location["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 6)
        #expect(region["startColumn"] as? Int == 3)
        #expect((region["snippet"] as? [String: String])?["text"] == "  createOrder:")
        let related = try #require(first["relatedLocations"] as? [[String: Any]])
        #expect(related.count == 1)
        #expect(related.first?["id"] as? Int == 1)
        #expect(((related.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])?["startLine"] as? Int == 7)
        #expect(first["partialFingerprints"] as? [String: String] == ["perimeterFingerprint/v1": report.findings[0].fingerprint])

        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notifications = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
        #expect(notifications.count == 1)
        let notificationLocation = try #require((notifications.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((notificationLocation["artifactLocation"] as? [String: String])?["uri"] == "broken/serverless.yml")
    }

    @Test("rules carry metadata for code scanning")
    func ruleDescriptors() throws {
        let log = try sarif(SampleReport.report, root: nil)
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "Perimeter")
        let rule = try #require((driver["rules"] as? [[String: Any]])?.first)
        #expect(rule["id"] as? String == "test-function-without-timeout")
        #expect(rule["name"] as? String == "TestFunctionWithoutTimeout")
        #expect((rule["shortDescription"] as? [String: String])?["text"] == "Function has no explicit timeout")
        #expect((rule["defaultConfiguration"] as? [String: String])?["level"] == "error")
        let help = try #require(rule["help"] as? [String: String])
        #expect(help["markdown"]?.contains("```yaml\nfunctions:\n  hello:\n    handler: h.main\n    timeout: 6\n```") == true)
        let properties = try #require(rule["properties"] as? [String: Any])
        #expect(properties["security-severity"] as? String == "8.0")
        #expect(properties["tags"] as? [String] == ["security", "monitor-and-log", "CWE-400", "external/cwe/cwe-400"])
        // A finding of a rule the report has no description for has no ruleIndex.
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results[0]["ruleId"] as? String == "unregistered-rule")
        #expect(results[0]["ruleIndex"] == nil)
        #expect(results[0]["level"] as? String == "note")
    }

    @Test("URIs are relative with forward slashes; paths outside the root become file URIs")
    func uris() {
        let reporter = SARIFReporter(sourceRoot: "/work/repo")
        #expect(reporter.artifactURI("./app/serverless.yml") == ("app/serverless.yml", "%SRCROOT%"))
        #expect(reporter.artifactURI("/work/repo/app/template.yaml") == ("app/template.yaml", "%SRCROOT%"))
        #expect(reporter.artifactURI("app\\my stack.yaml") == ("app/my%20stack.yaml", "%SRCROOT%"))
        #expect(reporter.artifactURI("/elsewhere/template.yaml") == ("file:///elsewhere/template.yaml", nil))
    }
}
