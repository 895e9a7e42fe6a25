/// Every IAM grant of the application in one place: the model's roles first, then IAM resources of
/// the stack the loaders did not fold into a role (a policy on a user, an unattached managed policy).
/// A grant written once is listed once, even when several sources carry it.
struct PolicyInventory: Sendable {
    /// A statement with what carries it.
    struct HeldStatement: Sendable {
        var statement: Statement
        var holder: PolicyHolder
    }

    /// A managed policy reference (ARN or name as written) with what attaches it.
    struct HeldManagedPolicy: Sendable {
        var policy: Value
        var holder: PolicyHolder
    }

    var identityStatements: [HeldStatement] = []
    var trustStatements: [HeldStatement] = []
    var managedPolicies: [HeldManagedPolicy] = []

    /// Resource types whose properties hold identity policies, and where.
    static let identityTypes: Set<String> = [
        "AWS::IAM::Role", "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::User", "AWS::IAM::Group",
    ]

    init(_ app: Application) {
        var seen = Set<String>()
        func key(_ statement: Statement, _ kind: String) -> String {
            // Plain joins: interpolating arrays goes through debugPrint, which dominated this on large inputs.
            [
                kind, statement.location.description, statement.actions.map(\.canonical).joined(separator: ","),
                statement.resources.map(\.canonical).joined(separator: ","), statement.principal?.canonical ?? "",
            ].joined(separator: "|")
        }
        func addStatements(_ statements: [Statement], holder: PolicyHolder, trust: Bool) {
            for statement in statements where seen.insert(key(statement, trust ? "trust" : "identity")).inserted {
                let held = HeldStatement(statement: statement, holder: holder)
                if trust { trustStatements.append(held) } else { identityStatements.append(held) }
            }
        }
        func addManaged(_ policies: [Value], holder: PolicyHolder) {
            for policy in policies where seen.insert("managed|\(policy.location)|\(policy.canonical)").inserted {
                managedPolicies.append(HeldManagedPolicy(policy: policy, holder: holder))
            }
        }
        // Indexed once: a corpus-sized application has a thousand roles and functions.
        var functionNames: [String: [String]] = [:]
        for function in app.functions { if let roleID = function.roleID { functionNames[roleID, default: []].append(function.name) } }
        var rolesByID: [String: Role] = [:]
        for role in app.roles where rolesByID[role.id] == nil { rolesByID[role.id] = role }
        for role in app.roles where !role.isExternal {
            let holder = PolicyHolder(role: role, functionNames: functionNames[role.id] ?? [])
            addStatements(role.statements, holder: holder, trust: false)
            addStatements(role.trustStatements, holder: holder, trust: true)
            addManaged(role.managedPolicies, holder: holder)
        }
        for resource in app.resources where Self.identityTypes.contains(resource.type) {
            let modelRole = rolesByID["\(resource.location.file)#\(resource.logicalID)"]
            let holder = modelRole.map { PolicyHolder(role: $0, functionNames: functionNames[$0.id] ?? []) } ?? PolicyHolder(resource: resource, in: app)
            let source = "\(resource.type) \(resource.logicalID)"
            var documents = [resource["PolicyDocument"]]
            documents += resource["Policies"]?.listOrSingle.map { $0["PolicyDocument"] } ?? []
            for document in documents {
                addStatements(Statement.statements(inPolicyDocument: document, source: source), holder: holder, trust: false)
            }
            let trust = Statement.statements(inPolicyDocument: resource["AssumeRolePolicyDocument"], source: source)
            addStatements(trust, holder: holder, trust: true)
            addManaged(resource["ManagedPolicyArns"]?.listOrSingle ?? [], holder: holder)
        }
    }
}

extension Application {
    /// The application's policy inventory: the one the analysis stage built, or built now.
    var inventory: PolicyInventory { policyInventory ?? PolicyInventory(self) }
}
