/// Where a finding about a function's missing setting lands, matching KICS's expected lines so results
/// line up with that tool's: the function's key for the Serverless Framework, the function resource's
/// `Properties` key for SAM and CloudFormation (falling back to the logical id when there is none).
enum FunctionAnchor {
    static func location(of function: Function, in app: Application) -> SourceLocation {
        guard function.origin != .serverlessFramework,
            let template = app.templates.first(where: { $0.file == function.location.file }),
            let properties = template.document["Resources"]?[function.name]?.entry("Properties")
        else { return function.location }
        return properties.keyLocation
    }
}
