import Testing

@testable import PerimeterKit

/// The IAM wildcard language and the action/resource classifications the least-privilege rules share.
struct IAMPatternTests {
    @Test("actions match with * and ? wildcards, ignoring case")
    func matching() {
        #expect(IAMPattern.matches("iam:Pass*", "iam:PassRole"))
        #expect(IAMPattern.matches("IAM:passrole", "iam:PassRole"))
        #expect(IAMPattern.matches("iam:*Role", "iam:PassRole"))
        #expect(IAMPattern.matches("iam:P?ssRole", "iam:PassRole"))
        #expect(IAMPattern.matches("*", "iam:PassRole"))
        #expect(!IAMPattern.matches("iam:Get*", "iam:PassRole"))
        #expect(!IAMPattern.matches("iam:PassRol", "iam:PassRole"))
        #expect(!IAMPattern.matches("s3:*", "iam:PassRole"))
    }

    @Test("whole-service and every-action wildcards")
    func serviceWildcards() {
        #expect(IAMPattern.isEveryAction("*") && IAMPattern.isEveryAction("*:*"))
        #expect(!IAMPattern.isEveryAction("s3:*"))
        #expect(IAMPattern.isServiceWildcard("s3:*") && IAMPattern.isServiceWildcard("*"))
        #expect(!IAMPattern.isServiceWildcard("s3:Get*") && !IAMPattern.isServiceWildcard("s3:GetObject"))
    }

    @Test("any resource: * or an ARN wildcarded from the service on")
    func anyResource() {
        #expect(IAMPattern.isAnyResource("*"))
        #expect(IAMPattern.isAnyResource("arn:aws:*:*:*"))
        #expect(IAMPattern.isAnyResource("arn:*:*:*:*:*"))
        #expect(!IAMPattern.isAnyResource("arn:aws:s3:::*"))
        #expect(!IAMPattern.isAnyResource("arn:aws:dynamodb:us-east-1:123456789012:table/orders"))
    }

    @Test("write actions are told from reads by their verb, wildcards by what they may cover")
    func writeActions() {
        for action in [
            "s3:PutObject", "dynamodb:DeleteItem", "iam:AttachRolePolicy", "sns:Publish", "s3:Put*", "s3:*Object", "s3:P*", "dynamodb:BatchWriteItem",
            "dynamodb:TransactWriteItems", "iam:PassRole",
        ] {
            #expect(WriteActions.covers(action), "\(action)")
        }
        for action in ["s3:GetObject", "s3:Get*", "s3:ListBucket", "ec2:DescribeNetworkInterfaces", "dynamodb:BatchGetItem", "xray:GetSamplingRules"] {
            #expect(!WriteActions.covers(action), "\(action)")
        }
    }

    @Test("AWS managed policy names from ARNs and SAM names; customer policies are not AWS managed")
    func managedPolicyNames() {
        #expect(BroadManagedPolicy.awsManagedPolicyName("arn:aws:iam::aws:policy/AdministratorAccess") == "AdministratorAccess")
        #expect(BroadManagedPolicy.awsManagedPolicyName("arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaRole") == "AWSLambdaRole")
        #expect(BroadManagedPolicy.awsManagedPolicyName("AmazonDynamoDBFullAccess") == "AmazonDynamoDBFullAccess")
        #expect(BroadManagedPolicy.awsManagedPolicyName("arn:aws:iam::123456789012:policy/TeamFullAccess") == nil)
    }

    @Test("an account root is an ARN ending in :root or a bare 12-digit id")
    func accountRoots() {
        #expect(CrossAccountTrust.accountRoot("arn:aws:iam::210987654321:root") == "210987654321")
        #expect(CrossAccountTrust.accountRoot("210987654321") == "210987654321")
        #expect(CrossAccountTrust.accountRoot("arn:aws:iam::210987654321:role/reporting") == nil)
        #expect(CrossAccountTrust.accountRoot("arn:aws:iam::${AWS::AccountId}:root") == nil)
    }
}
