/// Resolves policy `Resource` values to the stack's own resources: by reference (`!GetAtt T.Arn`,
/// `${T.Arn}` in a `!Sub`) or by the physical name the ARN ends in (`table/orders-dev` → the table whose
/// `TableName` is `orders-dev`).
struct ResourceResolver {
    /// Properties that hold a resource's physical name, by type.
    static let nameProperties: [String: String] = [
        "AWS::DynamoDB::Table": "TableName", "AWS::S3::Bucket": "BucketName", "AWS::SQS::Queue": "QueueName",
        "AWS::SNS::Topic": "TopicName", "AWS::Lambda::Function": "FunctionName", "AWS::Kinesis::Stream": "Name",
        "AWS::SecretsManager::Secret": "Name", "AWS::SSM::Parameter": "Name", "AWS::Events::EventBus": "Name",
        "AWS::StepFunctions::StateMachine": "StateMachineName", "AWS::Serverless::SimpleTable": "TableName",
        "AWS::Serverless::Function": "FunctionName", "AWS::Logs::LogGroup": "LogGroupName",
    ]

    private let byLogicalID: [String: CloudResource]
    private let byPhysicalName: [String: CloudResource]

    init(resources: [CloudResource]) {
        var logical: [String: CloudResource] = [:]
        var physical: [String: CloudResource] = [:]
        for resource in resources {
            if logical[resource.logicalID] == nil { logical[resource.logicalID] = resource }
            if let property = Self.nameProperties[resource.type], let name = resource[property]?.string, !name.contains("${"), physical[name] == nil {
                physical[name] = resource
            }
        }
        byLogicalID = logical
        byPhysicalName = physical
    }

    func resolve(_ value: Value) -> ResourceReference {
        if let symbol = value.symbol {
            let target = symbol.resource.flatMap { byLogicalID[$0] }
            return ResourceReference(written: symbol.expression, logicalID: target?.logicalID, type: target?.type)
        }
        let written = value.string ?? value.description
        if let target = referencedByPlaceholder(written) ?? namedInARN(written) {
            return ResourceReference(written: written, logicalID: target.logicalID, type: target.type)
        }
        return ResourceReference(written: written)
    }

    /// `${OrdersTable.Arn}` or `${OrdersBucket}` left in a `!Sub` string.
    private func referencedByPlaceholder(_ text: String) -> CloudResource? {
        var rest = Substring(text)
        while let open = rest.range(of: "${") {
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else { return nil }
            var placeholder = rest[open.upperBound..<close]
            // SAM policy templates substitute a symbolic parameter as its expression (`${!Ref OrdersTable}`).
            for form in ["!Ref ", "!GetAtt "] where placeholder.hasPrefix(form) { placeholder = placeholder.dropFirst(form.count) }
            let name = placeholder.split(separator: ".").first.map(String.init) ?? ""
            if let resource = byLogicalID[name] { return resource }
            rest = rest[rest.index(after: close)...]
        }
        return nil
    }

    /// The resource whose physical name is the ARN's resource part (`table/NAME`, `:::NAME/*`, `:NAME`).
    private func namedInARN(_ arn: String) -> CloudResource? {
        guard arn.hasPrefix("arn:"), !byPhysicalName.isEmpty else { return nil }
        let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6 else { return nil }
        let resourcePart = parts[5]
        let segments = resourcePart.split(whereSeparator: { $0 == "/" || $0 == ":" }).map(String.init)
        for segment in segments.prefix(3) {
            if let resource = byPhysicalName[segment] { return resource }
        }
        return nil
    }
}
