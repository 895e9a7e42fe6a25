/// A grant of a function's role that allows some actions of interest on every resource, as the
/// credentials, data-exfiltration and permissions-management rules report it: once per grant, however many
/// functions share the role.
struct EveryResourceGrant: Sendable {
    var granted: GrantedRole
    var grant: PermissionGrant
    /// The actions of interest the grant allows on every resource.
    var actions: ActionSet

    /// Every such grant of the application's analysed roles, in role then grant order.
    static func all(in app: Application, among set: ActionSet, index: ActionIndex = .shared) -> [EveryResourceGrant] {
        guard !index.catalog.isEmpty, !set.isEmpty else { return [] }
        var seen = Set<String>()
        var result: [EveryResourceGrant] = []
        for granted in GrantedRole.all(in: app) {
            for grant in granted.permissions.grants where grant.actions.intersects(set) && !grant.isAdministratorGrant(index: index) {
                let actions = grant.actionsReachingEveryResource(among: set, index: index)
                // A policy attached to several roles is one grant written once.
                guard !actions.isEmpty, seen.insert("\(grant.location)|\(grant.source)").inserted else { continue }
                result.append(EveryResourceGrant(granted: granted, grant: grant, actions: actions))
            }
        }
        return result
    }

    /// `s3:GetObject, ssm:GetParameter` or `iam:PutRolePolicy, … (12 actions)`.
    func actionList(index: ActionIndex = .shared, limit: Int = 5) -> String {
        let positions = actions.indices
        let names = positions.prefix(limit).map(index.name).joined(separator: ", ")
        return positions.count > limit ? "\(names)… (\(positions.count) actions)" : names
    }

    /// A warning to end a message with when the statement has a Condition (not evaluated).
    var conditionSuffix: String {
        grant.isConditional ? "; the statement has a Condition, which may narrow it" : ""
    }
}
