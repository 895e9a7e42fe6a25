import Foundation

/// Everything a scan found, from every template, in one model. Rules read only this.
public struct Application: Sendable {
    public var templates: [Template]
    public var functions: [Function]
    public var roles: [Role]
    public var apis: [API]
    public var domains: [APIDomain]
    public var resources: [CloudResource]
    public var diagnostics: [Diagnostic]
    /// Each function's effective permissions, filled by the analysis stage (`PermissionAnalyzer`), in
    /// the order of `functions`.
    public var permissions: [FunctionPermissions] = []
    /// The effective permissions of the stack's roles that no function runs with (service roles of state
    /// machines, API integrations, IoT rules…), in the order of `roles`; each entry names its role as the
    /// "function", since none runs with it. Filled by the analysis stage.
    public var serviceRolePermissions: [FunctionPermissions] = []
    /// The day the scan judges dated rules by (`ScanOptions.asOf`, or the day it runs).
    public var scanDate = Date()
    /// Every IAM grant in one list, built once by the analysis stage for the least-privilege rules.
    var policyInventory: PolicyInventory?

    public init(
        templates: [Template] = [], functions: [Function] = [], roles: [Role] = [], apis: [API] = [], domains: [APIDomain] = [], resources: [CloudResource] = [],
        diagnostics: [Diagnostic] = []
    ) {
        self.templates = templates
        self.functions = functions
        self.roles = roles
        self.apis = apis
        self.domains = domains
        self.resources = resources
        self.diagnostics = diagnostics
    }

    public mutating func merge(_ other: Application) {
        templates += other.templates
        functions += other.functions
        roles += other.roles
        apis += other.apis
        domains += other.domains
        resources += other.resources
        diagnostics += other.diagnostics
    }

    /// The effective permissions of a function (after analysis).
    public func permissions(of function: Function) -> FunctionPermissions? {
        permissions.first { $0.functionName == function.name && $0.functionLocation == function.location }
    }

    public func role(id: String?) -> Role? {
        guard let id else { return nil }
        return roles.first { $0.id == id }
    }

    public func api(id: String?) -> API? {
        guard let id else { return nil }
        return apis.first { $0.id == id }
    }

    public func resources(ofType type: String) -> [CloudResource] {
        resources.filter { $0.type == type }
    }

    /// The stack resource a symbolic value points at (`!Ref X`, `!GetAtt X.Arn`) in the same file.
    public func resource(referencedBy value: Value?) -> CloudResource? {
        guard let value, let target = value.symbol?.resource else { return nil }
        return resources.first { $0.logicalID == target && $0.location.file == value.location.file }
    }

    /// The functions declared in one file.
    public func functions(in file: String) -> [Function] {
        functions.filter { $0.location.file == file }
    }
}
