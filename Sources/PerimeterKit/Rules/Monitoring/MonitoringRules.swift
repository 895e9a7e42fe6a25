/// The rules of this folder, in the order `perimeter rules` lists them.
enum MonitoringRules {
    static let all: [any Rule.Type] = [
        FunctionTracingDisabled.self,
        LogRetentionUnbounded.self,
        FunctionWithoutTags.self,
        AsyncTriggerWithoutDLQ.self,
        CloudTrailLoggingDisabled.self,
        S3BucketWithoutAccessLogging.self,
    ]
}
