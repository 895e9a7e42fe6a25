import Foundation

/// IAM's own wildcard language for actions and resources: `*` matches any run of characters,
/// `?` any single one, and actions compare case-insensitively.
enum IAMPattern {
    /// True when `pattern` (with IAM wildcards) matches `text`, ignoring case.
    static func matches(_ pattern: String, _ text: String) -> Bool {
        IAMWildcard.matches(pattern, text)
    }

    /// `*` or `*:*`: every action of every service.
    static func isEveryAction(_ action: String) -> Bool {
        let trimmed = action.trimmingBlanks
        return trimmed == "*" || trimmed == "*:*"
    }

    /// A whole-service wildcard such as `s3:*`, or every action (`*`, `*:*`).
    static func isServiceWildcard(_ action: String) -> Bool {
        if isEveryAction(action) { return true }
        guard let colon = action.firstIndex(of: ":") else { return false }
        let name = action[action.index(after: colon)...]
        return !name.isEmpty && name.allSatisfy { $0 == "*" }
    }

    /// `*`, or an ARN whose service and every later part are wildcards (`arn:aws:*:*:*`, `arn:*:*:*:*:*`).
    static func isAnyResource(_ resource: String) -> Bool {
        let trimmed = resource.trimmingBlanks
        if trimmed == "*" { return true }
        let parts = trimmed.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[0].lowercased() == "arn" else { return false }
        return parts.dropFirst(2).allSatisfy { part in part.isEmpty || part.allSatisfy { $0 == "*" || $0 == "/" } }
            && parts[2].contains("*")
    }

    /// The principal (or account) part of a principal value means everyone.
    static func isEveryone(_ principal: String) -> Bool {
        principal.trimmingBlanks == "*"
    }
}
