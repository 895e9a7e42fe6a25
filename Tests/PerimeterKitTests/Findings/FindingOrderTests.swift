import Testing

@testable import PerimeterKit

/// Report order is file, line, column, rule, message, whichever way it is computed.
struct FindingOrderTests {
    @Test("the ranked sort gives the order of `<`, ties on location broken by rule and message")
    func rankedSortMatchesComparison() {
        var generator = SystemRandomNumberGenerator()
        let files = ["b/serverless.yml", "a/template.yaml", "a/template.yaml.bak", "B/serverless.yml", "a/b/c.json"]
        let rules = ["iam-wildcard-action", "function-without-tags", "api-route-without-auth"]
        let findings = (0..<2_000).map { _ in
            Finding(
                ruleID: rules.randomElement(using: &generator) ?? "", severity: .low, message: "m\(Int.random(in: 0..<3, using: &generator))",
                location: SourceLocation(
                    file: files.randomElement(using: &generator) ?? "", line: Int.random(in: 1..<40, using: &generator),
                    column: Int.random(in: 1..<4, using: &generator)),
                subject: "s")
        }
        let ranked = Finding.inReportOrder(findings)
        #expect(ranked.count == findings.count)
        #expect(zip(ranked, ranked.dropFirst()).allSatisfy { !($1 < $0) })
        #expect(ranked.map(\.location) == findings.sorted().map(\.location))
        #expect(ranked.map(\.ruleID) == findings.sorted().map(\.ruleID))
    }
}
