/// Builds functions, roles, APIs and domains from a stack's evaluated resources. Used for CloudFormation
/// and SAM templates and for the `resources:` block of a Serverless Framework service (whose functions
/// are already in `application` and found by their generated logical ids).
struct StackModelBuilder {
    let file: String
    let origin: Origin
    let resources: [CloudResource]
    let globals: Value?
    var application = Application()
    /// Logical id → index in `application.functions`.
    var functionIndex: [String: Int] = [:]

    init(file: String, origin: Origin, resources: [CloudResource], globals: Value? = nil) {
        self.file = file
        self.origin = origin
        self.resources = resources
        self.globals = globals
    }

    func id(_ logicalID: String) -> String { "\(file)#\(logicalID)" }

    mutating func build() {
        application.resources += resources
        for resource in resources {
            switch resource.type {
            case "AWS::IAM::Role": addRole(resource)
            case "AWS::Lambda::Function": addLambdaFunction(resource)
            case "AWS::Serverless::Function": addServerlessFunction(resource)
            case "AWS::ApiGateway::RestApi": addAPI(resource, kind: .rest)
            case "AWS::ApiGatewayV2::Api":
                addAPI(resource, kind: resource["ProtocolType"]?.string?.uppercased() == "WEBSOCKET" ? .websocket : .http)
            case "AWS::Serverless::Api": addServerlessAPI(resource, kind: .rest)
            case "AWS::Serverless::HttpApi": addServerlessAPI(resource, kind: .http)
            case "AWS::Serverless::StateMachine" where resource["Role"] == nil && resource["Policies"] != nil:
                addGeneratedRole(for: resource, trustedService: "states.amazonaws.com")
            default: break
            }
        }
        for resource in resources {
            switch resource.type {
            case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy": attachPolicy(resource)
            case "AWS::Lambda::Permission": addPermission(resource)
            case "AWS::Lambda::Url": addURL(resource)
            case "AWS::Lambda::EventSourceMapping": addEventSourceMapping(resource)
            case "AWS::Lambda::EventInvokeConfig": addEventInvokeConfig(resource)
            case "AWS::Logs::LogGroup": addLogGroup(resource)
            case "AWS::ApiGateway::Stage": addRESTStage(resource)
            case "AWS::ApiGatewayV2::Stage": addV2Stage(resource)
            case "AWS::ApiGateway::Method": addMethod(resource)
            case "AWS::ApiGatewayV2::Route": addRoute(resource)
            case "AWS::ApiGateway::RequestValidator": addValidator(resource)
            case "AWS::ApiGateway::UsagePlan": addUsagePlan(resource)
            case "AWS::ApiGateway::DomainName":
                application.domains.append(APIDomain(logicalID: resource.logicalID, securityPolicy: resource["SecurityPolicy"], location: resource.location))
            case "AWS::ApiGatewayV2::DomainName":
                let policy = resource["DomainNameConfigurations"]?.elements.first?["SecurityPolicy"]
                application.domains.append(APIDomain(logicalID: resource.logicalID, securityPolicy: policy, location: resource.location))
            default: break
            }
        }
    }

    // MARK: Lookup

    /// The stack resource a value names: `!Ref X`, `!GetAtt X.Arn`, or the logical id as a string.
    func target(_ value: Value?) -> String? {
        guard let value else { return nil }
        if let resource = value.symbol?.resource { return resource }
        if let text = value.string, resources.contains(where: { $0.logicalID == text }) { return text }
        return nil
    }

    func functionPosition(_ value: Value?) -> Int? {
        if let logicalID = target(value), let index = functionIndex[logicalID] { return index }
        if let text = value?.string {
            let name = text.split(separator: ":").last.map(String.init) ?? text
            if let index = application.functions.firstIndex(where: { $0.name == name }) { return index }
        }
        return nil
    }

    func apiPosition(_ value: Value?) -> Int? {
        guard let logicalID = target(value) else { return nil }
        return application.apis.firstIndex { $0.id == id(logicalID) }
    }

    // MARK: Roles

    mutating func addRole(_ resource: CloudResource) {
        var role = Role(id: id(resource.logicalID), name: resource["RoleName"]?.string ?? resource.logicalID, origin: origin, location: resource.location)
        for policy in resource["Policies"]?.elements ?? [] {
            let name = policy["PolicyName"]?.string ?? "inline policy"
            role.statements += Statement.statements(inPolicyDocument: policy["PolicyDocument"], source: "\(resource.logicalID) policy \(name)")
        }
        role.managedPolicies = resource["ManagedPolicyArns"]?.elements ?? []
        role.permissionsBoundary = resource["PermissionsBoundary"]
        role.trustStatements = Statement.statements(inPolicyDocument: resource["AssumeRolePolicyDocument"], source: "\(resource.logicalID) trust policy")
        application.roles.append(role)
    }

    mutating func attachPolicy(_ resource: CloudResource) {
        let statements = Statement.statements(inPolicyDocument: resource["PolicyDocument"], source: "\(resource.type) \(resource.logicalID)")
        for roleValue in resource["Roles"]?.elements ?? [] {
            guard let logicalID = target(roleValue), let index = application.roles.firstIndex(where: { $0.id == id(logicalID) }) else { continue }
            application.roles[index].statements += statements
        }
        guard resource.type == "AWS::IAM::ManagedPolicy" else { return }
        // Customer managed policies in the stack, referenced from a role's ManagedPolicyArns.
        for index in application.roles.indices where application.roles[index].managedPolicies.contains(where: { target($0) == resource.logicalID }) {
            application.roles[index].statements += statements
        }
    }

    /// The role a function names: a role of the stack, or an external role identified by its ARN.
    mutating func roleID(for value: Value?) -> String? {
        guard let value else { return nil }
        if let logicalID = target(value) { return id(logicalID) }
        if let arn = value.string {
            if !application.roles.contains(where: { $0.id == arn }) {
                var role = Role(id: arn, name: arn.split(separator: "/").last.map(String.init) ?? arn, origin: origin, location: value.location)
                role.isExternal = true
                application.roles.append(role)
            }
            return arn
        }
        return nil
    }

    // MARK: Functions

    mutating func addLambdaFunction(_ resource: CloudResource) {
        var function = Function(name: resource.logicalID, origin: origin, location: resource.location)
        function.propertiesLocation = resource.propertiesLocation
        function.runtime = resource["Runtime"]
        function.handler = resource["Handler"]
        function.inlineCode = resource["Code"]?["ZipFile"]
        function.roleReference = resource["Role"]
        function.roleID = roleID(for: resource["Role"])
        function.environment = Self.environment(resource["Environment"]?["Variables"])
        function.kmsKeyArn = resource["KmsKeyArn"]
        function.timeout = resource["Timeout"]
        function.memorySize = resource["MemorySize"]
        function.reservedConcurrency = resource["ReservedConcurrentExecutions"]
        function.tracing = resource["TracingConfig"]?["Mode"]
        function.deadLetter = resource["DeadLetterConfig"]?["TargetArn"]
        function.tags = Self.tags(resource["Tags"])
        function.vpc = resource["VpcConfig"]
        function.layers = resource["Layers"]?.elements ?? []
        functionIndex[resource.logicalID] = application.functions.count
        application.functions.append(function)
    }

    mutating func addServerlessFunction(_ resource: CloudResource) {
        var function = Function(name: resource.logicalID, origin: .sam, location: resource.location)
        function.propertiesLocation = resource.propertiesLocation
        function.runtime = resource["Runtime"]
        function.handler = resource["Handler"]
        function.inlineCode = resource["InlineCode"]
        if let codeURI = resource["CodeUri"]?.string { function.codePath = codeURI }
        function.environment = Self.environment(resource["Environment"]?["Variables"])
        function.kmsKeyArn = resource["KmsKeyArn"]
        function.timeout = resource["Timeout"]
        function.memorySize = resource["MemorySize"]
        function.reservedConcurrency = resource["ReservedConcurrentExecutions"]
        function.tracing = resource["Tracing"]
        function.deadLetter = resource["DeadLetterQueue"]?["TargetArn"] ?? resource["DeadLetterQueue"] ?? resource["DeadLetterConfig"]?["TargetArn"]
        function.onFailureDestination = resource["EventInvokeConfig"]?["DestinationConfig"]?["OnFailure"]
        function.tags = Self.tags(resource["Tags"])
        function.vpc = resource["VpcConfig"]
        function.layers = resource["Layers"]?.elements ?? []
        if let url = resource.properties.entry("FunctionUrlConfig") {
            function.url = FunctionURL(authType: url.value["AuthType"], cors: url.value["Cors"], location: url.keyLocation)
        }
        if let role = resource["Role"] {
            function.roleReference = role
            function.roleID = roleID(for: role)
        } else {
            function.roleID = addGeneratedRole(for: resource)
        }
        functionIndex[resource.logicalID] = application.functions.count
        application.functions.append(function)
        for event in resource["Events"]?.entries ?? [] {
            addSAMEvent(event, functionAt: application.functions.count - 1)
        }
    }

    /// SAM creates `<Function>Role` with the basic execution policy plus the function's `Policies`, and
    /// `<StateMachine>Role` with the state machine's `Policies` alone, trusted by Step Functions.
    @discardableResult
    mutating func addGeneratedRole(for resource: CloudResource, trustedService: String = "lambda.amazonaws.com") -> String {
        var role = Role(id: id("\(resource.logicalID)Role"), name: "\(resource.logicalID)Role", origin: .sam, location: resource.location)
        if trustedService == "lambda.amazonaws.com" {
            role.managedPolicies = [.string("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole", at: resource.location)]
        }
        for policy in resource["Policies"]?.listOrSingle ?? [] {
            if policy.string != nil || policy.isSymbolic {
                role.managedPolicies.append(policy)
            } else if policy["Statement"] != nil {
                role.statements += Statement.statements(inPolicyDocument: policy, source: "\(resource.logicalID) Policies")
            } else if let template = policy.entries.first, let statements = SAMPolicyTemplates.statements(for: template) {
                role.statements += statements
            } else if let template = policy.entries.first {
                // An unknown policy template: keep it visible as a managed reference rather than dropping it.
                role.managedPolicies.append(.string(template.key, at: template.keyLocation))
            }
        }
        role.permissionsBoundary = resource["PermissionsBoundary"]
        role.trustStatements = Statement.statements(inPolicyDocument: resource["AssumeRolePolicyDocument"], source: "\(resource.logicalID) trust policy")
        if role.trustStatements.isEmpty {
            var trust = Statement(effect: .allow, location: resource.location, source: "SAM default trust policy")
            trust.principal = Value(
                .mapping([Value.Entry(key: "Service", keyLocation: resource.location, value: .string(trustedService, at: resource.location))]), at: resource.location)
            trust.actions = [.string("sts:AssumeRole", at: resource.location)]
            role.trustStatements = [trust]
        }
        application.roles.append(role)
        return role.id
    }

    mutating func addSAMEvent(_ event: Value.Entry, functionAt index: Int) {
        let type = event.value["Type"]?.string ?? ""
        let properties = event.value["Properties"] ?? Value(.mapping([]), at: event.value.location)
        let kind: Trigger.Kind
        switch type {
        case "Api": kind = .http
        case "HttpApi": kind = .httpApi
        case "S3": kind = .s3
        case "SQS": kind = .sqs
        case "SNS": kind = .sns
        case "Kinesis": kind = .kinesis
        case "DynamoDB": kind = .dynamodb
        case "Schedule", "ScheduleV2": kind = .schedule
        case "EventBridgeRule", "CloudWatchEvent": kind = .eventBridge
        case "CloudWatchLogs": kind = .cloudWatchLog
        case "Cognito": kind = .cognitoUserPool
        case "IoTRule": kind = .iot
        case "MSK", "SelfManagedKafka": kind = .kafka
        case "MQ": kind = .mq
        case "AlexaSkill": kind = .alexa
        default: kind = .other
        }
        var trigger = Trigger(kind: kind, location: event.keyLocation, settings: properties)
        trigger.source = properties["Bucket"] ?? properties["Queue"] ?? properties["Topic"] ?? properties["Stream"]
        if kind == .http || kind == .httpApi {
            trigger.method = properties["Method"]?.string?.uppercased() ?? (kind == .httpApi ? "ANY" : nil)
            trigger.path = properties["Path"]?.string ?? (kind == .httpApi ? "$default" : nil)
            let apiReference = properties[kind == .http ? "RestApiId" : "ApiId"]
            let apiIndex = apiPosition(apiReference) ?? implicitAPI(kind == .http ? .rest : .http, at: event.keyLocation)
            trigger.apiID = application.apis[apiIndex].id
            trigger.authorization = samAuthorization(properties["Auth"], api: application.apis[apiIndex], at: event.keyLocation)
        }
        application.functions[index].triggers.append(trigger)
    }

    /// The implicit `ServerlessRestApi`/`ServerlessHttpApi` SAM creates for events without an API id.
    mutating func implicitAPI(_ kind: API.Kind, at location: SourceLocation) -> Int {
        let logicalID = kind == .rest ? "ServerlessRestApi" : "ServerlessHttpApi"
        if let index = application.apis.firstIndex(where: { $0.id == id(logicalID) }) { return index }
        var api = API(id: id(logicalID), kind: kind, origin: .sam, location: location)
        if let defaults = globals?[kind == .rest ? "Api" : "HttpApi"] {
            applySAMAPISettings(defaults, to: &api)
        }
        application.apis.append(api)
        return application.apis.count - 1
    }

    func samAuthorization(_ auth: Value?, api: API, at location: SourceLocation) -> Authorization {
        if let authorizer = auth?["Authorizer"]?.string {
            switch authorizer.uppercased() {
            case "NONE":
                return auth?["ApiKeyRequired"]?.bool == true ? Authorization(kind: .apiKey, location: location) : Authorization(kind: .none, location: location)
            case "AWS_IAM": return Authorization(kind: .iam, name: authorizer, location: auth?["Authorizer"]?.location)
            default: return Authorization(kind: .lambdaAuthorizer, name: authorizer, location: auth?["Authorizer"]?.location)
            }
        }
        if auth?["ApiKeyRequired"]?.bool == true { return Authorization(kind: .apiKey, location: location) }
        if let defaultAuthorization = api.defaultAuthorization { return defaultAuthorization }
        return Authorization(kind: .none, location: location)
    }

    // MARK: APIs

    mutating func addAPI(_ resource: CloudResource, kind: API.Kind) {
        var api = API(id: id(resource.logicalID), kind: kind, origin: origin, location: resource.location)
        api.propertiesLocation = resource.propertiesLocation
        api.resourcePolicy = resource["Policy"]
        api.endpointType = resource["EndpointConfiguration"]?["Types"] ?? resource["EndpointConfiguration"]
        api.cors = resource["CorsConfiguration"]
        application.apis.append(api)
    }

    mutating func addServerlessAPI(_ resource: CloudResource, kind: API.Kind) {
        var api = API(id: id(resource.logicalID), kind: kind, origin: .sam, location: resource.location)
        api.propertiesLocation = resource.propertiesLocation
        applySAMAPISettings(resource.properties, to: &api)
        application.apis.append(api)
    }

    func applySAMAPISettings(_ properties: Value, to api: inout API) {
        api.accessLogging = properties["AccessLogSetting"] ?? properties["AccessLogSettings"]
        api.tracing = properties["TracingEnabled"]
        let methodThrottle = properties["MethodSettings"]?.elements.first { $0["ThrottlingRateLimit"] != nil || $0["ThrottlingBurstLimit"] != nil }
        let routeThrottle = properties["DefaultRouteSettings"].flatMap { $0["ThrottlingRateLimit"] != nil || $0["ThrottlingBurstLimit"] != nil ? $0 : nil }
        api.throttling = methodThrottle ?? routeThrottle ?? properties["RouteSettings"]
        api.cors = properties["Cors"] ?? properties["CorsConfiguration"]
        api.endpointType = properties["EndpointConfiguration"]
        if let auth = properties["Auth"] {
            api.resourcePolicy = auth["ResourcePolicy"]
            if let usagePlan = auth["UsagePlan"], usagePlan["CreateUsagePlan"]?.string?.uppercased() != "NONE" { api.hasUsagePlan = true }
            if let name = auth["DefaultAuthorizer"]?.string {
                let kind: Authorization.Kind = name.uppercased() == "AWS_IAM" ? .iam : (api.kind == .http ? .jwt : .lambdaAuthorizer)
                api.defaultAuthorization = Authorization(kind: kind, name: name, location: auth["DefaultAuthorizer"]?.location)
            } else if auth["ApiKeyRequired"]?.bool == true {
                api.defaultAuthorization = Authorization(kind: .apiKey, location: auth["ApiKeyRequired"]?.location)
            }
        }
        if let domain = properties.entry("Domain") {
            api.minimumTLSVersion = domain.value["SecurityPolicy"]
            api.customDomainLocation = domain.keyLocation
        }
    }

    mutating func addRESTStage(_ resource: CloudResource) {
        guard let index = apiPosition(resource["RestApiId"]) else { return }
        if let logging = resource["AccessLogSetting"] { application.apis[index].accessLogging = logging }
        if let tracing = resource["TracingEnabled"] { application.apis[index].tracing = tracing }
        if let throttle = resource["MethodSettings"]?.elements.first(where: { $0["ThrottlingRateLimit"] != nil || $0["ThrottlingBurstLimit"] != nil }) {
            application.apis[index].throttling = throttle
        }
    }

    mutating func addV2Stage(_ resource: CloudResource) {
        guard let index = apiPosition(resource["ApiId"]) else { return }
        if let logging = resource["AccessLogSettings"] { application.apis[index].accessLogging = logging }
        if let settings = resource["DefaultRouteSettings"], settings["ThrottlingRateLimit"] != nil || settings["ThrottlingBurstLimit"] != nil {
            application.apis[index].throttling = settings
        }
    }

    mutating func addMethod(_ resource: CloudResource) {
        guard let index = apiPosition(resource["RestApiId"]) else { return }
        let type = resource["AuthorizationType"]?.string?.uppercased() ?? "NONE"
        let authorization: Authorization
        switch type {
        case "AWS_IAM": authorization = Authorization(kind: .iam, location: resource["AuthorizationType"]?.location)
        case "CUSTOM": authorization = Authorization(kind: .lambdaAuthorizer, location: resource["AuthorizationType"]?.location)
        case "COGNITO_USER_POOLS": authorization = Authorization(kind: .cognito, location: resource["AuthorizationType"]?.location)
        default:
            authorization = Authorization(kind: resource["ApiKeyRequired"]?.bool == true ? .apiKey : .none, location: resource.location)
        }
        let integration = resource["Integration"]?["Uri"]
        let functionName = integration.flatMap { uri -> String? in
            let text = uri.string ?? uri.symbol?.expression ?? ""
            return functionIndex.keys.sorted().first { text.contains($0) }
        }
        let method = APIMethod(
            logicalID: resource.logicalID, httpMethod: resource["HttpMethod"]?.string?.uppercased() ?? "ANY", path: restPath(of: resource["ResourceId"]),
            authorization: authorization, apiKeyRequired: resource["ApiKeyRequired"]?.bool ?? false,
            requestValidator: resource["RequestValidatorId"], requestModels: resource["RequestModels"], location: resource.location,
            functionName: functionName)
        application.apis[index].methods.append(method)
    }

    /// The path a REST method's `ResourceId` stands for: `/` for the API's root resource, `/orders/{id}` by
    /// following `AWS::ApiGateway::Resource` parents; the reference as written when it leads elsewhere.
    func restPath(of resourceID: Value?) -> String? {
        guard let resourceID else { return nil }
        func isRoot(_ value: Value) -> Bool { value.symbol?.expression.hasSuffix(".RootResourceId") == true }
        if isRoot(resourceID) { return "/" }
        var parts: [String] = []
        var current = resourceID
        // Parents chain up to the root; the bound only guards against a cycle in a broken template.
        for _ in 0..<64 {
            guard let logicalID = target(current),
                let pathResource = resources.first(where: { $0.logicalID == logicalID && $0.type == "AWS::ApiGateway::Resource" })
            else { break }
            parts.insert(pathResource["PathPart"]?.string ?? "?", at: 0)
            guard let parent = pathResource["ParentId"] else { break }
            if isRoot(parent) { return "/" + parts.joined(separator: "/") }
            current = parent
        }
        return resourceID.description
    }

    mutating func addRoute(_ resource: CloudResource) {
        guard let index = apiPosition(resource["ApiId"]) else { return }
        let routeKey = resource["RouteKey"]?.string ?? "$default"
        let parts = routeKey.split(separator: " ", maxSplits: 1).map(String.init)
        let type = resource["AuthorizationType"]?.string?.uppercased() ?? "NONE"
        let kind: Authorization.Kind =
            switch type {
            case "AWS_IAM": .iam
            case "JWT": .jwt
            case "CUSTOM": .lambdaAuthorizer
            default: resource["ApiKeyRequired"]?.bool == true ? .apiKey : .none
            }
        let method = APIMethod(
            logicalID: resource.logicalID, httpMethod: parts.count == 2 ? parts[0].uppercased() : "ANY", path: parts.last,
            authorization: Authorization(kind: kind, location: resource["AuthorizationType"]?.location ?? resource.location),
            apiKeyRequired: resource["ApiKeyRequired"]?.bool ?? false, requestValidator: nil, requestModels: resource["RequestModels"],
            location: resource.location, functionName: nil)
        application.apis[index].methods.append(method)
    }

    mutating func addValidator(_ resource: CloudResource) {
        guard let index = apiPosition(resource["RestApiId"]) else { return }
        application.apis[index].requestValidators.append(resource.properties)
    }

    mutating func addUsagePlan(_ resource: CloudResource) {
        for stage in resource["ApiStages"]?.elements ?? [] {
            if let index = apiPosition(stage["ApiId"]) { application.apis[index].hasUsagePlan = true }
        }
        if resource["Throttle"] != nil, resource["ApiStages"] == nil {
            for index in application.apis.indices where application.apis[index].kind == .rest { application.apis[index].hasUsagePlan = true }
        }
    }

    // MARK: Function attachments

    mutating func addPermission(_ resource: CloudResource) {
        let permission = InvokePermission(resource: resource)
        guard let index = functionPosition(resource["FunctionName"]) else { return }
        application.functions[index].invokePermissions.append(permission)
    }

    mutating func addURL(_ resource: CloudResource) {
        guard let index = functionPosition(resource["TargetFunctionArn"]) else { return }
        application.functions[index].url = FunctionURL(authType: resource["AuthType"], cors: resource["Cors"], location: resource.location)
    }

    mutating func addEventSourceMapping(_ resource: CloudResource) {
        guard let index = functionPosition(resource["FunctionName"]) else { return }
        let source = resource["EventSourceArn"]
        let text = (source?.string ?? source?.symbol?.expression ?? "").lowercased()
        let sourceType = resources.first { $0.logicalID == source?.symbol?.resource }?.type ?? ""
        let kind: Trigger.Kind =
            if sourceType == "AWS::SQS::Queue" || text.contains(":sqs:") { .sqs } else if sourceType == "AWS::Kinesis::Stream" || text.contains(":kinesis:") {
                .kinesis
            } else if sourceType == "AWS::DynamoDB::Table" || text.contains(":dynamodb:") {
                .dynamodb
            } else if resource["SelfManagedEventSource"] != nil || text.contains(":kafka:") {
                .kafka
            } else { .stream }
        var trigger = Trigger(kind: kind, location: resource.location, settings: resource.properties)
        trigger.source = source
        application.functions[index].triggers.append(trigger)
        if let onFailure = resource["DestinationConfig"]?["OnFailure"]?["Destination"] {
            application.functions[index].onFailureDestination = application.functions[index].onFailureDestination ?? onFailure
        }
    }

    mutating func addEventInvokeConfig(_ resource: CloudResource) {
        guard let index = functionPosition(resource["FunctionName"]), let onFailure = resource["DestinationConfig"]?["OnFailure"] else { return }
        application.functions[index].onFailureDestination = onFailure
    }

    mutating func addLogGroup(_ resource: CloudResource) {
        guard let name = resource["LogGroupName"] else { return }
        let text = name.string ?? name.symbol?.expression ?? ""
        guard text.contains("/aws/lambda/") else { return }
        let suffix = String(text.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
        let candidates = application.functions.indices.filter { index in
            let function = application.functions[index]
            return suffix == function.name || suffix == "${\(function.name)}" || text.contains("${\(function.name)}")
        }
        for index in candidates where application.functions[index].logRetentionInDays == nil {
            application.functions[index].logRetentionInDays = resource["RetentionInDays"] ?? Value(.null, at: resource.location)
        }
    }

    // MARK: Values

    static func environment(_ variables: Value?) -> [EnvironmentVariable] {
        (variables?.entries ?? []).map { EnvironmentVariable(name: $0.key, nameLocation: $0.keyLocation, value: $0.value) }
    }

    /// Tags as a list of `{Key, Value}` (CloudFormation) or a map (SAM, sls).
    static func tags(_ value: Value?) -> [ResourceTag] {
        guard let value else { return [] }
        if value.isSequence {
            return value.elements.compactMap { element in
                guard let key = element["Key"]?.string else { return nil }
                return ResourceTag(key: key, value: element["Value"] ?? Value(.null, at: element.location))
            }
        }
        return value.entries.map { ResourceTag(key: $0.key, value: $0.value) }
    }
}
