import Foundation
import Testing

@testable import PerimeterKit

/// An outside oracle: KICS's own Serverless Framework and SAM fixtures (../shared/peer-fixtures/kics,
/// Apache-2.0, Checkmarx). For every KICS query one of our rules covers, the rule must fire on each
/// positive exactly at KICS's expected lines and stay silent on each negative.
struct KICSOracleTests {
    /// KICS query folder → our rule id.
    static let mapping: [(query: String, ruleID: String)] = [
        ("serverlessFW/serverless_role_with_full_privileges", "iam-admin-access"),
        ("serverlessFW/serverless_function_without_unique_iam_role", "function-shares-role"),
        ("cloudFormation/aws_sam/serverless_function_without_unique_iam_role", "function-shares-role"),
        ("serverlessFW/serverless_function_without_x-ray_tracing", "function-tracing-disabled"),
        ("cloudFormation/aws_sam/serverless_function_without_x-ray_tracing", "function-tracing-disabled"),
        ("serverlessFW/serverless_api_xray_tracing_disabled", "api-without-tracing"),
        ("cloudFormation/aws_sam/serverless_api_xray_tracing_disabled", "api-without-tracing"),
        ("serverlessFW/serverless_api_access_logging_setting_undefined", "api-without-access-logging"),
        ("cloudFormation/aws_sam/serverless_api_access_logging_setting_undefined", "api-without-access-logging"),
        ("serverlessFW/serverless_function_without_dead_letter_queue", "async-trigger-without-dlq"),
        ("cloudFormation/aws_sam/serverless_function_without_dead_letter_queue", "async-trigger-without-dlq"),
        ("serverlessFW/serverless_function_without_tags", "function-without-tags"),
        ("cloudFormation/aws_sam/serverless_function_without_tags", "function-without-tags"),
        ("serverlessFW/serverless_function_environment_variables_not_encrypted", "environment-without-kms-key"),
        ("cloudFormation/aws_sam/serverless_function_environment_variables_not_encrypted", "environment-without-kms-key"),
    ]

    static let queries = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/peer-fixtures/kics/assets/queries")

    struct Expected: Decodable {
        var line: Int
        var fileName: String
    }

    @Test("KICS fixtures agree with our rules", arguments: mapping.map(\.query))
    func fixtures(query: String) throws {
        let ruleID = try #require(Self.mapping.first { $0.query == query }?.ruleID)
        let rule = try #require(RuleRegistry.rule(id: ruleID), "rule \(ruleID) is not registered")
        let folder = Self.queries.appendingPathComponent(query).appendingPathComponent("test")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let expected = try JSONDecoder().decode([Expected].self, from: Data(contentsOf: folder.appendingPathComponent("positive_expected_result.json")))
        #expect(names.contains { $0.hasPrefix("positive") && !$0.hasSuffix(".json") })
        for name in names where name.hasPrefix("positive") || name.hasPrefix("negative") {
            guard !name.hasSuffix(".json") else { continue }
            let contents = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let app = try TemporaryApp(files: [(name, contents)])
            defer { app.remove() }
            let result = app.scan(rules: [rule])
            let lines = Set(result.findings.filter { app.relative($0.location.file) == name }.map(\.location.line))
            let wanted = Set(expected.filter { $0.fileName == name }.map(\.line))
            if name.hasPrefix("negative") {
                #expect(lines.isEmpty, "\(query)/\(name): \(ruleID) fired at \(lines.sorted())")
            } else {
                #expect(lines == wanted, "\(query)/\(name): \(ruleID) fired at \(lines.sorted()), KICS expects \(wanted.sorted())")
            }
        }
    }
}
