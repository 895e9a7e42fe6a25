/// The rules of this folder, in the order `perimeter rules` lists them.
enum EncryptionRules {
    static let all: [any Rule.Type] = [
        S3BucketPublicAccess.self,
        S3BucketAllowsInsecureTransport.self,
        SNSTopicUnencrypted.self,
        SQSQueueUnencrypted.self,
        KinesisStreamUnencrypted.self,
        DynamoDBTableWithoutKMS.self,
        EnvironmentWithoutKMSKey.self,
        LogGroupWithoutKMSKey.self,
        SecretWithoutKMSKey.self,
        KMSKeyRotationDisabled.self,
    ]
}
