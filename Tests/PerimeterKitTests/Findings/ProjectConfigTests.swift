import Testing

@testable import PerimeterKit

struct ProjectConfigTests {
    @Test("every key is read")
    func allKeys() throws {
        let config = try ProjectConfig.parse(
            """
            skip-rules: [function-without-tags]
            severity:
              function-tracing-disabled: medium
            ignore-paths:
              - legacy/
              - "**/fixtures/*.yml"
            fail-on: none
            min-severity: low
            """, file: ".perimeter.yml", knownRuleIDs: ["function-without-tags", "function-tracing-disabled"])
        #expect(config.skipRules == ["function-without-tags"])
        #expect(config.severityOverrides == ["function-tracing-disabled": .medium])
        #expect(config.ignorePaths == [PathPattern("legacy/"), PathPattern("**/fixtures/*.yml")])
        #expect(config.failOn == .never)
        #expect(config.minSeverity == .low)
    }

    @Test("an empty file is the default config")
    func empty() throws {
        #expect(try ProjectConfig.parse("", file: ".perimeter.yml") == ProjectConfig())
        #expect(try ProjectConfig.parse("# nothing yet\n", file: ".perimeter.yml") == ProjectConfig())
    }

    @Test(
        "a bad config is one error naming file and line",
        arguments: [
            ("fail-on: high\nskip_rules: [a]\n", 2, "unknown key 'skip_rules'"),
            ("severity:\n  known-rule: urgent\n", 2, "'urgent' is not a severity"),
            ("skip-rules:\n  - known-rule\n  - no-such-rule\n", 3, "unknown rule 'no-such-rule'"),
            ("fail-on: sometimes\n", 1, "fail-on 'sometimes' is not a level"),
            ("ignore-paths:\n  - {a: b}\n", 2, "ignore-paths must be a list of strings"),
            ("min-severity: high\nseverity: [a]\n", 2, "severity must map rule ids to levels"),
            ("- just\n- a list\n", 1, "the config must be a mapping"),
            ("skip-rules: [a\nfail-on: high\n", 2, "invalid YAML"),
            ("fail-on: high\nfail-on: none\n", 2, "duplicate key 'fail-on'"),
            ("fail-on: high\n---\nfail-on: none\n", 3, "the config must be one YAML document"),
            ("a: &a [x, x, x, x, x, x, x, x, x, x]\n*a : 1\n", 2, "an alias used in a mapping key"),
            (HostileInputTests.bomb, 10, "the config nests or expands far beyond a few settings"),
        ])
    func errors(text: String, line: Int, message: String) {
        #expect {
            try ProjectConfig.parse(text, file: "app/.perimeter.yml", knownRuleIDs: ["known-rule", "a"])
        } throws: { error in
            let error = error as? InputError
            return error?.location?.file == "app/.perimeter.yml" && error?.location?.line == line
                && error?.message.hasPrefix(message) == true && error?.description.contains("\n") == false
        }
    }

    @Test("a missing config file is an error at its path")
    func missingFile() {
        #expect(throws: InputError.self) { try ProjectConfig.load(path: "/nonexistent/.perimeter.yml") }
    }
}
