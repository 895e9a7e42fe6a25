import Testing

@testable import PerimeterKit

/// Could an ARN as a policy writes it name a resource of a given ARN format?
struct ARNOverlapTests {
    let object = "arn:${Partition}:s3:::${BucketName}/${ObjectName}"
    let bucket = "arn:${Partition}:s3:::${BucketName}"
    let table = "arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}"
    let index = "arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/index/${IndexName}"

    func overlaps(_ format: String, _ arn: String) -> Bool {
        let formats = [format, object, bucket, table, index]
        return ARNOverlap.overlaps(format: format, finalPlaceholderHoldsSlash: !ARNOverlap.continuedWithSlash(formats)[0], arn: arn)
    }

    @Test("a format continued by another after a `/` ends at that `/`")
    func continuedFormats() {
        #expect(ARNOverlap.continuedWithSlash([object, bucket, table, index]) == [false, true, true, false])
    }

    @Test("literal ARNs fit the format whose placeholders they fill")
    func literal() {
        #expect(overlaps(object, "arn:aws:s3:::orders/2024/report.csv"))
        #expect(!overlaps(object, "arn:aws:s3:::orders"))
        #expect(overlaps(bucket, "arn:aws:s3:::orders"))
        #expect(!overlaps(bucket, "arn:aws:s3:::orders/key"))
        #expect(overlaps(table, "arn:aws:dynamodb:us-east-1:123456789012:table/Orders"))
        #expect(!overlaps(table, "arn:aws:dynamodb:us-east-1:123456789012:table/Orders/index/ByDate"))
        #expect(!overlaps(table, "arn:aws:sqs:us-east-1:123456789012:orders"))
    }

    @Test("wildcards in the policy's ARN")
    func wildcards() {
        #expect(overlaps(object, "*"))
        #expect(overlaps(bucket, "*"))
        #expect(overlaps(object, "arn:aws:s3:::orders/*"))
        #expect(overlaps(object, "arn:aws:s3:::orders*"))
        #expect(overlaps(bucket, "arn:aws:s3:::orders*"))
        #expect(overlaps(table, "arn:aws:dynamodb:*:*:table/*"))
        #expect(overlaps(table, "arn:aws:dynamodb:us-east-?:*:table/Orders"))
        #expect(!overlaps(table, "arn:aws:dynamodb:*:*:stream/*"))
    }

    @Test("placeholders in the policy's ARN stand for one segment, or anything when they are the whole ARN")
    func placeholders() {
        #expect(overlaps(table, "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}"))
        #expect(overlaps(bucket, "arn:aws:s3:::${BucketName}"))
        #expect(!overlaps(object, "arn:aws:s3:::${BucketName}"))
        #expect(overlaps(object, "arn:aws:s3:::${BucketName}/*"))
        #expect(overlaps(object, "${OrdersBucketArn}"))
    }

    @Test("a format's final placeholder may hold `/` and `:`; a literal `*` in a format is any run")
    func formatShapes() {
        let function = "arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}"
        #expect(overlaps(function, "arn:aws:lambda:eu-west-1:123456789012:function:orders:live"))
        let queues = "arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/queue/*"
        #expect(overlaps(queues, "arn:aws:connect:eu-west-1:123456789012:instance/abc/queue/q1"))
        #expect(!overlaps(queues, "arn:aws:connect:eu-west-1:123456789012:instance/abc/flow/q1"))
    }
}
