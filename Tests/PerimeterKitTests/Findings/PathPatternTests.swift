import Testing

@testable import PerimeterKit

struct PathPatternTests {
    @Test(
        "prefixes cover a file or a folder's contents; globs match whole paths",
        arguments: [
            ("legacy/", "legacy/serverless.yml", true),
            ("legacy", "legacy/sub/template.yaml", true),
            ("legacy", "legacy-new/serverless.yml", false),
            ("./legacy/serverless.yml", "legacy/serverless.yml", true),
            ("legacy/serverless.yml", "./legacy/serverless.yml", true),
            ("*.yml", "serverless.yml", true),
            ("*.yml", "app/serverless.yml", false),
            ("**/fixtures/*.yml", "fixtures/a.yml", true),
            ("**/fixtures/*.yml", "a/b/fixtures/c.yml", true),
            ("**/fixtures/*.yml", "a/b/fixtures/d/c.yml", false),
            ("tests/**", "tests/a/b/template.yaml", true),
            ("template.???l", "template.yaml", true),
            ("template.?", "template.yaml", false),
        ])
    func matching(pattern: String, path: String, matches: Bool) {
        #expect(PathPattern(pattern).matches(path) == matches)
    }
}
