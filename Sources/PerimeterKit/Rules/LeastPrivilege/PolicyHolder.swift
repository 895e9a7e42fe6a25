/// The role, user, group or standalone policy a statement or managed policy belongs to, as the
/// least-privilege rules name it in findings.
struct PolicyHolder: Sendable {
    /// `role:OrdersRole`, `resource:OrdersPolicy`.
    var subject: String
    /// `role OrdersRole`, `policy OrdersPolicy`, for messages.
    var title: String
    var location: SourceLocation
    /// Names of the functions that run with it.
    var functionNames: [String]

    init(role: Role, in app: Application) {
        self.init(role: role, functionNames: app.functions.filter { $0.roleID == role.id }.map(\.name))
    }

    init(role: Role, functionNames: [String]) {
        subject = "role:\(role.name)"
        title = "role \(role.name)"
        location = role.location
        self.functionNames = functionNames
    }

    init(resource: CloudResource, in app: Application) {
        let kind = resource.type.split(separator: ":").last.map { String($0).lowercased() } ?? "resource"
        subject = "resource:\(resource.logicalID)"
        title = "\(kind == "managedpolicy" ? "policy" : kind) \(resource.logicalID)"
        location = resource.location
        functionNames = []
    }

    /// Where the holder is declared and who runs with it.
    var note: Note {
        let users = functionNames.isEmpty ? "" : ", assumed by \(functionNames.sorted().joined(separator: ", "))"
        return Note("\(title)\(users)", at: location)
    }

    /// ` (used by createOrder, listOrders)` or nothing, to end a message with.
    var usageSuffix: String {
        functionNames.isEmpty ? "" : " (used by \(functionNames.sorted().joined(separator: ", ")))"
    }
}
