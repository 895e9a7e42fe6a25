/// A function whose failed events are dropped: no dead-letter queue and no on-failure destination.
struct AsyncTriggerWithoutDLQ: Rule {
    static let description = RuleDescription(
        id: "async-trigger-without-dlq",
        title: "Function without a dead-letter queue or on-failure destination",
        severity: .medium,
        practice: .monitoring,
        cwe: "CWE-778",
        owasp: "SAS-10: Improper Exception Handling and Verbose Error Messages",
        rationale: """
            Lambda retries an asynchronous event (S3, SNS, EventBridge, schedules, CloudWatch Logs, IoT) twice and \
            then throws it away; a stream batch (Kinesis, DynamoDB, Kafka, MQ) is retried until it expires, blocking the \
            shard. Without a dead-letter queue or an on-failure destination the failed events, and the evidence of a \
            payload crafted to crash the handler, are lost silently. Reported as medium when the function has such \
            triggers (or a stream trigger without its own on-failure destination). Like KICS's "Serverless Function \
            Without Dead Letter Queue", every other function without a DLQ is reported too, as low: a later async \
            invoke (`InvocationType: Event`, another service) has nowhere to put failures.
            """,
        fix: """
            Serverless Framework: `onError: <SNS topic or SQS queue ARN>` or `destinations.onFailure`, and \
            `destinations.onFailure` on stream events. SAM: `DeadLetterQueue: {Type: SQS, TargetArn: ...}` or \
            `EventInvokeConfig.DestinationConfig.OnFailure`, and `DestinationConfig.OnFailure` on stream events. \
            CloudFormation: `DeadLetterConfig.TargetArn`, `AWS::Lambda::EventInvokeConfig`, and `DestinationConfig` on \
            the event source mapping. Alarm on the queue's depth.
            """,
        fixBefore: """
            functions:
              resize:
                handler: resize.handler
                events:
                  - s3: uploads
            """,
        fixAfter: """
            functions:
              resize:
                handler: resize.handler
                destinations:
                  onFailure: arn:aws:sqs:eu-west-1:123456789012:resize-failures
                events:
                  - s3: uploads
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: images
                provider:
                  name: aws
                  runtime: nodejs22.x
                functions:
                  resize:
                    handler: resize.handler
                    onError: arn:aws:sns:eu-west-1:123456789012:resize-failures
                    events:
                      - s3: uploads
                  notify:
                    handler: notify.handler
                    destinations:
                      onFailure: arn:aws:sqs:eu-west-1:123456789012:notify-failures
                    events:
                      - sns: orders
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Resize:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.13
                      CodeUri: src/
                      DeadLetterQueue:
                        Type: SQS
                        TargetArn: arn:aws:sqs:eu-west-1:123456789012:resize-failures
                      Events:
                        Uploads:
                          Type: S3
                          Properties:
                            Bucket: !Ref Uploads
                            Events: s3:ObjectCreated:*
                  Uploads:
                    Type: AWS::S3::Bucket
                """, file: "template.yaml"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                service: images
                provider:
                  name: aws
                  runtime: nodejs22.x
                functions:
                ↓  resize:
                    handler: resize.handler
                    events:
                      - s3: uploads
                ↓  api:
                    handler: api.handler
                    events:
                      - httpApi: GET /images
                ↓  indexer:
                    handler: indexer.handler
                    onError: arn:aws:sns:eu-west-1:123456789012:indexer-failures
                    events:
                      - stream: arn:aws:kinesis:eu-west-1:123456789012:stream/images
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Nightly:
                    Type: AWS::Serverless::Function
                ↓    Properties:
                      Handler: app.handler
                      Runtime: python3.13
                      CodeUri: src/
                      Events:
                        Every:
                          Type: Schedule
                          Properties:
                            Schedule: rate(1 day)
                """, file: "template.yaml"),
        ]
    )

    /// True when a stream event sends failed batches somewhere (sls `destinations.onFailure`, SAM/CFN `DestinationConfig.OnFailure`).
    static func hasOnFailure(_ trigger: Trigger) -> Bool {
        guard let settings = trigger.settings else { return false }
        return settings[path: "destinations", "onFailure"] != nil || settings[path: "DestinationConfig", "OnFailure"] != nil
    }

    func findings(in app: Application) -> [Finding] {
        app.functions.compactMap { function in
            let hasDLQ = function.deadLetter != nil || function.onFailureDestination != nil
            let asynchronous = function.triggers.filter(\.isAsynchronous)
            let unprotectedStreams = function.triggers.filter { $0.isStream && !Self.hasOnFailure($0) }
            let location = FunctionAnchor.location(of: function, in: app)
            var notes = unprotectedStreams.map { Note("stream event without an on-failure destination", at: $0.location) }
            if !hasDLQ, !asynchronous.isEmpty {
                notes = asynchronous.map { Note("asynchronous \($0.kind.rawValue) event", at: $0.location) } + notes
                return finding(
                    "Function \(function.name) is invoked asynchronously but has no dead-letter queue or on-failure destination: events that still fail after two retries are dropped.",
                    at: location, subject: "function:\(function.name)", notes: notes)
            }
            if !unprotectedStreams.isEmpty {
                return finding(
                    "Function \(function.name) reads a stream without an on-failure destination: a batch that keeps failing blocks the shard until it expires and is then lost.",
                    at: location, subject: "function:\(function.name)", notes: notes)
            }
            guard !hasDLQ else { return nil }
            var lowered = finding(
                "Function \(function.name) has no dead-letter queue or on-failure destination; asynchronous invocations that keep failing would be dropped.",
                at: location, subject: "function:\(function.name)")
            lowered.severity = .low
            return lowered
        }
    }
}
