/// Lists of actions whose grant on every resource is a risk of its own, as sets over `ActionIndex.shared`.
enum SensitiveActions {
    /// Calls whose response carries credentials or secret material: Cloudsplaining's "credentials exposure"
    /// list (from Kinnaird McQuade's survey of the AWS API), with its `gamelist:` typos read as `gamelift:`.
    static let returningCredentials = [
        "airflow:CreateCliToken", "airflow:CreateWebLoginToken", "appsync:CreateApiKey", "chime:CreateApiKey",
        "cloud9:CreateEnvironmentToken", "codeartifact:GetAuthorizationToken", "codepipeline:PollForJobs",
        "cognito-identity:GetOpenIdToken", "cognito-identity:GetOpenIdTokenForDeveloperIdentity",
        "cognito-identity:GetCredentialsForIdentity", "cognito-idp:GetSigningCertificate", "connect:GetFederationToken",
        "connect:GetFederationTokens", "ec2:GetPasswordData", "ecr:GetAuthorizationToken", "ecr-public:GetAuthorizationToken",
        "emr-containers:GetManagedEndpointSessionCredentials", "finspace-api:GetProgrammaticAccessCredentials",
        "gamelift:RequestUploadCredentials", "gamelift:GetInstanceAccess", "gamelift:GetComputeAccess", "gamelift:GetComputeAuthToken",
        "grafana:CreateWorkspaceApiKey", "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:CreateServiceSpecificCredential",
        "iam:ResetServiceSpecificCredential", "iam:UpdateAccessKey", "license-manager:GetAccessToken",
        "lightsail:GetInstanceAccessDetails", "lightsail:DownloadDefaultKeyPair", "lightsail:CreateBucketAccessKey",
        "lightsail:GetRelationalDatabaseMasterUserPassword", "mediapackage:RotateChannelCredentials",
        "mediapackage:RotateIngestEndpointCredentials", "rds-db:connect", "redshift:GetClusterCredentials",
        "redshift:GetClusterCredentialsWithIAM", "redshift-serverless:GetCredentials", "sso:GetRoleCredentials", "sts:AssumeRole",
        "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity", "sts:GetFederationToken", "sts:GetSessionToken",
    ]

    /// Read calls that hand over stored data: Cloudsplaining's data-exfiltration list (objects, parameters,
    /// secrets), plus reads of whole DynamoDB tables. `kms:Decrypt` is left out: a key's own policy decides
    /// who may use it, and `kms:Decrypt` on `*` is the usual way to read SecureString parameters.
    static let readingData = [
        "s3:GetObject", "ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath", "secretsmanager:GetSecretValue",
        "dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:Scan",
    ]

    /// `returningCredentials` without the actions `iam-privilege-escalation` reports on the same grants.
    static let credentials: ActionSet = ActionIndex.shared.actions(matchingAny: returningCredentials)
        .subtracting(EscalationMethod.selfContainedKeys)

    static let data: ActionSet = ActionIndex.shared.actions(matchingAny: readingData)

    static var permissionsManagement: ActionSet {
        ActionIndex.shared.byAccessLevel[.permissionsManagement] ?? ActionIndex.shared.empty
    }

    static let passRole = ActionIndex.shared.actions(matching: "iam:PassRole")
}
