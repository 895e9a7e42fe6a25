/// Condition keys that turn a grant to everyone into a grant to someone: a source, an account, an
/// organisation, a network. A key only narrows when its value is not itself a wildcard.
enum NarrowingCondition {
    /// Keys that scope a role's trust policy (who may assume it).
    static let trustKeys: Set<String> = [
        "aws:sourcearn", "aws:sourceaccount", "aws:sourceorgid", "aws:principalorgid", "aws:principalaccount",
        "aws:principalarn", "sts:externalid",
    ]

    /// Keys that scope a resource policy granted to `*`.
    static let resourcePolicyKeys: Set<String> = [
        "aws:sourcearn", "aws:sourceaccount", "aws:sourceowner", "aws:sourceorgid", "aws:sourcevpce",
        "aws:sourcevpc", "aws:principalorgid", "aws:principalaccount", "aws:principalarn", "aws:sourceip",
    ]

    /// Keys that scope a trust to another account to a known caller.
    static let crossAccountKeys: Set<String> = ["sts:externalid", "aws:principalorgid"]

    /// True when the statement's `Condition` tests one of `keys` against a value other than `*`
    /// (`Null` tests only ask for presence, so they do not count).
    static func narrows(_ statement: Statement, keys: Set<String>) -> Bool {
        guard let condition = statement.condition else { return false }
        for test in condition.entries where !test.key.lowercased().hasPrefix("null") {
            for entry in test.value.entries where keys.contains(entry.key.lowercased()) {
                let values = entry.value.listOrSingle
                if values.contains(where: { $0.string.map { !IAMPattern.isEveryone($0) } ?? true }) { return true }
            }
        }
        return false
    }
}
