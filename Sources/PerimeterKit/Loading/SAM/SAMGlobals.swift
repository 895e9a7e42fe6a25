/// Merges SAM `Globals` into each resource of the matching type, as the SAM translator does:
/// resource values win; maps (Environment.Variables, Tags…) merge key by key; lists are kept as the resource wrote them.
enum SAMGlobals {
    static let sections = [
        "Function": "AWS::Serverless::Function", "Api": "AWS::Serverless::Api", "HttpApi": "AWS::Serverless::HttpApi",
        "SimpleTable": "AWS::Serverless::SimpleTable", "StateMachine": "AWS::Serverless::StateMachine",
    ]

    static func apply(to template: Value) -> Value {
        guard let globals = template["Globals"], case .mapping(var resources) = template["Resources"]?.content else { return template }
        for index in resources.indices {
            let type = resources[index].value["Type"]?.string
            guard let section = sections.first(where: { $0.value == type })?.key, let defaults = globals[section] else { continue }
            var resource = resources[index].value
            let properties = resource["Properties"] ?? Value(.mapping([]), at: resource.location)
            resource.set("Properties", to: merge(defaults: defaults, over: properties), keyLocation: resource.entry("Properties")?.keyLocation ?? resource.location)
            resources[index].value = resource
        }
        var result = template
        result.set(
            "Resources", to: Value(.mapping(resources), at: template["Resources"]?.location ?? template.location),
            keyLocation: template.entry("Resources")?.keyLocation ?? template.location)
        return result
    }

    /// Values from `over` win; nested mappings merge.
    static func merge(defaults: Value, over value: Value) -> Value {
        guard case .mapping(let defaultEntries) = defaults.content, case .mapping(var entries) = value.content else { return value }
        for entry in defaultEntries {
            if let index = entries.firstIndex(where: { $0.key == entry.key }) {
                if entries[index].value.isMapping, entry.value.isMapping, entries[index].value.tag == nil, entry.value.tag == nil {
                    entries[index].value = merge(defaults: entry.value, over: entries[index].value)
                }
            } else {
                entries.append(entry)
            }
        }
        var result = value
        result.content = .mapping(entries)
        return result
    }
}

extension Value {
    /// Sets or replaces a mapping entry.
    mutating func set(_ key: String, to value: Value, keyLocation: SourceLocation) {
        guard case .mapping(var entries) = content else { return }
        if let index = entries.firstIndex(where: { $0.key == key }) {
            entries[index].value = value
        } else {
            entries.append(Value.Entry(key: key, keyLocation: keyLocation, value: value))
        }
        content = .mapping(entries)
    }
}
