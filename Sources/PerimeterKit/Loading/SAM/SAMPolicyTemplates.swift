/// SAM policy templates and the statements they expand to (from the AWS SAM policy template list,
/// `samtranslator/policy_templates_data/policy_templates.json`, abridged to actions and resource shape).
enum SAMPolicyTemplates {
    /// Template name → (actions, resource pattern). `{}` in a resource stands for the template's parameter.
    static let table: [String: [(actions: [String], resource: String)]] = [
        "DynamoDBCrudPolicy": [
            (
                [
                    "dynamodb:GetItem", "dynamodb:DeleteItem", "dynamodb:PutItem", "dynamodb:Scan", "dynamodb:Query", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem",
                    "dynamodb:BatchGetItem", "dynamodb:DescribeTable", "dynamodb:ConditionCheckItem",
                ], "arn:aws:dynamodb:*:*:table/{}"
            )
        ],
        "DynamoDBReadPolicy": [(["dynamodb:GetItem", "dynamodb:Scan", "dynamodb:Query", "dynamodb:BatchGetItem", "dynamodb:DescribeTable"], "arn:aws:dynamodb:*:*:table/{}")],
        "DynamoDBWritePolicy": [(["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem"], "arn:aws:dynamodb:*:*:table/{}")],
        "DynamoDBStreamReadPolicy": [
            (["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams"], "arn:aws:dynamodb:*:*:table/{}/stream/*")
        ],
        "S3CrudPolicy": [
            (
                [
                    "s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObjectVersion", "s3:PutObject", "s3:PutObjectAcl", "s3:GetLifecycleConfiguration",
                    "s3:PutLifecycleConfiguration", "s3:DeleteObject",
                ], "arn:aws:s3:::{}"
            )
        ],
        "S3ReadPolicy": [(["s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObjectVersion", "s3:GetLifecycleConfiguration"], "arn:aws:s3:::{}")],
        "S3WritePolicy": [(["s3:PutObject", "s3:PutObjectAcl", "s3:PutLifecycleConfiguration"], "arn:aws:s3:::{}")],
        "S3FullAccessPolicy": [
            (
                [
                    "s3:GetObject", "s3:GetObjectAcl", "s3:GetObjectVersion", "s3:PutObject", "s3:PutObjectAcl", "s3:DeleteObject", "s3:DeleteObjectTagging",
                    "s3:DeleteObjectVersionTagging", "s3:GetObjectTagging", "s3:GetObjectVersionTagging", "s3:PutObjectTagging", "s3:PutObjectVersionTagging", "s3:ListBucket",
                    "s3:GetBucketLocation", "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration",
                ], "arn:aws:s3:::{}"
            )
        ],
        "SQSSendMessagePolicy": [(["sqs:SendMessage*"], "arn:aws:sqs:*:*:{}")],
        "SQSPollerPolicy": [
            (
                ["sqs:ChangeMessageVisibility", "sqs:ChangeMessageVisibilityBatch", "sqs:DeleteMessage", "sqs:DeleteMessageBatch", "sqs:GetQueueAttributes", "sqs:ReceiveMessage"],
                "arn:aws:sqs:*:*:{}"
            )
        ],
        "SNSPublishMessagePolicy": [(["sns:Publish"], "arn:aws:sns:*:*:{}")],
        "SNSCrudPolicy": [(["sns:ListSubscriptionsByTopic", "sns:CreateTopic", "sns:SetTopicAttributes", "sns:Subscribe", "sns:Publish"], "arn:aws:sns:*:*:{}*")],
        "LambdaInvokePolicy": [(["lambda:InvokeFunction"], "arn:aws:lambda:*:*:function:{}*")],
        "StepFunctionsExecutionPolicy": [(["states:StartExecution"], "arn:aws:states:*:*:stateMachine:{}")],
        "KMSDecryptPolicy": [(["kms:Decrypt"], "arn:aws:kms:*:*:key/{}")],
        "KMSEncryptPolicy": [(["kms:Encrypt"], "arn:aws:kms:*:*:key/{}")],
        "SSMParameterReadPolicy": [(["ssm:DescribeParameters"], "*"), (["ssm:GetParameters", "ssm:GetParameter", "ssm:GetParametersByPath"], "arn:aws:ssm:*:*:parameter/{}")],
        "SSMParameterWithSlashPrefixReadPolicy": [
            (["ssm:DescribeParameters"], "*"), (["ssm:GetParameters", "ssm:GetParameter", "ssm:GetParametersByPath"], "arn:aws:ssm:*:*:parameter{}"),
        ],
        "AWSSecretsManagerGetSecretValuePolicy": [(["secretsmanager:GetSecretValue"], "{}")],
        "AWSSecretsManagerRotationPolicy": [
            (
                ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue", "secretsmanager:UpdateSecretVersionStage"],
                "arn:aws:secretsmanager:*:*:secret:*"
            ), (["secretsmanager:GetRandomPassword"], "*"),
        ],
        "KinesisStreamReadPolicy": [
            (["kinesis:ListStreams", "kinesis:DescribeLimits"], "arn:aws:kinesis:*:*:stream/*"),
            (["kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:GetRecords", "kinesis:GetShardIterator"], "arn:aws:kinesis:*:*:stream/{}"),
        ],
        "KinesisCrudPolicy": [
            (
                [
                    "kinesis:AddTagsToStream", "kinesis:CreateStream", "kinesis:DecreaseStreamRetentionPeriod", "kinesis:DeleteStream", "kinesis:DescribeStream",
                    "kinesis:DescribeStreamSummary", "kinesis:GetShardIterator", "kinesis:IncreaseStreamRetentionPeriod", "kinesis:ListTagsForStream", "kinesis:MergeShards",
                    "kinesis:PutRecord", "kinesis:PutRecords", "kinesis:SplitShard", "kinesis:RemoveTagsFromStream",
                ], "arn:aws:kinesis:*:*:stream/{}"
            )
        ],
        "EventBridgePutEventsPolicy": [(["events:PutEvents"], "arn:aws:events:*:*:event-bus/{}")],
        "CloudWatchPutMetricPolicy": [(["cloudwatch:PutMetricData"], "*")],
        "VPCAccessPolicy": [(["ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DetachNetworkInterface"], "*")],
        "AWSXrayWriteOnlyAccess": [
            (["xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules", "xray:GetSamplingTargets", "xray:GetSamplingStatisticSummaries"], "*")
        ],
        "SESCrudPolicy": [(["ses:GetIdentityVerificationAttributes", "ses:SendEmail", "ses:SendRawEmail", "ses:VerifyEmailIdentity"], "arn:aws:ses:*:*:identity/{}")],
        "SESSendBouncePolicy": [(["ses:SendBounce"], "arn:aws:ses:*:*:identity/{}")],
        "RekognitionDetectOnlyPolicy": [(["rekognition:DetectFaces", "rekognition:DetectLabels", "rekognition:DetectModerationLabels", "rekognition:DetectText"], "*")],
        "ComprehendBasicAccessPolicy": [
            (
                [
                    "comprehend:BatchDetectKeyPhrases", "comprehend:DetectDominantLanguage", "comprehend:DetectEntities", "comprehend:BatchDetectEntities",
                    "comprehend:DetectKeyPhrases", "comprehend:DetectSentiment", "comprehend:BatchDetectDominantLanguage", "comprehend:BatchDetectSentiment",
                ], "*"
            )
        ],
        "EC2DescribePolicy": [(["ec2:DescribeRegions", "ec2:DescribeInstances"], "*")],
        "FilterLogEventsPolicy": [(["logs:FilterLogEvents"], "arn:aws:logs:*:*:log-group:{}:log-stream:*")],
        "AthenaQueryPolicy": [
            (
                [
                    "athena:ListWorkGroups", "athena:GetExecutionEngine", "athena:GetExecutionEngines", "athena:GetNamespace", "athena:GetCatalogs", "athena:GetNamespaces",
                    "athena:GetTables", "athena:GetTable",
                ], "*"
            ),
            (
                [
                    "athena:StartQueryExecution", "athena:GetQueryResults", "athena:DeleteNamedQuery", "athena:GetNamedQuery", "athena:ListQueryExecutions",
                    "athena:StopQueryExecution", "athena:GetQueryResultsStream", "athena:ListNamedQueries", "athena:CreateNamedQuery", "athena:GetQueryExecution",
                    "athena:BatchGetNamedQuery", "athena:BatchGetQueryExecution", "athena:GetWorkGroup",
                ], "arn:aws:athena:*:*:workgroup/{}"
            ),
        ],
        "StepFunctionsCallbackPolicy": [(["states:SendTaskSuccess", "states:SendTaskFailure"], "arn:aws:states:*:*:stateMachine:{}")],
        "CostExplorerReadOnlyPolicy": [
            (
                [
                    "ce:GetCostAndUsage", "ce:GetDimensionValues", "ce:GetReservationCoverage", "ce:GetReservationPurchaseRecommendation", "ce:GetReservationUtilization",
                    "ce:GetTags",
                ], "*"
            )
        ],
        "TextractPolicy": [(["textract:*"], "*")],
        "TextractDetectAnalyzePolicy": [
            (["textract:DetectDocumentText", "textract:StartDocumentTextDetection", "textract:StartDocumentAnalysis", "textract:AnalyzeDocument"], "*")
        ],
        "TextractGetResultPolicy": [(["textract:GetDocumentTextDetection", "textract:GetDocumentAnalysis"], "*")],
        "PollyFullAccessPolicy": [
            (["polly:GetLexicon", "polly:DeleteLexicon"], "arn:aws:polly:*:*:lexicon/{}"),
            (["polly:DescribeVoices", "polly:ListLexicons", "polly:PutLexicon", "polly:SynthesizeSpeech"], "arn:aws:polly:*:*:lexicon/*"),
        ],
        "DynamoDBReconfigurePolicy": [(["dynamodb:UpdateTable"], "arn:aws:dynamodb:*:*:table/{}")],
        "SQSSendMessageBatchPolicy": [(["sqs:SendMessage*"], "arn:aws:sqs:*:*:{}")],
        "EKSDescribePolicy": [(["eks:DescribeCluster", "eks:ListClusters"], "*")],
        "ElasticsearchHttpPostPolicy": [(["es:ESHttpPost", "es:ESHttpPut"], "arn:aws:es:*:*:domain/{}/*")],
        "MobileAnalyticsWriteOnlyAccessPolicy": [(["mobileanalytics:PutEvents"], "*")],
        "OrganizationsListAccountsPolicy": [(["organizations:ListAccounts"], "*")],
        "SageMakerCreateEndpointPolicy": [(["sagemaker:CreateEndpoint"], "arn:aws:sagemaker:*:*:endpoint/{}")],
        "ServerlessRepoReadWriteAccessPolicy": [
            (
                [
                    "serverlessrepo:CreateApplication", "serverlessrepo:CreateApplicationVersion", "serverlessrepo:GetApplication", "serverlessrepo:ListApplications",
                    "serverlessrepo:ListApplicationVersions",
                ], "arn:aws:serverlessrepo:*:*:applications/*"
            )
        ],
        "Route53ChangeResourceRecordSetsPolicy": [(["route53:GetHostedZone", "route53:ChangeResourceRecordSets"], "arn:aws:route53:::hostedzone/{}")],
        "AMIDescribePolicy": [(["ec2:DescribeImages"], "*")],
        "CloudFormationDescribeStacksPolicy": [(["cloudformation:DescribeStacks"], "arn:aws:cloudformation:*:*:stack/*")],
        "CodePipelineLambdaExecutionPolicy": [(["codepipeline:PutJobSuccessResult", "codepipeline:PutJobFailureResult"], "*")],
        "AcmGetCertificatePolicy": [(["acm:GetCertificate"], "{}")],
        "DynamoDBBackupFullAccessPolicy": [
            (["dynamodb:CreateBackup", "dynamodb:DescribeContinuousBackups"], "arn:aws:dynamodb:*:*:table/{}"),
            (["dynamodb:DeleteBackup", "dynamodb:DescribeBackup", "dynamodb:ListBackups"], "arn:aws:dynamodb:*:*:table/{}/backup/*"),
        ],
        "DynamoDBRestoreFromBackupPolicy": [
            (["dynamodb:RestoreTableFromBackup"], "arn:aws:dynamodb:*:*:table/{}/backup/*"),
            (
                ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:BatchWriteItem"],
                "arn:aws:dynamodb:*:*:table/{}"
            ),
        ],
        "EFSWriteAccessPolicy": [(["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"], "arn:aws:elasticfilesystem:*:*:file-system/{}")],
        "LambdaInvokeAsyncPolicy": [(["lambda:InvokeAsync"], "arn:aws:lambda:*:*:function:{}")],
    ]

    /// Expands `{TemplateName: {Param: value}}` into statements located at the template's key.
    static func statements(for entry: Value.Entry) -> [Statement]? {
        guard let rows = table[entry.key] else { return nil }
        let parameter = entry.value.entries.first?.value
        let parameterText = parameter?.string ?? parameter?.symbol.map { "${\($0.expression)}" } ?? "*"
        return rows.map { row in
            var statement = Statement(effect: .allow, location: entry.keyLocation, source: "SAM policy template \(entry.key)")
            statement.actions = row.actions.map { .string($0, at: entry.keyLocation) }
            let resourceText = row.resource.replacingOccurrences(of: "{}", with: parameterText)
            if let parameter, parameter.isSymbolic, row.resource == "{}" {
                statement.resources = [parameter]
            } else {
                statement.resources = [.string(resourceText, at: parameter?.location ?? entry.keyLocation)]
            }
            return statement
        }
    }
}
