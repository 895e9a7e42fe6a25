/// A bucket, queue or topic of the stack whose resource policy lets anyone produce the event that
/// invokes a function: upload to the bucket, send to the queue, publish to the topic. Policies are
/// judged public the way `resource-policy-public` judges them.
struct PublicEventSource {
    /// The trigger kind the source feeds, and the action that produces its event.
    var kind: Trigger.Kind
    /// `bucket UploadsBucket`, `queue arn:aws:sqs:…:orders`.
    var label: String
    /// The public statement.
    var statement: Statement
    /// The action anyone may call to invoke the function through it (`s3:PutObject`).
    var action: String
    /// The policy resource's logical id.
    var policyID: String
    /// The stack resource the policy is attached to, when it is one of the stack's.
    private var logicalID: String?
    /// Physical names the source may be written by in a trigger (the last part of a name, URL or ARN).
    private var names: Set<String>
    private var file: String

    /// Policy type → the trigger kind it feeds, the property naming its targets, the event-producing action.
    static let policies: [String: (kind: Trigger.Kind, noun: String, targets: String, action: String)] = [
        "AWS::S3::BucketPolicy": (.s3, "bucket", "Bucket", "s3:PutObject"),
        "AWS::SQS::QueuePolicy": (.sqs, "queue", "Queues", "sqs:SendMessage"),
        "AWS::SQS::QueueInlinePolicy": (.sqs, "queue", "Queue", "sqs:SendMessage"),
        "AWS::SNS::TopicPolicy": (.sns, "topic", "Topics", "sns:Publish"),
        "AWS::SNS::TopicInlinePolicy": (.sns, "topic", "TopicArn", "sns:Publish"),
    ]

    /// Every public source of the application.
    static func all(in app: Application) -> [PublicEventSource] {
        var sources: [PublicEventSource] = []
        for policy in app.resources {
            guard let entry = policies[policy.type], let property = PublicResourcePolicy.policyProperties[policy.type] else { continue }
            let statements = Statement.statements(inPolicyDocument: policy[property], source: "\(policy.type) \(policy.logicalID)")
            guard
                let statement = statements.first(where: { PublicResourcePolicy.isPublic($0) && allows($0, entry.action) })
            else { continue }
            for target in policy[entry.targets]?.listOrSingle ?? [] {
                let resource = app.resource(referencedBy: target)
                var names = Set<String>()
                if let resource, let nameProperty = ResourceResolver.nameProperties[resource.type], let name = resource[nameProperty]?.string {
                    names.insert(name)
                }
                if let written = target.string { names.insert(lastPart(written)) }
                let label = "\(entry.noun) \(resource?.logicalID ?? target.string ?? target.description)"
                sources.append(
                    PublicEventSource(
                        kind: entry.kind, label: label, statement: statement, action: entry.action, policyID: policy.logicalID, logicalID: resource?.logicalID, names: names,
                        file: policy.location.file))
            }
        }
        return sources
    }

    /// True when the trigger's source is this bucket, queue or topic.
    func feeds(_ trigger: Trigger) -> Bool {
        guard trigger.kind == kind, let source = trigger.source, trigger.location.file == file else { return false }
        if let target = source.symbol?.resource { return target == logicalID }
        guard let written = source.string else { return false }
        return names.contains(Self.lastPart(written))
    }

    /// True when the statement's actions include `action` (`s3:*`, `*`, `s3:Put*`, or a NotAction that leaves it).
    static func allows(_ statement: Statement, _ action: String) -> Bool {
        if !statement.notActions.isEmpty {
            return !statement.notActions.contains { $0.string.map { IAMPattern.matches($0, action) } ?? false }
        }
        return statement.actions.contains { $0.string.map { IAMPattern.matches($0, action) } ?? false }
    }

    /// `orders` from `arn:aws:sqs:us-east-1:123456789012:orders`, `https://sqs…/123456789012/orders` or `orders`.
    static func lastPart(_ text: String) -> String {
        String(text.split(whereSeparator: { $0 == ":" || $0 == "/" }).last ?? Substring(text))
    }
}
