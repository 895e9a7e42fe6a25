import Foundation
import Testing

@testable import PerimeterKit

/// Our expansion of every pattern in Fixtures/patterns.txt against policy_sentry's (`policy_sentry.analysis.expand`),
/// as scripts/update-iam-catalog recorded it.
///
/// policy_sentry takes shortcuts where IAM does not, and there IAM is right (it is what AWS evaluates):
/// - it expands only patterns holding `*`, and returns every other one verbatim, known or not (`s3:GetObjectz`,
///   `lambda:?nvokeFunction`);
/// - it returns a `*` pattern verbatim when its service prefix, looked up case-sensitively and without wildcards, is
///   unknown (`DynamoDB:Put*`, `*:Get*`, `s3*:*`, `s4:*`);
/// - it matches with fnmatch, where `[...]` is a character class; IAM reads `[` literally.
/// For exactly those patterns the script recorded IAM's answer (over policy_sentry's own action list) in
/// iam-semantics-divergences.json; this test checks each recorded divergence is one of those shortcuts and holds us
/// to policy_sentry's own expansion everywhere else.
struct ActionCatalogParityTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    struct Divergence: Decodable {
        var reason: String
        var iam: [String]?
        var sameAsPolicySentry: String?
    }

    static func load<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        try JSONDecoder().decode(type, from: Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    @Test("every listed pattern has a recorded expansion")
    func fixtureCoversPatterns() throws {
        let expansions = try Self.load("policy-sentry-expansions.json", as: [String: [String]].self)
        let listed = try String(contentsOf: Self.fixtures.appendingPathComponent("patterns.txt"), encoding: .utf8)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        #expect(Set(listed) == Set(expansions.keys), "run scripts/update-iam-catalog after editing patterns.txt")
        #expect(listed.count >= 60)
    }

    @Test("our expansion equals policy_sentry's, except where IAM semantics are documented to differ")
    func parity() throws {
        let expansions = try Self.load("policy-sentry-expansions.json", as: [String: [String]].self)
        let divergences = try Self.load("iam-semantics-divergences.json", as: [String: Divergence].self)
        let catalog = ActionCatalog.shared
        var agreed = 0
        for (pattern, policySentry) in expansions.sorted(by: { $0.key < $1.key }) {
            var expected = policySentry
            if let divergence = divergences[pattern] {
                let echoed = policySentry == [pattern.lowercased()]
                #expect(echoed || pattern.contains("["), "\(pattern): a divergence that is none of policy_sentry's documented shortcuts")
                if let other = divergence.sameAsPolicySentry {
                    expected = try #require(expansions[other], "\(pattern): unknown pattern \(other)")
                } else {
                    expected = try #require(divergence.iam, "\(pattern): divergence without an answer")
                }
            }
            let ours = catalog.expand(pattern).map { $0.fullName.lowercased() }.sorted()
            if ours == expected {
                agreed += 1
                continue
            }
            let missing = Set(expected).subtracting(ours).sorted()
            let extra = Set(ours).subtracting(expected).sorted()
            Issue.record(
                """
                \(pattern): \(ours.count) actions, expected \(expected.count)
                  missing: \(missing.prefix(20).joined(separator: " "))\(missing.count > 20 ? " …" : "")
                  extra: \(extra.prefix(20).joined(separator: " "))\(extra.count > 20 ? " …" : "")
                """)
        }
        print("IAM catalogue parity: \(agreed) of \(expansions.count) patterns agree (\(divergences.count) judged by IAM semantics)")
    }

    @Test("the action index's sets hold exactly the catalogue's expansion of every parity pattern")
    func indexMatchesCatalogue() throws {
        let patterns = try Self.load("policy-sentry-expansions.json", as: [String: [String]].self).keys.sorted()
        let index = ActionIndex.shared
        for pattern in patterns + ["*", "*:*", "s3*:Get*", " s3:GetObject ", "nosuchservice:*"] {
            let fromIndex = index.actions(matching: pattern).indices.map { index.name($0).lowercased() }.sorted()
            let fromCatalogue = ActionCatalog.shared.expand(pattern.trimmingCharacters(in: .whitespaces)).map { $0.fullName.lowercased() }.sorted()
            #expect(fromIndex == fromCatalogue, "\(pattern): index has \(fromIndex.count), catalogue \(fromCatalogue.count)")
        }
    }
}
