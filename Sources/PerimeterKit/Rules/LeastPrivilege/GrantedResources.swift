/// Which of a grant's resources an action of one service can act on, and how to name them: a statement
/// that allows `dynamodb:PutItem` and `s3:GetObject` on a table and a bucket gives DynamoDB only the table.
enum GrantedResources {
    /// CloudFormation types whose service prefix is not their namespace lower-cased.
    static let typeServices: [String: String] = [
        "AWS::StepFunctions::StateMachine": "states", "AWS::Serverless::StateMachine": "states",
        "AWS::Serverless::SimpleTable": "dynamodb", "AWS::Serverless::Function": "lambda",
        "AWS::Serverless::Api": "apigateway", "AWS::Serverless::HttpApi": "apigateway",
        "AWS::ApiGateway::RestApi": "apigateway", "AWS::ApiGatewayV2::Api": "apigateway",
        "AWS::ElasticLoadBalancingV2::LoadBalancer": "elasticloadbalancing", "AWS::KinesisFirehose::DeliveryStream": "firehose",
        "AWS::Serverless::LayerVersion": "lambda", "AWS::Cognito::UserPool": "cognito-idp",
    ]

    /// The IAM service prefix of a CloudFormation type (`AWS::DynamoDB::Table` → `dynamodb`).
    static func service(ofType type: String) -> String? {
        if let known = typeServices[type] { return known }
        let parts = type.split(separator: ":", omittingEmptySubsequences: true)
        return parts.count == 3 ? parts[1].lowercased() : nil
    }

    /// The service a resource belongs to, when it can be told (`AWS::DynamoDB::Table`, `arn:aws:s3:::x`).
    static func service(of reference: ResourceReference) -> String? {
        if let type = reference.type { return service(ofType: type) }
        let parts = reference.written.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[0] == "arn" else { return nil }
        let service = String(parts[2]).lowercased()
        return service.isEmpty || service.contains("*") || service.contains("?") || service.contains("$") ? nil : service
    }

    /// The grant's resources an action of `service` can use; empty when every resource belongs to another
    /// service (the grant then gives that service nothing). With NotResource, the resources left out.
    static func references(_ grant: PermissionGrant, service: String) -> [ResourceReference] {
        if grant.excludesResources || service == "*" { return grant.resources }
        return grant.resources.filter { reference in Self.service(of: reference).map { $0 == service.lowercased() } ?? true }
    }

    /// True when the grant gives `service`'s actions at least one resource.
    static func reaches(_ grant: PermissionGrant, service: String) -> Bool {
        grant.excludesResources || !references(grant, service: service).isEmpty
    }

    /// `table OrdersTable`, `*`, `* except bucket Logs`, with `(conditional)` when a Condition narrows it.
    /// - Parameter anyResource: how to name every resource (`*` in tables, `any resource` in sentences).
    static func describe(_ grant: PermissionGrant, service: String, anyResource: String = "*") -> String {
        let references = references(grant, service: service)
        var text: String
        if grant.excludesResources {
            text = "\(anyResource) except " + labels(references, anyResource: anyResource).joined(separator: ", ")
        } else {
            text = labels(references, anyResource: anyResource).joined(separator: ", ")
        }
        if grant.isConditional { text += " (conditional)" }
        return text
    }

    /// Resource labels, each once, in the order written; any-resource wildcards say `anyResource`.
    static func labels(_ references: [ResourceReference], anyResource: String) -> [String] {
        var seen = Set<String>()
        return references.map { $0.isAnyResource ? anyResource : $0.label }.filter { seen.insert($0).inserted }
    }
}
