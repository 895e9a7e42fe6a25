/// How far a grant reaches, as the effective-permission rules ask about it.
extension PermissionGrant {
    /// The grant covers every resource of the kinds its actions act on: `*`, NotResource, or an ARN whose
    /// resource part is only wildcards after its type (`role/*`, `function:*`, `arn:aws:s3:::*/*`).
    /// Patterns with a name in them (`role/orders-*`), named ARNs and stack references do not.
    var reachesEveryResource: Bool {
        excludesResources || resources.contains { Self.isEveryResourceOfItsKind($0.written) }
    }

    /// Every action on every resource: administrator access, which iam-admin-access and iam-broad-managed-policy
    /// report on their own; the effective-permission rules do not list what it contains.
    func isAdministratorGrant(index: ActionIndex) -> Bool {
        coversAnyResource && index.all.subtracting(actions).isEmpty
    }

    /// The actions of `set` this grant allows on every resource they can act on: all of them when the grant
    /// covers any resource; with a type-wide ARN (`arn:aws:iam::*:role/*`), those whose resource types that ARN
    /// can name (the catalogue says `iam:PassRole` acts on roles, `glue:UpdateDevEndpoint` not).
    func actionsReachingEveryResource(among set: ActionSet, index: ActionIndex) -> ActionSet {
        let candidates = actions.intersection(set)
        guard !candidates.isEmpty, reachesEveryResource else { return index.empty }
        if coversAnyResource { return candidates }
        var result = index.empty
        for position in candidates.indices {
            let action = index.actions[position]
            // Actions that only act on `*` are not allowed by a resource ARN at all.
            let reaches = resources.contains { reference in
                Self.isEveryResourceOfItsKind(reference.written) && !action.resourceTypes(matching: reference.written).isEmpty
            }
            if reaches { result.insert(position) }
        }
        return result
    }

    /// `*`, `arn:aws:iam::*:role/*`, `arn:aws:dynamodb:us-east-1:123456789012:table/*`; not `arn:aws:s3:::bucket/*`
    /// (S3 ARNs have no type word, so that is one bucket's objects).
    static func isEveryResourceOfItsKind(_ written: String) -> Bool {
        if IAMPattern.isAnyResource(written) { return true }
        guard let resource = Self.arnResourcePart(written) else { return false }
        if Self.isOnlyWildcards(resource) { return true }
        // Drop the resource type (`table/`, `secret:`, `parameter/`) and look at what is left.
        guard let separator = resource.firstIndex(where: { $0 == "/" || $0 == ":" }) else { return false }
        let service = written.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false).dropFirst(2).first.map { $0.lowercased() } ?? ""
        guard Self.typeWords[service]?.contains(resource[..<separator].lowercased()) == true else { return false }
        return Self.isOnlyWildcards(resource[resource.index(after: separator)...])
    }

    /// The words that start each service's resource ARNs (`table`, `function`, `role`), from the catalogue's
    /// ARN formats: what tells `table/*` (every table) from `my-bucket/*` (one bucket's objects).
    static let typeWords: [String: Set<String>] = {
        var words: [String: Set<String>] = [:]
        for service in ActionIndex.shared.catalog.services {
            for type in service.resourceTypes {
                guard let resource = arnResourcePart(type.arnFormat), let end = resource.firstIndex(where: { $0 == "/" || $0 == ":" }) else { continue }
                let word = resource[..<end]
                guard !word.isEmpty, !word.contains("$") else { continue }
                words[service.prefix.lowercased(), default: []].insert(word.lowercased())
            }
        }
        return words
    }()

    /// The sixth part of an ARN (everything after the account), splitting on `:` outside `${...}`.
    static func arnResourcePart(_ arn: String) -> Substring? {
        guard arn.hasPrefix("arn:") else { return nil }
        var colons = 0
        var depth = 0
        var previous: Character = " "
        for index in arn.indices {
            let character = arn[index]
            if character == "{", previous == "$" { depth += 1 }
            if character == "}", depth > 0 { depth -= 1 }
            if character == ":", depth == 0 {
                colons += 1
                if colons == 5 { return arn[arn.index(after: index)...] }
            }
            previous = character
        }
        return nil
    }

    private static func isOnlyWildcards(_ text: Substring) -> Bool {
        !text.isEmpty && text.contains("*") && text.allSatisfy { $0 == "*" || $0 == "/" || $0 == ":" }
    }

    /// `*`, `every resource except X`, or the resources' labels (`table OrdersTable, arn:aws:s3:::b/*`).
    var resourceLabel: String {
        let labels = resources.map(\.label)
        if excludesResources { return "every resource except \(labels.joined(separator: ", "))" }
        return labels.isEmpty ? "no resource" : labels.joined(separator: ", ")
    }

    /// The `count` first action names of `actions` that this grant allows, and how many it allows in all.
    func actionNames(in actions: ActionSet, index: ActionIndex, limit: Int = 5) -> (names: [String], count: Int) {
        let allowed = self.actions.intersection(actions).indices
        return (allowed.prefix(limit).map(index.name), allowed.count)
    }
}
