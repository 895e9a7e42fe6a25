/// Loads a CloudFormation or SAM template: evaluates intrinsics, then builds the model from its resources.
struct CloudFormationLoader {
    var file: String
    var origin: Origin
    var options: ScanOptions

    func load(_ document: Value) -> Application {
        var template = document
        if origin == .sam { template = SAMGlobals.apply(to: template) }
        let evaluator = IntrinsicEvaluator(template: template, region: options.region, overrides: options.params)
        var application = Application()
        application.templates.append(
            Template(
                file: file, origin: origin, name: file, location: SourceLocation(file: file, line: 1),
                parameters: Self.parameters(of: template), document: document))
        // An empty `Resources:` (a skeleton template) loads as a template with no resources.
        guard let resourcesValue = template["Resources"], !resourcesValue.isNull else {
            return application
        }
        guard resourcesValue.isMapping else {
            application.diagnostics.append(Diagnostic("`Resources` must be a mapping of logical ids to resources", at: resourcesValue.location))
            return application
        }
        let resources = Self.resources(of: resourcesValue, evaluator: evaluator, origin: origin, diagnostics: &application.diagnostics)
        var builder = StackModelBuilder(file: file, origin: origin, resources: resources, globals: template["Globals"])
        builder.build()
        application.merge(builder.application)
        return application
    }

    static func resources(of value: Value, evaluator: IntrinsicEvaluator, origin: Origin, diagnostics: inout [Diagnostic]) -> [CloudResource] {
        value.entries.compactMap { entry in
            guard let type = entry.value["Type"]?.string else {
                diagnostics.append(Diagnostic("resource `\(entry.key)` has no `Type`", at: entry.keyLocation))
                return nil
            }
            let raw = entry.value["Properties"] ?? Value(.mapping([]), at: entry.value.location)
            let properties = evaluator.evaluate(raw) ?? Value(.mapping([]), at: raw.location)
            return CloudResource(
                logicalID: entry.key, type: type, properties: properties, location: entry.keyLocation,
                propertiesLocation: entry.value.entry("Properties")?.keyLocation, origin: origin)
        }
    }

    static func parameters(of template: Value) -> [Parameter] {
        (template["Parameters"]?.entries ?? []).map { entry in
            Parameter(
                name: entry.key, location: entry.keyLocation, type: entry.value["Type"]?.string,
                noEcho: entry.value["NoEcho"]?.bool ?? false, defaultValue: entry.value["Default"])
        }
    }
}
