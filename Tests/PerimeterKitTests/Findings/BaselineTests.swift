import Foundation
import Testing

@testable import PerimeterKit

struct BaselineTests {
    static let template = """
        service: shop
        provider:
          name: aws
        functions:
          createOrder:
            handler: src/orders.create
        """

    /// The same service with lines added above and inside it: every finding moves.
    static let movedTemplate = """
        # Orders service
        # owned by the shop team

        service: shop
        provider:
          name: aws
          runtime: nodejs20.x
          memorySize: 256

        functions:
          createOrder:
            handler: src/orders.create
        """

    @Test("a baseline still hides a finding after the template's lines move")
    func survivesLineMoves() throws {
        let app = try TemporaryApp(files: [("serverless.yml", Self.template)])
        defer { app.remove() }
        let before = app.scan(rules: [FunctionWithoutTimeoutRule.self]).findings
        #expect(app.findingLines(app.scan(rules: [FunctionWithoutTimeoutRule.self])) == ["serverless.yml:5"])
        let baseline = try Baseline.load(path: write(Baseline(findings: before), in: app))

        try Self.movedTemplate.write(to: app.root.appendingPathComponent("serverless.yml"), atomically: true, encoding: .utf8)
        let after = app.scan(rules: [FunctionWithoutTimeoutRule.self])
        #expect(app.findingLines(after) == ["serverless.yml:11"])
        #expect(FindingFilter(baseline: baseline).apply(after.findings).isEmpty)

        // A new finding is not hidden.
        try (Self.movedTemplate + "\n  pay:\n    handler: src/pay.main\n").write(to: app.root.appendingPathComponent("serverless.yml"), atomically: true, encoding: .utf8)
        let withNew = app.scan(rules: [FunctionWithoutTimeoutRule.self])
        #expect(FindingFilter(baseline: baseline).apply(withNew.findings).map(\.message) == ["function 'pay' has no timeout"])
    }

    @Test("the file holds version and sorted, unique fingerprints")
    func fileFormat() throws {
        let findings = SampleReport.findings
        let baseline = Baseline(findings: findings + findings)
        let json = try #require(try JSONSerialization.jsonObject(with: baseline.encoded()) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        let fingerprints = try #require(json["fingerprints"] as? [String])
        #expect(fingerprints == Set(findings.map(\.fingerprint)).sorted())
        #expect(baseline.encoded() == Baseline(findings: findings.reversed()).encoded())
    }

    @Test("a file that is not a baseline is a one-line error at its path")
    func invalidFile() throws {
        let app = try TemporaryApp(files: [("baseline.json", #"{"findings": []}"#)])
        defer { app.remove() }
        let path = app.root.appendingPathComponent("baseline.json").path
        #expect {
            try Baseline.load(path: path)
        } throws: { error in
            (error as? InputError)?.location?.file == path
        }
        #expect(throws: InputError.self) { try Baseline.load(path: app.root.appendingPathComponent("missing.json").path) }
    }

    private func write(_ baseline: Baseline, in app: TemporaryApp) throws -> String {
        let path = app.root.appendingPathComponent(".perimeter-baseline.json").path
        try baseline.encoded().write(to: URL(fileURLWithPath: path))
        return path
    }
}
