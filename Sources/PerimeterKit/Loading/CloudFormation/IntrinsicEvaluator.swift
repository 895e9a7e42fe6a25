/// Evaluates CloudFormation intrinsic functions where their inputs are known (parameter defaults,
/// pseudo parameters, mappings, conditions) and keeps them symbolic otherwise.
struct IntrinsicEvaluator {
    /// Known values of `Ref` targets: parameters with defaults and pseudo parameters.
    var knownReferences: [String: Value]
    /// Logical ids of the template's resources.
    var resourceIDs: Set<String>
    var mappings: Value?
    var conditions: Value?
    var parameterNames: Set<String>

    init(template: Value, region: String?, overrides: [String: String]) {
        var known: [String: Value] = [:]
        let pseudo = SourceLocation(file: template.location.file, line: 1)
        known["AWS::Region"] = .string(region ?? "us-east-1", at: pseudo)
        known["AWS::Partition"] = .string("aws", at: pseudo)
        known["AWS::URLSuffix"] = .string("amazonaws.com", at: pseudo)
        var names = Set<String>()
        for parameter in template["Parameters"]?.entries ?? [] {
            names.insert(parameter.key)
            if let override = overrides[parameter.key] {
                known[parameter.key] = .string(override, at: parameter.keyLocation)
            } else if let defaultValue = parameter.value["Default"], !defaultValue.isMapping, !defaultValue.isSequence || true {
                known[parameter.key] = defaultValue
            }
        }
        knownReferences = known
        parameterNames = names
        resourceIDs = Set((template["Resources"]?.entries ?? []).map(\.key))
        mappings = template["Mappings"]
        conditions = template["Conditions"]
    }

    /// Evaluates a value tree; `nil` means the value is `AWS::NoValue` and should be dropped.
    func evaluate(_ value: Value, depth: Int = 0) -> Value? {
        guard depth < 256 else { return value }
        if let tag = value.tag, let function = Self.shortForms[tag] {
            var untagged = value
            untagged.tag = nil
            return apply(function, untagged, at: value.location, depth: depth)
        }
        switch value.content {
        case .mapping(let entries):
            if entries.count == 1, let only = entries.first, only.key == "Ref" || only.key.hasPrefix("Fn::") || only.key == "Condition" && false {
                return apply(only.key, only.value, at: value.location, depth: depth)
            }
            var evaluated: [Value.Entry] = []
            evaluated.reserveCapacity(entries.count)
            for entry in entries {
                if let inner = evaluate(entry.value, depth: depth + 1) {
                    evaluated.append(Value.Entry(key: entry.key, keyLocation: entry.keyLocation, value: inner))
                }
            }
            var result = value
            result.content = .mapping(evaluated)
            return result
        case .sequence(let elements):
            var result = value
            result.content = .sequence(elements.compactMap { evaluate($0, depth: depth + 1) })
            return result
        default:
            return value
        }
    }

    static let shortForms: [String: String] = [
        "!Ref": "Ref", "!Sub": "Fn::Sub", "!GetAtt": "Fn::GetAtt", "!Join": "Fn::Join", "!If": "Fn::If",
        "!Select": "Fn::Select", "!Split": "Fn::Split", "!FindInMap": "Fn::FindInMap", "!Base64": "Fn::Base64",
        "!ImportValue": "Fn::ImportValue", "!GetAZs": "Fn::GetAZs", "!Equals": "Fn::Equals", "!Not": "Fn::Not",
        "!And": "Fn::And", "!Or": "Fn::Or", "!Condition": "Condition", "!Cidr": "Fn::Cidr", "!Transform": "Fn::Transform",
        "!ToJsonString": "Fn::ToJsonString", "!Length": "Fn::Length",
    ]

    private func symbolic(_ kind: Symbol.Kind, _ expression: String, resource: String? = nil, at location: SourceLocation) -> Value {
        .symbolic(Symbol(kind, expression, resource: resource), at: location)
    }

    private func apply(_ function: String, _ argument: Value, at location: SourceLocation, depth: Int) -> Value? {
        switch function {
        case "Ref":
            guard let name = evaluate(argument, depth: depth + 1)?.string else { return symbolic(.unknown, "!Ref \(argument)", at: location) }
            return reference(name, at: location)
        case "Fn::GetAtt":
            let parts: [String]
            if let text = argument.string {
                let split = text.split(separator: ".", maxSplits: 1).map(String.init)
                parts = split
            } else {
                parts = argument.elements.compactMap { evaluate($0, depth: depth + 1)?.string }
            }
            let resource = parts.first ?? ""
            return symbolic(.attribute, "!GetAtt \(parts.joined(separator: "."))", resource: resource, at: location)
        case "Fn::Sub":
            return substitute(argument, at: location, depth: depth)
        case "Fn::Join":
            let items = argument.elements
            guard items.count == 2, let separator = evaluate(items[0], depth: depth + 1)?.string,
                let list = evaluate(items[1], depth: depth + 1)
            else { return symbolic(.unknown, "!Join", at: location) }
            let parts = list.elements
            if parts.count == 1, parts[0].isSymbolic { return parts[0] }
            guard list.isSequence else { return symbolic(.unknown, "!Join \(list)", at: location) }
            let text = parts.map { part -> String in
                if let string = part.string { return string }
                if let symbol = part.symbol { return "${\(symbol.expression)}" }
                return part.description
            }.joined(separator: separator)
            return .string(text, at: location)
        case "Fn::If":
            let items = argument.elements
            guard items.count == 3, let name = items[0].string else { return symbolic(.unknown, "!If", at: location) }
            // Unknown conditions take the first branch: it is the one the author wrote as the "on" case.
            let chosen = condition(name, depth: depth) ?? true
            return evaluate(chosen ? items[1] : items[2], depth: depth + 1)
        case "Fn::Select":
            let items = argument.elements
            guard items.count == 2, let index = evaluate(items[0], depth: depth + 1)?.int,
                let list = evaluate(items[1], depth: depth + 1), list.isSequence, index >= 0, index < list.elements.count
            else { return symbolic(.unknown, "!Select", at: location) }
            return list.elements[index]
        case "Fn::Split":
            let items = argument.elements
            guard items.count == 2, let separator = evaluate(items[0], depth: depth + 1)?.string, !separator.isEmpty,
                let text = evaluate(items[1], depth: depth + 1)?.string
            else { return symbolic(.unknown, "!Split", at: location) }
            return Value(.sequence(text.components(separatedBy: separator).map { .string($0, at: location) }), at: location)
        case "Fn::FindInMap":
            let keys = argument.elements.map { evaluate($0, depth: depth + 1)?.string }
            guard keys.count >= 3, let map = keys[0], let top = keys[1], let second = keys[2],
                let found = mappings?[map]?[top]?[second]
            else { return symbolic(.unknown, "!FindInMap \(argument)", at: location) }
            return evaluate(found, depth: depth + 1)
        case "Fn::Base64":
            return evaluate(argument, depth: depth + 1)
        case "Fn::ImportValue":
            return symbolic(.stackOutput, "!ImportValue \(evaluate(argument, depth: depth + 1)?.description ?? "")", at: location)
        case "Condition":
            return .string(String(condition(argument.string ?? "", depth: depth) ?? true), at: location)
        default:
            return symbolic(.unknown, "\(function) \(argument.description.prefix(80))", at: location)
        }
    }

    private func reference(_ name: String, at location: SourceLocation) -> Value? {
        if name == "AWS::NoValue" { return nil }
        if let known = knownReferences[name] {
            var value = known
            value.location = location
            return value
        }
        if resourceIDs.contains(name) { return symbolic(.reference, "!Ref \(name)", resource: name, at: location) }
        if parameterNames.contains(name) { return symbolic(.input, "!Ref \(name)", at: location) }
        return symbolic(.input, "!Ref \(name)", at: location)
    }

    /// `Fn::Sub`: known variables are substituted; unknown ones stay as `${Name}` in the string, which
    /// keeps ARNs readable for rules (`arn:aws:s3:::${BucketName}/*` is not a wildcard resource).
    private func substitute(_ argument: Value, at location: SourceLocation, depth: Int) -> Value {
        var template: String
        var variables: [String: Value] = [:]
        if let text = argument.string {
            template = text
        } else if argument.elements.count == 2, let text = argument.elements[0].string {
            template = text
            for entry in argument.elements[1].entries {
                if let value = evaluate(entry.value, depth: depth + 1) { variables[entry.key] = value }
            }
        } else {
            return symbolic(.unknown, "!Sub \(argument)", at: location)
        }
        if !template.containsBytes("${") { return .string(template, at: location) }
        var output = ""
        var rest = Substring(template)
        var onlySymbol: Symbol?
        var pieces = 0
        while let open = rest.range(of: "${") {
            output += rest[rest.startIndex..<open.lowerBound]
            if !rest[rest.startIndex..<open.lowerBound].isEmpty { pieces += 1 }
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else {
                output += rest[open.lowerBound...]
                rest = ""
                break
            }
            let name = String(rest[open.upperBound..<close])
            pieces += 1
            if name.hasPrefix("!") {
                output += "${" + name.dropFirst() + "}"
            } else if let value = variables[name] ?? knownReferences[name], let text = value.string {
                output += text
            } else if let value = variables[name], let symbol = value.symbol {
                onlySymbol = symbol
                output += "${\(name)}"
            } else {
                let base = String(name.split(separator: ".").first ?? "")
                if resourceIDs.contains(base) {
                    onlySymbol = Symbol(name.contains(".") ? .attribute : .reference, "${\(name)}", resource: base)
                }
                output += "${\(name)}"
            }
            rest = rest[rest.index(after: close)...]
        }
        output += rest
        if !rest.isEmpty { pieces += 1 }
        if pieces == 1, let onlySymbol { return .symbolic(onlySymbol, at: location) }
        return .string(output, at: location)
    }

    /// Evaluates a named condition when its inputs are known.
    private func condition(_ name: String, depth: Int) -> Bool? {
        guard depth < 64, let definition = conditions?[name] else { return nil }
        return truth(definition, depth: depth + 1)
    }

    private func truth(_ value: Value, depth: Int) -> Bool? {
        guard depth < 64 else { return nil }
        var function: String
        var argument: Value
        if let tag = value.tag, let name = Self.shortForms[tag] {
            function = name
            argument = value
            argument.tag = nil
        } else if let only = value.entries.first, value.entries.count == 1 {
            function = only.key
            argument = only.value
        } else {
            return value.bool
        }
        switch function {
        case "Fn::Equals":
            let items = argument.elements
            guard items.count == 2, let left = evaluate(items[0], depth: depth), let right = evaluate(items[1], depth: depth),
                let leftText = left.string, let rightText = right.string
            else { return nil }
            return leftText == rightText
        case "Fn::Not":
            return argument.elements.first.flatMap { truth($0, depth: depth + 1) }.map { !$0 }
        case "Fn::And":
            let values = argument.elements.map { truth($0, depth: depth + 1) }
            if values.contains(false) { return false }
            return values.contains(nil) ? nil : true
        case "Fn::Or":
            let values = argument.elements.map { truth($0, depth: depth + 1) }
            if values.contains(true) { return true }
            return values.contains(nil) ? nil : false
        case "Condition":
            return argument.string.flatMap { condition($0, depth: depth + 1) }
        default:
            return nil
        }
    }
}
