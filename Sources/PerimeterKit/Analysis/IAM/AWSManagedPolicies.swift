/// The AWS managed policies serverless roles commonly attach, with their effective scope: the action
/// patterns and resources they grant, abridged from the published policy documents (AWS Managed Policy
/// reference, versions current in 2026). Each is a list of Allow statements; a name not in this table is
/// reported as unknown rather than ignored.
public enum AWSManagedPolicies {
    /// One allow statement of a managed policy.
    public struct Grant: Sendable {
        public var actions: [String]
        public var notActions: [String]
        public var resources: [String]

        init(_ actions: [String], on resources: [String] = ["*"], except notActions: [String] = []) {
            self.actions = actions
            self.notActions = notActions
            self.resources = resources
        }
    }

    static let logs = Grant(["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"])

    public static let table: [String: [Grant]] = [
        "AdministratorAccess": [Grant(["*"])],
        "PowerUserAccess": [
            Grant([], except: ["iam:*", "organizations:*", "account:*"]),
            Grant(["iam:CreateServiceLinkedRole", "iam:DeleteServiceLinkedRole", "iam:ListRoles", "organizations:DescribeOrganization", "account:ListRegions"]),
        ],
        "ReadOnlyAccess": [Grant(["*:Describe*", "*:Get*", "*:List*", "*:BatchGet*", "*:Query", "*:Scan", "*:Select*", "*:Lookup*", "*:View*"])],
        "IAMFullAccess": [Grant(["iam:*", "organizations:DescribeAccount", "organizations:DescribeOrganization", "organizations:ListRoots"])],
        "IAMReadOnlyAccess": [Grant(["iam:GenerateCredentialReport", "iam:Get*", "iam:List*", "iam:SimulateCustomPolicy", "iam:SimulatePrincipalPolicy"])],
        "AmazonS3FullAccess": [Grant(["s3:*", "s3-object-lambda:*"])],
        "AmazonS3ReadOnlyAccess": [Grant(["s3:Get*", "s3:List*", "s3:Describe*", "s3-object-lambda:Get*", "s3-object-lambda:List*"])],
        "AmazonDynamoDBFullAccess": [
            Grant([
                "dynamodb:*", "dax:*", "application-autoscaling:*", "cloudwatch:*", "kinesis:ListStreams", "kinesis:DescribeStream", "kinesis:DescribeStreamSummary",
                "lambda:CreateFunction", "lambda:ListFunctions", "lambda:ListEventSourceMappings", "lambda:CreateEventSourceMapping", "lambda:DeleteEventSourceMapping",
                "lambda:GetFunctionConfiguration", "lambda:DeleteFunction", "sns:CreateTopic", "sns:DeleteTopic", "sns:ListSubscriptions", "sns:ListSubscriptionsByTopic",
                "sns:ListTopics", "sns:Subscribe", "sns:Unsubscribe", "sns:SetTopicAttributes", "iam:GetRole", "iam:ListRoles", "ec2:DescribeVpcs", "ec2:DescribeSubnets",
                "ec2:DescribeSecurityGroups", "resource-groups:*", "tag:GetResources",
            ]),
            // `iam:PassRole` is limited by `iam:PassedToService` to application-autoscaling and dax: no escalation, left out.
            Grant(["iam:CreateServiceLinkedRole"]),
        ],
        "AmazonDynamoDBReadOnlyAccess": [
            Grant([
                "dynamodb:BatchGetItem", "dynamodb:Describe*", "dynamodb:List*", "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:PartiQLSelect", "dax:Describe*",
                "dax:List*", "dax:GetItem", "dax:BatchGetItem", "dax:Query", "dax:Scan", "cloudwatch:DescribeAlarms", "cloudwatch:GetMetricStatistics", "cloudwatch:ListMetrics",
            ])
        ],
        "AmazonSQSFullAccess": [Grant(["sqs:*"])],
        "AmazonSQSReadOnlyAccess": [
            Grant(["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ListDeadLetterSourceQueues", "sqs:ListQueues", "sqs:ListMessageMoveTasks", "sqs:ListQueueTags"])
        ],
        "AmazonSNSFullAccess": [Grant(["sns:*", "sms-voice:*"])],
        "AmazonSNSReadOnlyAccess": [
            Grant([
                "sns:GetTopicAttributes", "sns:List*", "sns:CheckIfPhoneNumberIsOptedOut", "sns:GetEndpointAttributes", "sns:GetPlatformApplicationAttributes",
                "sns:GetSMSAttributes", "sns:GetSubscriptionAttributes",
            ])
        ],
        "AmazonSESFullAccess": [Grant(["ses:*"])],
        "AmazonKinesisFullAccess": [Grant(["kinesis:*"])],
        "AmazonKinesisReadOnlyAccess": [Grant(["kinesis:Get*", "kinesis:List*", "kinesis:Describe*"])],
        "AmazonKinesisFirehoseFullAccess": [Grant(["firehose:*"])],
        "AWSLambda_FullAccess": [
            Grant([
                "lambda:*", "cloudformation:DescribeStacks", "cloudformation:ListStackResources", "cloudwatch:ListMetrics", "cloudwatch:GetMetricData",
                "ec2:DescribeSecurityGroups", "ec2:DescribeSubnets", "ec2:DescribeVpcs", "kms:ListAliases", "iam:GetPolicy", "iam:GetPolicyVersion", "iam:GetRole",
                "iam:GetRolePolicy", "iam:ListAttachedRolePolicies", "iam:ListRolePolicies", "iam:ListRoles", "logs:DescribeLogGroups", "states:DescribeStateMachine",
                "states:ListStateMachines", "tag:GetResources", "xray:GetTraceSummaries", "xray:BatchGetTraces",
            ]),
            Grant(["iam:PassRole"]),
            Grant(["logs:DescribeLogStreams", "logs:GetLogEvents", "logs:FilterLogEvents", "logs:StartLiveTail", "logs:StopLiveTail"]),
        ],
        "AWSLambda_ReadOnlyAccess": [
            Grant(["lambda:Get*", "lambda:List*", "cloudformation:DescribeStacks", "cloudformation:ListStackResources", "logs:DescribeLogGroups", "iam:GetRole", "iam:ListRoles"])
        ],
        "AWSLambdaExecute": [Grant(["logs:*"], on: ["arn:aws:logs:*:*:*"]), Grant(["s3:GetObject", "s3:PutObject"], on: ["arn:aws:s3:::*"])],
        "AmazonRoute53ReadOnlyAccess": [Grant(["route53:Get*", "route53:List*", "route53:TestDNSAnswer"])],
        "AWSLambdaRole": [Grant(["lambda:InvokeFunction"])],
        "AWSLambdaBasicExecutionRole": [logs],
        "AWSLambdaVPCAccessExecutionRole": [
            logs,
            Grant([
                "ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DescribeSubnets", "ec2:DeleteNetworkInterface", "ec2:AssignPrivateIpAddresses",
                "ec2:UnassignPrivateIpAddresses",
            ]),
        ],
        "AWSLambdaKinesisExecutionRole": [
            logs,
            Grant([
                "kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:ListShards", "kinesis:ListStreams",
                "kinesis:SubscribeToShard",
            ]),
        ],
        "AWSLambdaDynamoDBExecutionRole": [logs, Grant(["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams"])],
        "AWSLambdaSQSQueueExecutionRole": [logs, Grant(["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"])],
        "AWSLambdaMSKExecutionRole": [
            logs,
            Grant([
                "ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DescribeVpcs", "ec2:DeleteNetworkInterface", "ec2:DescribeSubnets",
                "ec2:DescribeSecurityGroups", "kafka:DescribeCluster", "kafka:DescribeClusterV2", "kafka:GetBootstrapBrokers",
            ]),
        ],
        "AWSLambdaENIManagementAccess": [
            Grant(["ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DeleteNetworkInterface", "ec2:AssignPrivateIpAddresses", "ec2:UnassignPrivateIpAddresses"])
        ],
        "AWSXRayDaemonWriteAccess": [
            Grant(["xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules", "xray:GetSamplingTargets", "xray:GetSamplingStatisticSummaries"])
        ],
        "AWSXrayWriteOnlyAccess": [
            Grant(["xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules", "xray:GetSamplingTargets", "xray:GetSamplingStatisticSummaries"])
        ],
        "CloudWatchLogsFullAccess": [Grant(["logs:*", "cloudwatch:GenerateQuery"])],
        "CloudWatchFullAccess": [Grant(["autoscaling:Describe*", "cloudwatch:*", "logs:*", "sns:*", "iam:GetPolicy", "iam:GetPolicyVersion", "iam:GetRole", "oam:ListSinks"])],
        "CloudWatchLambdaInsightsExecutionRolePolicy": [Grant(["logs:CreateLogStream", "logs:PutLogEvents", "logs:CreateLogGroup"])],
        "AmazonEventBridgeFullAccess": [Grant(["events:*", "schemas:*", "scheduler:*", "pipes:*"]), Grant(["iam:PassRole", "iam:CreateServiceLinkedRole"])],
        "AWSStepFunctionsFullAccess": [Grant(["states:*"]), Grant(["iam:PassRole"])],
        "SecretsManagerReadWrite": [
            Grant([
                "secretsmanager:*", "cloudformation:CreateChangeSet", "cloudformation:DescribeChangeSet", "cloudformation:DescribeStackResource",
                "cloudformation:DescribeStacks", "cloudformation:ExecuteChangeSet", "docdb-elastic:GetCluster", "docdb-elastic:ListClusters",
                "ec2:DescribeSecurityGroups", "ec2:DescribeSubnets", "ec2:DescribeVpcs", "kms:DescribeKey", "kms:ListAliases", "kms:ListKeys",
                "lambda:ListFunctions", "rds:DescribeDBClusters", "rds:DescribeDBInstances", "redshift:DescribeClusters", "tag:GetResources",
            ]),
            Grant(["serverlessrepo:CreateCloudFormationChangeSet", "serverlessrepo:GetApplication"], on: ["arn:aws:serverlessrepo:*:*:applications/SecretsManager*"]),
            Grant(["s3:GetObject"], on: ["arn:aws:s3:::awsserverlessrepo-changesets*", "arn:aws:s3:::secrets-manager-rotation-apps-*/*"]),
        ],
        "AmazonSSMReadOnlyAccess": [Grant(["ssm:Describe*", "ssm:Get*", "ssm:List*"])],
        "AmazonSSMFullAccess": [
            Grant(["cloudwatch:PutMetricData", "ds:CreateComputer", "ds:DescribeDirectories", "ec2:DescribeInstanceStatus", "logs:*", "ssm:*", "ec2messages:*"]),
            Grant(["iam:CreateServiceLinkedRole", "iam:DeleteServiceLinkedRole", "iam:GetServiceLinkedRoleDeletionStatus", "iam:PassRole"]),
        ],
        "AmazonAPIGatewayInvokeFullAccess": [Grant(["execute-api:Invoke", "execute-api:ManageConnections"])],
        "AmazonAPIGatewayAdministrator": [Grant(["apigateway:*"])],
        "AmazonAPIGatewayPushToCloudWatchLogs": [
            Grant([
                "logs:CreateLogGroup", "logs:CreateLogStream", "logs:DescribeLogGroups", "logs:DescribeLogStreams", "logs:PutLogEvents", "logs:GetLogEvents",
                "logs:FilterLogEvents",
            ])
        ],
        "AmazonRekognitionFullAccess": [Grant(["rekognition:*"])],
        "AmazonRekognitionReadOnlyAccess": [
            Grant([
                "rekognition:Describe*", "rekognition:Detect*", "rekognition:Get*", "rekognition:List*", "rekognition:Recognize*", "rekognition:Search*", "rekognition:Compare*",
            ])
        ],
        "AmazonTextractFullAccess": [Grant(["textract:*"])],
        "ComprehendFullAccess": [Grant(["comprehend:*", "s3:ListAllMyBuckets", "s3:ListBucket", "s3:GetBucketLocation", "iam:ListRoles", "iam:GetRole"])],
        "AmazonPollyFullAccess": [Grant(["polly:*"])],
        "TranslateFullAccess": [Grant(["translate:*", "comprehend:DetectDominantLanguage", "cloudwatch:GetMetricStatistics", "cloudwatch:ListMetrics"])],
        "AmazonBedrockFullAccess": [
            Grant(["bedrock:*", "kms:DescribeKey", "iam:ListRoles", "ec2:DescribeVpcs", "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups"]), Grant(["iam:PassRole"]),
        ],
        "AmazonSageMakerFullAccess": [Grant(["sagemaker:*", "ecr:*", "cloudwatch:*", "logs:*", "s3:*", "ec2:*"]), Grant(["iam:PassRole"])],
        "AWSIoTFullAccess": [Grant(["iot:*", "iotjobsdata:*"])],
        "AWSIoTDataAccess": [
            Grant([
                "iot:Connect", "iot:Publish", "iot:Subscribe", "iot:Receive", "iot:GetThingShadow", "iot:UpdateThingShadow", "iot:DeleteThingShadow",
                "iot:ListNamedShadowsForThing",
            ])
        ],
        "AmazonCognitoPowerUser": [
            Grant([
                "cognito-identity:*", "cognito-idp:*", "cognito-sync:*", "iam:ListRoles", "iam:ListOpenIdConnectProviders", "iam:GetRole", "iam:ListSAMLProviders",
                "iam:GetSAMLProvider", "kinesis:ListStreams", "lambda:GetPolicy", "lambda:ListFunctions", "sns:GetSMSSandboxAccountStatus", "sns:ListPlatformApplications",
                "ses:ListIdentities", "ses:GetIdentityVerificationAttributes", "mobiletargeting:GetApp", "acm:ListCertificates",
            ])
        ],
        "AmazonAthenaFullAccess": [
            Grant([
                "athena:*", "glue:*", "s3:GetBucketLocation", "s3:GetObject", "s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:ListMultipartUploadParts",
                "s3:AbortMultipartUpload", "s3:CreateBucket", "s3:PutObject", "s3:PutBucketPublicAccessBlock", "sns:ListTopics", "sns:GetTopicAttributes",
                "cloudwatch:PutMetricAlarm", "cloudwatch:DescribeAlarms", "cloudwatch:DeleteAlarms", "cloudwatch:GetMetricData", "lakeformation:GetDataAccess",
                "pricing:GetProducts",
            ])
        ],
        "AmazonECS_FullAccess": [
            Grant([
                "ecs:*", "application-autoscaling:*", "autoscaling:*", "cloudformation:*", "ec2:*", "elasticloadbalancing:*", "logs:*", "servicediscovery:*", "events:*",
                "route53:*", "sns:ListTopics", "lambda:ListFunctions",
            ]), Grant(["iam:PassRole", "iam:CreateServiceLinkedRole"]),
        ],
        "AmazonRDSDataFullAccess": [
            Grant([
                "rds-data:*", "secretsmanager:GetSecretValue", "secretsmanager:PutResourcePolicy", "secretsmanager:PutSecretValue", "secretsmanager:DeleteSecret",
                "secretsmanager:DescribeSecret", "secretsmanager:TagResource", "secretsmanager:CreateSecret", "secretsmanager:ListSecrets", "secretsmanager:GetRandomPassword",
                "tag:GetResources", "dbqms:*",
            ])
        ],
        "AmazonRDSFullAccess": [
            Grant([
                "rds:*", "application-autoscaling:*", "cloudwatch:*", "ec2:Describe*", "ec2:AllocateAddress", "ec2:AssociateAddress", "ec2:CreateNetworkInterface",
                "ec2:DeleteNetworkInterface", "ec2:ModifyNetworkInterfaceAttribute", "ec2:ModifyVpcEndpoint", "logs:*", "outposts:GetOutpostInstanceTypes", "sns:ListSubscriptions",
                "sns:ListTopics", "sns:Publish", "secretsmanager:CreateSecret", "secretsmanager:TagResource", "kms:CreateGrant", "kms:DescribeKey",
            ]), Grant(["iam:CreateServiceLinkedRole", "iam:PassRole"]),
        ],
        "AWSAppSyncInvokeFullAccess": [Grant(["appsync:GraphQL", "appsync:GetGraphqlApi", "appsync:ListGraphqlApis", "appsync:ListApiKeys"])],
        "AWSCodePipeline_FullAccess": [
            Grant([
                "codepipeline:*", "cloudformation:DescribeStacks", "cloudformation:ListStacks", "cloudformation:ListChangeSets", "cloudtrail:DescribeTrails",
                "codebuild:BatchGetProjects", "codebuild:CreateProject", "codebuild:ListCuratedEnvironmentImages", "codebuild:ListProjects", "codecommit:ListBranches",
                "codecommit:GetReferences", "codecommit:ListRepositories", "codedeploy:BatchGetDeploymentGroups", "codedeploy:ListApplications", "codedeploy:ListDeploymentGroups",
                "ec2:DescribeSecurityGroups", "ec2:DescribeSubnets", "ec2:DescribeVpcs", "ecr:DescribeRepositories", "ecr:ListImages", "ecs:ListClusters", "ecs:ListServices",
                "elasticbeanstalk:DescribeApplications", "elasticbeanstalk:DescribeEnvironments", "iam:ListRoles", "iam:GetRole", "lambda:ListFunctions", "events:ListRules",
                "events:ListTargetsByRule", "events:DescribeRule", "opsworks:DescribeApps", "opsworks:DescribeLayers", "opsworks:DescribeStacks", "s3:ListAllMyBuckets",
                "sns:ListTopics", "codestar-notifications:ListNotificationRules", "codestar-notifications:ListTargets", "codestar-notifications:ListTagsforResource",
                "codestar-notifications:ListEventTypes", "states:ListStateMachines",
            ]), Grant(["iam:PassRole"]),
        ],
    ]

    /// The table entry for a managed policy written as a name or any form of its ARN
    /// (`arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole`, with `${AWS::Partition}`…).
    public static func grants(forPolicy reference: String) -> (name: String, grants: [Grant])? {
        guard let name = awsManagedName(reference) else { return nil }
        return table[name].map { (name, $0) }
    }

    /// The policy name when the reference is an AWS managed policy (a bare name, or an
    /// `arn:<partition>:iam::aws:policy/[path/]Name` ARN); nil for customer policies and symbols.
    public static func awsManagedName(_ reference: String) -> String? {
        if reference.hasPrefix("arn:") || reference.contains(":iam::") {
            guard reference.contains(":iam::aws:policy/") else { return nil }
            return reference.split(separator: "/").last.map(String.init)
        }
        guard !reference.contains("${"), !reference.contains("/"), !reference.isEmpty else { return nil }
        return reference
    }
}
