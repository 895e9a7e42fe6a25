/// `perimeter permissions` as text: per function its role, then one aligned line per service, access
/// level and resources, `⚠` on permissions management and privilege-escalation actions.
public struct PermissionsTextRenderer: Sendable {
    /// Action names shown before `(+N)`.
    public var shownActions = 3

    public init() {}

    public func render(_ report: PermissionsReport) -> String {
        var lines: [String] = []
        for function in report.functions {
            if !lines.isEmpty { lines.append("") }
            lines.append("\(function.file):\(function.line) \(function.name)  (\(roleText(function.role)))")
            lines += permissionLines(function)
            for value in function.unknownActions { lines.append("  unknown action \(value.text) (\(value.file):\(value.line)): grants nothing") }
            for value in function.unknownManagedPolicies {
                lines.append("  unknown managed policy \(value.text) (\(value.file):\(value.line)): its permissions are not shown")
            }
            if let value = function.unknownBoundary {
                lines.append("  unknown permissions boundary \(value.text) (\(value.file):\(value.line)): not applied")
            }
        }
        if report.functions.isEmpty { lines.append("No functions found.") }
        return lines.joined(separator: "\n") + "\n"
    }

    func roleText(_ role: PermissionsReport.RoleEntry?) -> String {
        guard let role else { return "no role found" }
        if role.external { return "external role \(role.id): permissions not visible" }
        var text = "role \(role.name ?? role.id)"
        if let file = role.file, let line = role.line { text += " at \(file):\(line)" }
        if !role.sharedWith.isEmpty { text += ", shared with " + role.sharedWith.joined(separator: ", ") }
        return text
    }

    func permissionLines(_ function: PermissionsReport.FunctionEntry) -> [String] {
        if function.permissions.isEmpty {
            return function.role?.external == true ? [] : ["  no permissions granted"]
        }
        let actions = function.permissions.map(actionText)
        let serviceWidth = function.permissions.map(\.service.count).max() ?? 0
        let levelWidth = function.permissions.map(\.accessLevel.count).max() ?? 0
        let actionWidth = actions.map(\.count).max() ?? 0
        var previousService: String?
        return zip(function.permissions, actions).map { line, actionText in
            let service = line.service == previousService ? "" : line.service
            previousService = line.service
            var text = "  " + pad(service, serviceWidth) + "  " + pad(line.accessLevel, levelWidth) + "  " + pad(actionText, actionWidth)
            text += "  on " + line.resources.joined(separator: ", ")
            if line.sensitive { text += "  ⚠" }
            return text
        }
    }

    func actionText(_ line: PermissionsReport.PermissionLine) -> String {
        if line.service == "*" { return "every action (\(line.count))" }
        if line.allActions { return "all \(line.count) \(line.accessLevel) action\(line.count == 1 ? "" : "s")" }
        let shown = line.actions.prefix(shownActions).joined(separator: ", ")
        return line.actions.count > shownActions ? "\(shown) (+\(line.actions.count - shownActions))" : shown
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
