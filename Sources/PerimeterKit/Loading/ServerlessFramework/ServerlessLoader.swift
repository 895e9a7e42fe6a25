import Foundation

/// Loads a Serverless Framework service (v1–v4 syntax) into the model: functions with provider settings
/// inherited, the provider role (or per-function roles), the framework's APIs, and the `resources:` block.
struct ServerlessLoader {
    var file: SourceFile
    var options: ScanOptions

    var path: String { file.displayPath }
    func id(_ logicalID: String) -> String { "\(path)#\(logicalID)" }

    func load(_ raw: Value) -> Application {
        let resolver = VariableResolver(document: raw, file: file, options: options)
        let resolved = resolver.resolve(raw)
        // The resources: block is CloudFormation; functions are added first so its resources can attach to them.
        let resourceBlock = Self.resourceBlock(resolved["resources"])
        var evaluator = IntrinsicEvaluator(template: resourceBlock, region: resolver.region, overrides: options.params)
        // `resources:` may name what the framework generates (`Ref: ApiGatewayRestApi` on a method it adds
        // to the service's API, `!Ref CreateLambdaFunction`): those are the stack's resources too.
        evaluator.resourceIDs.formUnion(Self.generatedLogicalIDs + Self.functionEntries(resolved["functions"]).map { Self.logicalID($0.key) })
        // Intrinsics written outside `resources:` (`!GetAtt OrdersTable.Arn` in a statement, `Ref` in an
        // environment variable) refer to the same stack and evaluate the same way.
        let document = evaluator.evaluate(resolved) ?? resolved
        let provider = document["provider"] ?? Value(.mapping([]), at: document.location)
        let serviceEntry = document.entry("service")
        let serviceName = serviceEntry?.value.string ?? serviceEntry?.value["name"]?.string ?? path

        var diagnostics: [Diagnostic] = []
        let stackResources = CloudFormationLoader.resources(
            of: resourceBlock["Resources"] ?? Value(.mapping([]), at: document.location), evaluator: evaluator, origin: .serverlessFramework,
            diagnostics: &diagnostics)
        var builder = StackModelBuilder(file: path, origin: .serverlessFramework, resources: stackResources)

        let functionEntries = Self.functionEntries(document["functions"])
        let providerRole = providerRoleID(provider, builder: &builder, functionEntries: functionEntries, document: document)
        for entry in functionEntries {
            var function = makeFunction(entry, provider: provider, serviceDirectory: (path as NSString).deletingLastPathComponent)
            function.roleReference = entry.value["role"]
            function.roleID = roleID(for: entry, provider: provider, providerRole: providerRole, builder: &builder, document: document)
            builder.functionIndex[Self.logicalID(entry.key)] = builder.application.functions.count
            builder.application.functions.append(function)
        }
        addAPIs(provider: provider, builder: &builder)
        builder.build()

        var application = builder.application
        application.diagnostics += diagnostics
        application.templates.append(
            Template(
                file: path, origin: .serverlessFramework, name: serviceName, location: serviceEntry?.keyLocation ?? SourceLocation(file: path, line: 1),
                parameters: CloudFormationLoader.parameters(of: resourceBlock), packageIndividually: document[path: "package", "individually"], document: document))
        return application
    }

    /// `resources:` is one CloudFormation fragment or a list of them (often `${file(...)}` includes).
    static func resourceBlock(_ value: Value?) -> Value {
        guard let value else { return Value(.mapping([]), at: SourceLocation(file: "", line: 1)) }
        guard value.isSequence else { return value }
        var merged: [String: [Value.Entry]] = [:]
        var order: [String] = []
        for fragment in value.elements {
            for section in fragment.entries {
                if merged[section.key] == nil { order.append(section.key) }
                merged[section.key, default: []] += section.value.entries
            }
        }
        return Value(
            .mapping(order.map { key in Value.Entry(key: key, keyLocation: value.location, value: Value(.mapping(merged[key] ?? []), at: value.location)) }), at: value.location)
    }

    /// `functions` as a map, or (v1) a list of maps.
    static func functionEntries(_ value: Value?) -> [Value.Entry] {
        guard let value else { return [] }
        if value.isSequence { return value.elements.flatMap(\.entries) }
        return value.entries
    }

    /// The framework's logical id for a function: `create-order` → `CreateDashorderLambdaFunction`.
    /// Logical ids of resources the framework generates for every service that needs them.
    static let generatedLogicalIDs = ["ApiGatewayRestApi", "HttpApi", "WebsocketsApi", "IamRoleLambdaExecution", "ServerlessDeploymentBucket"]

    static func logicalID(_ name: String) -> String {
        normalized(name) + "LambdaFunction"
    }

    static func normalized(_ name: String) -> String {
        let replaced = name.replacingOccurrences(of: "-", with: "Dash").replacingOccurrences(of: "_", with: "Underscore")
        return replaced.prefix(1).uppercased() + replaced.dropFirst()
    }

    // MARK: Functions

    func makeFunction(_ entry: Value.Entry, provider: Value, serviceDirectory: String) -> Function {
        let definition = entry.value
        var function = Function(name: entry.key, origin: .serverlessFramework, location: entry.keyLocation)
        func setting(_ key: String, providerKey: String? = nil) -> Value? {
            definition[key] ?? provider[providerKey ?? key]
        }
        function.runtime = setting("runtime")
        function.handler = definition["handler"]
        function.codePath = serviceDirectory
        function.environment = mergedEnvironment(provider["environment"], definition["environment"])
        function.kmsKeyArn = definition["kmsKeyArn"] ?? definition["awsKmsKeyArn"] ?? provider["kmsKeyArn"] ?? provider["awsKmsKeyArn"]
        function.timeout = setting("timeout")
        function.memorySize = setting("memorySize")
        function.reservedConcurrency = definition["reservedConcurrency"]
        function.tracing = definition["tracing"] ?? provider[path: "tracing", "lambda"]
        function.logRetentionInDays = setting("logRetentionInDays")
        function.deadLetter = definition["onError"]
        function.onFailureDestination = definition[path: "destinations", "onFailure"]
        function.tags = StackModelBuilder.tags(provider["tags"]) + StackModelBuilder.tags(provider["stackTags"]) + StackModelBuilder.tags(definition["tags"])
        function.vpc = setting("vpc")
        function.layers = (definition["layers"] ?? provider["layers"])?.elements ?? []
        if let url = definition.entry("url"), url.value.bool != false {
            let authType: Value? =
                url.value["authorizer"]?.string?.lowercased() == "aws_iam"
                ? .string("AWS_IAM", at: url.value["authorizer"]?.location ?? url.keyLocation) : .string("NONE", at: url.keyLocation)
            function.url = FunctionURL(authType: authType, cors: url.value["cors"], location: url.keyLocation)
        }
        for event in definition["events"]?.elements ?? [] {
            if let trigger = makeTrigger(event, provider: provider) { function.triggers.append(trigger) }
        }
        return function
    }

    func mergedEnvironment(_ providerValue: Value?, _ functionValue: Value?) -> [EnvironmentVariable] {
        var variables = StackModelBuilder.environment(providerValue)
        for variable in StackModelBuilder.environment(functionValue) {
            variables.removeAll { $0.name == variable.name }
            variables.append(variable)
        }
        return variables
    }

    func makeTrigger(_ event: Value, provider: Value) -> Trigger? {
        guard let entry = event.entries.first else { return nil }
        let settings = entry.value
        let location = entry.keyLocation
        switch entry.key {
        case "http":
            var trigger = Trigger(kind: .http, location: location, settings: settings)
            if let short = settings.string {
                let parts = short.split(separator: " ", maxSplits: 1).map(String.init)
                trigger.method = parts.first?.uppercased()
                trigger.path = parts.count > 1 ? parts[1] : nil
            } else {
                trigger.method = settings["method"]?.string?.uppercased()
                trigger.path = settings["path"]?.string
            }
            trigger.apiID = id("ApiGatewayRestApi")
            trigger.authorization = restAuthorization(settings, at: location)
            return trigger
        case "httpApi":
            var trigger = Trigger(kind: .httpApi, location: location, settings: settings)
            if let short = settings.string {
                let parts = short.split(separator: " ", maxSplits: 1).map(String.init)
                trigger.method = parts.count > 1 ? parts[0].uppercased() : "ANY"
                trigger.path = parts.count > 1 ? parts[1] : short
            } else {
                trigger.method = settings["method"]?.string?.uppercased() ?? "ANY"
                trigger.path = settings["path"]?.string
            }
            trigger.apiID = id("HttpApi")
            if let authorizer = settings["authorizer"] {
                let type = (authorizer["type"]?.string ?? authorizer.string ?? "").lowercased()
                let kind: Authorization.Kind = type == "aws_iam" ? .iam : (type == "request" ? .lambdaAuthorizer : .jwt)
                trigger.authorization = Authorization(kind: kind, name: authorizer["name"]?.string ?? authorizer.string, location: authorizer.location)
            } else {
                trigger.authorization = Authorization(kind: .none, location: location)
            }
            return trigger
        case "websocket":
            var trigger = Trigger(kind: .websocket, location: location, settings: settings)
            trigger.path = settings.string ?? settings["route"]?.string
            trigger.apiID = id("WebsocketsApi")
            // Only the $connect route can carry an authorizer; other routes ride on the connection.
            if let authorizer = settings["authorizer"] {
                trigger.authorization = Authorization(kind: .lambdaAuthorizer, name: authorizer.string ?? authorizer["name"]?.string, location: authorizer.location)
            } else {
                trigger.authorization = Authorization(kind: trigger.path == "$connect" ? .none : .unknown, location: location)
            }
            return trigger
        case "alb":
            return Trigger(kind: .alb, location: location, settings: settings)
        case "s3", "existingS3":
            var trigger = Trigger(kind: .s3, location: location, settings: settings)
            trigger.source = settings.string != nil ? settings : settings["bucket"]
            return trigger
        case "sqs":
            var trigger = Trigger(kind: .sqs, location: location, settings: settings)
            trigger.source = settings.string != nil || settings.isSymbolic ? settings : settings["arn"]
            return trigger
        case "sns":
            var trigger = Trigger(kind: .sns, location: location, settings: settings)
            trigger.source = settings.string != nil || settings.isSymbolic ? settings : (settings["arn"] ?? settings["topicName"])
            return trigger
        case "stream":
            let type = settings["type"]?.string?.lowercased()
            let arn = settings.string != nil || settings.isSymbolic ? settings : settings["arn"]
            let arnText = (arn?.string ?? arn?.symbol?.expression ?? "").lowercased()
            let kind: Trigger.Kind = type == "kinesis" || arnText.contains(":kinesis:") ? .kinesis : (type == "dynamodb" || arnText.contains(":dynamodb:") ? .dynamodb : .stream)
            var trigger = Trigger(kind: kind, location: location, settings: settings)
            trigger.source = arn
            return trigger
        case "kinesis": return Trigger(kind: .kinesis, location: location, settings: settings)
        case "schedule": return Trigger(kind: .schedule, location: location, settings: settings)
        case "eventBridge", "cloudwatchEvent": return Trigger(kind: .eventBridge, location: location, settings: settings)
        case "cloudwatchLog": return Trigger(kind: .cloudWatchLog, location: location, settings: settings)
        case "cognitoUserPool": return Trigger(kind: .cognitoUserPool, location: location, settings: settings)
        case "iot", "iotFleetProvisioning": return Trigger(kind: .iot, location: location, settings: settings)
        case "alexaSkill", "alexaSmartHome": return Trigger(kind: .alexa, location: location, settings: settings)
        case "msk", "kafka": return Trigger(kind: .kafka, location: location, settings: settings)
        case "activemq", "rabbitmq": return Trigger(kind: .mq, location: location, settings: settings)
        default: return Trigger(kind: .other, location: location, settings: settings)
        }
    }

    /// REST `http` events: `authorizer` (name, ARN, aws_iam, or a mapping with `type`), `private: true` (API key).
    func restAuthorization(_ settings: Value, at location: SourceLocation) -> Authorization {
        if let authorizer = settings["authorizer"] {
            let name = authorizer.string ?? authorizer["name"]?.string ?? authorizer["arn"]?.string
            let type = (authorizer["type"]?.string ?? name ?? "").lowercased()
            if type == "aws_iam" { return Authorization(kind: .iam, name: name, location: authorizer.location) }
            if type.contains("cognito") || authorizer["arn"]?.string?.contains("cognito-idp") == true {
                return Authorization(kind: .cognito, name: name, location: authorizer.location)
            }
            return Authorization(kind: .lambdaAuthorizer, name: name, location: authorizer.location)
        }
        if settings["private"]?.bool == true { return Authorization(kind: .apiKey, location: settings["private"]?.location) }
        return Authorization(kind: .none, location: location)
    }

    // MARK: Roles

    /// The provider-level role: a custom role named in `provider.iam.role` / `provider.role`, or the
    /// framework's default `IamRoleLambdaExecution` built from the provider statements.
    func providerRoleID(_ provider: Value, builder: inout StackModelBuilder, functionEntries: [Value.Entry], document: Value) -> String? {
        let iam = provider["iam"]
        if let custom = iam?["role"].flatMap({
            $0.isMapping && $0["statements"] == nil && $0["managedPolicies"] == nil && $0["permissionsBoundary"] == nil && $0["name"] == nil ? $0 : ($0.isMapping ? nil : $0)
        }) ?? provider["role"] {
            return customRoleID(custom, builder: &builder)
        }
        let roleEntry = iam.flatMap { _ in provider.entry("iam") } ?? provider.entry("iamRoleStatements") ?? document.entry("provider")
        var role = Role(id: id("IamRoleLambdaExecution"), name: "IamRoleLambdaExecution", origin: .serverlessFramework, location: roleEntry?.keyLocation ?? document.location)
        role.statements =
            statements(provider["iamRoleStatements"], source: "provider.iamRoleStatements")
            + statements(iam?[path: "role", "statements"], source: "provider.iam.role.statements")
        role.managedPolicies = (provider["iamManagedPolicies"]?.elements ?? []) + (iam?[path: "role", "managedPolicies"]?.elements ?? [])
        role.permissionsBoundary = iam?[path: "role", "permissionsBoundary"] ?? provider["rolePermissionsBoundary"]
        role.managedPolicies.insert(.string("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole", at: role.location), at: 0)
        var trust = Statement(effect: .allow, location: role.location, source: "framework default trust policy")
        trust.principal = Value(.mapping([Value.Entry(key: "Service", keyLocation: role.location, value: .string("lambda.amazonaws.com", at: role.location))]), at: role.location)
        trust.actions = [.string("sts:AssumeRole", at: role.location)]
        role.trustStatements = [trust]
        builder.application.roles.append(role)
        return role.id
    }

    /// A role given by logical id (in `resources:`), by `Fn::GetAtt`, or by ARN/name (external).
    func customRoleID(_ value: Value, builder: inout StackModelBuilder) -> String? {
        var reference = value
        if let getAtt = value["Fn::GetAtt"]?.elements.first?.string ?? value["Fn::GetAtt"]?.string?.split(separator: ".").first.map(String.init) {
            reference = .symbolic(Symbol(.attribute, "!GetAtt \(getAtt).Arn", resource: getAtt), at: value.location)
        } else if let ref = value["Ref"]?.string {
            reference = .symbolic(Symbol(.reference, "!Ref \(ref)", resource: ref), at: value.location)
        }
        return builder.roleID(for: reference)
    }

    func roleID(for entry: Value.Entry, provider: Value, providerRole: String?, builder: inout StackModelBuilder, document: Value) -> String? {
        let definition = entry.value
        if let role = definition["role"] { return customRoleID(role, builder: &builder) }
        let perFunction = definition["iamRoleStatements"] ?? definition[path: "iam", "role", "statements"]
        guard let perFunction else { return providerRole }
        // serverless-iam-roles-per-function: the function gets its own role; provider statements are
        // inherited only when asked (`iamRoleStatementsInherit` or the plugin's `defaultInherit`).
        let inherit =
            definition["iamRoleStatementsInherit"]?.bool
            ?? document[path: "custom", "serverless-iam-roles-per-function", "defaultInherit"]?.bool ?? false
        var role = Role(
            id: id("\(Self.normalized(entry.key))IamRoleLambdaExecution"), name: "\(Self.normalized(entry.key))IamRoleLambdaExecution",
            origin: .serverlessFramework, location: definition.entry("iamRoleStatements")?.keyLocation ?? entry.keyLocation)
        role.statements = statements(perFunction, source: "functions.\(entry.key).iamRoleStatements")
        role.managedPolicies = [.string("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole", at: role.location)]
        if inherit, let providerRole = builder.application.role(id: providerRole) {
            role.statements = providerRole.statements + role.statements
            role.managedPolicies = providerRole.managedPolicies
        }
        role.trustStatements = builder.application.role(id: providerRole)?.trustStatements ?? []
        builder.application.roles.append(role)
        return role.id
    }

    func statements(_ value: Value?, source: String) -> [Statement] {
        (value?.listOrSingle ?? []).compactMap { Statement($0, source: source) }
    }

    // MARK: APIs

    /// The APIs the framework creates: REST for `http` events, HTTP for `httpApi`, and WebSocket.
    func addAPIs(provider: Value, builder: inout StackModelBuilder) {
        let functions = builder.application.functions
        let providerLocation = file.documents.first { $0["provider"] != nil }?.entry("provider")?.keyLocation ?? provider.location
        func uses(_ kind: Trigger.Kind) -> Bool { functions.contains { $0.triggers.contains { $0.kind == kind } } }
        let logs = provider["logs"]
        let gateway = provider["apiGateway"]

        if uses(.http) || logs?["restApi"] != nil || gateway != nil {
            var api = API(id: id("ApiGatewayRestApi"), kind: .rest, origin: .serverlessFramework, location: providerLocation)
            api.accessLogging = logs?["restApi"]
            // `tracing:` left empty is kept, so a rule can point at it.
            api.tracing = provider[path: "tracing", "apiGateway"] ?? provider["tracing"].flatMap { $0.isNull ? $0 : nil }
            let usagePlan = gateway?["usagePlan"] ?? provider["usagePlan"]
            api.hasUsagePlan = usagePlan != nil || (gateway?["apiKeys"] ?? provider["apiKeys"]) != nil
            api.throttling = usagePlan?["throttle"] ?? usagePlan?.elements.first?.entries.first?.value["throttle"]
            api.resourcePolicy = gateway?["resourcePolicy"] ?? provider["resourcePolicy"]
            api.endpointType = provider["endpointType"]
            builder.application.apis.append(api)
        }
        if uses(.httpApi) || logs?["httpApi"] != nil || provider["httpApi"] != nil {
            var api = API(id: id("HttpApi"), kind: .http, origin: .serverlessFramework, location: providerLocation)
            api.accessLogging = logs?["httpApi"]
            api.cors = provider[path: "httpApi", "cors"]
            builder.application.apis.append(api)
        }
        if uses(.websocket) || logs?["websocket"] != nil {
            var api = API(id: id("WebsocketsApi"), kind: .websocket, origin: .serverlessFramework, location: providerLocation)
            api.accessLogging = logs?["websocket"]
            builder.application.apis.append(api)
        }
    }
}
