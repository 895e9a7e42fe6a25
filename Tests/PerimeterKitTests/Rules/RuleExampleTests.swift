import Foundation
import Testing

@testable import PerimeterKit

/// Runs every registered rule's own examples, SwiftLint style: each triggering example must give
/// findings of that rule exactly on the `↓`-marked lines; each non-triggering example must give none.
struct RuleExampleTests {
    static let ruleIDs = RuleRegistry.ids
    /// The day the examples were written: dated rules (runtime deprecation) judge them as of then, so an
    /// example does not change meaning as the calendar moves.
    static let options = ScanOptions(asOf: ISO8601DateFormatter().date(from: "2026-11-23T00:00:00Z"))

    @Test("rule ids are unique and kebab-case")
    func ruleIDsAreUnique() {
        #expect(Set(Self.ruleIDs).count == Self.ruleIDs.count)
        for id in Self.ruleIDs {
            #expect(id.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) != nil, "\(id)")
        }
    }

    @Test("the registry has at least 40 rules")
    func registryIsComplete() {
        #expect(Self.ruleIDs.count >= 40)
    }

    @Test("each rule documents itself", arguments: ruleIDs)
    func documentation(id: String) throws {
        let description = try #require(RuleRegistry.rule(id: id)).description
        #expect(!description.title.isEmpty && !description.rationale.isEmpty && !description.fix.isEmpty)
        #expect(!description.fixBefore.isEmpty && !description.fixAfter.isEmpty)
        #expect(!description.triggeringExamples.isEmpty, "\(id) has no triggering example")
        #expect(!description.nonTriggeringExamples.isEmpty, "\(id) has no non-triggering example")
    }

    @Test("triggering examples fire on the marked lines", arguments: ruleIDs)
    func triggering(id: String) throws {
        let rule = try #require(RuleRegistry.rule(id: id))
        for (index, example) in rule.description.triggeringExamples.enumerated() {
            let app = try TemporaryApp(files: example.files)
            defer { app.remove() }
            let result = app.scan(rules: [rule], options: Self.options)
            #expect(result.diagnostics.isEmpty, "\(id) triggering example \(index): \(result.diagnostics)")
            let expected = TemporaryApp.markedLines(in: example.files)
            #expect(!expected.isEmpty, "\(id) triggering example \(index) has no ↓ marker")
            #expect(result.findings.allSatisfy { $0.ruleID == id })
            #expect(app.findingLines(result) == expected, "\(id) triggering example \(index): \(result.findings.map(\.message))")
        }
    }

    @Test("non-triggering examples stay silent", arguments: ruleIDs)
    func nonTriggering(id: String) throws {
        let rule = try #require(RuleRegistry.rule(id: id))
        for (index, example) in rule.description.nonTriggeringExamples.enumerated() {
            let app = try TemporaryApp(files: example.files)
            defer { app.remove() }
            let result = app.scan(rules: [rule], options: Self.options)
            #expect(result.diagnostics.isEmpty, "\(id) non-triggering example \(index): \(result.diagnostics)")
            #expect(app.findingLines(result).isEmpty, "\(id) non-triggering example \(index): \(result.findings.map { "\($0.location): \($0.message)" })")
        }
    }
}
