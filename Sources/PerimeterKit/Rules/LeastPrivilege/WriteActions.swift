/// Tells write, delete and permissions-management actions from read and list ones: by the catalogue's
/// access levels, or, for an action the catalogue does not know, by its verb, which is how AWS names them
/// (`PutObject`, `DeleteTable`, `AttachRolePolicy`; `GetObject`, `ListBuckets`).
enum WriteActions {
    /// Write and permissions-management actions that a statement can limit to named resources. Actions that
    /// act on no resource type (`xray:PutTraceSegments`, `cloudwatch:PutMetricData`) can only be granted on
    /// `*`, so a `*` grant of them is no finding; nor is `iam:PassRole`, iam-pass-role-any-resource's own.
    static let scopable: ActionSet = {
        let index = ActionIndex.shared
        var set = (index.byAccessLevel[.write] ?? index.empty).union(index.byAccessLevel[.permissionsManagement] ?? index.empty)
        set.formIntersection(index.actionsWithResourceTypes)
        // iam-pass-role-any-resource reports `iam:PassRole` on `*` with what it leads to.
        set.subtract(SensitiveActions.passRole)
        return set
    }()

    /// The CloudWatch Logs calls every function makes to write its own logs (what `AWSLambdaBasicExecutionRole`
    /// grants on `*`): still better scoped to the function's log group, but a minor finding.
    static let routineLogging = ActionIndex.shared.actions(matchingAny: ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"])

    /// The scopable writes a written action pattern allows; for a pattern the catalogue does not know, nil
    /// (then `covers` decides by the verb).
    static func scopableWrites(_ pattern: String, index: ActionIndex = .shared) -> ActionSet? {
        let actions = index.actions(matching: pattern)
        return actions.isEmpty ? nil : actions.intersection(scopable)
    }

    /// Verbs that change state or permissions. Matched as prefixes of the action name.
    static let verbs = [
        "Put", "Delete", "Create", "Update", "Remove", "Attach", "Detach", "Set", "Add", "Modify", "Write", "Send",
        "Publish", "Invoke", "Terminate", "Run", "Start", "Stop", "Tag", "Untag", "Pass", "Upload", "Restore",
        "Replace", "Reset", "Enable", "Disable", "Associate", "Disassociate", "Import", "Copy", "Execute",
        "Change", "Revoke", "Authorize", "Register", "Deregister",
    ].map { $0.lowercased() }

    /// Batch and transaction forms (`BatchWriteItem`, `TransactWriteItems`) carry the verb after this prefix.
    static let compoundPrefixes = ["batch", "transact"]

    /// True when the action, or any action its wildcard covers, is a write (`s3:PutObject`, `s3:Put*`, `s3:*Object`).
    static func covers(_ action: String) -> Bool {
        let name: Substring
        if let colon = action.firstIndex(of: ":") {
            name = action[action.index(after: colon)...]
        } else {
            name = action[...]
        }
        return nameCovers(name.lowercased())
    }

    private static func nameCovers(_ name: String) -> Bool {
        // The literal text before the first wildcard is all a pattern promises about the action's start.
        let wildcard = name.firstIndex { $0 == "*" || $0 == "?" }
        let literal = String(name[..<(wildcard ?? name.endIndex)])
        let isPattern = wildcard != nil
        for verb in verbs {
            if literal.hasPrefix(verb) { return true }
            if isPattern, verb.hasPrefix(literal) { return true }
        }
        for prefix in compoundPrefixes {
            if literal.hasPrefix(prefix) { return nameCovers(String(name.dropFirst(prefix.count))) }
            if isPattern, prefix.hasPrefix(literal) { return true }
        }
        return false
    }
}
