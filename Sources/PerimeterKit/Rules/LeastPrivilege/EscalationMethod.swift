/// A known way for an AWS principal to raise its own privileges (Rhino Security Labs' list, as Cloudsplaining
/// and PMapper check it): the key action turns it on, the companions complete it.
///
/// The key action must reach every resource of its kind (`GrantReach`): `iam:PassRole` on one named role,
/// `iam:PutRolePolicy` on one role ARN or `lambda:UpdateFunctionCode` on one function is a decision someone made
/// about that resource, not an open door. Companions only need to be allowed somewhere: a new function, instance
/// or stack can be given whatever name the grant allows.
struct EscalationMethod: Sendable {
    /// The method's name in Rhino Security Labs' and Cloudsplaining's write-ups.
    var name: String
    /// What the function could do, for messages.
    var summary: String
    /// Any one of these turns the method on; it must reach every resource.
    var keys: [String]
    /// Each group: one of its actions must be allowed on some resource.
    var companions: [[String]]

    init(_ name: String, _ summary: String, keys: [String], companions: [[String]] = []) {
        self.name = name
        self.summary = summary
        self.keys = keys
        self.companions = companions
    }

    /// The methods with their actions as sets over `ActionIndex.shared`.
    struct Compiled: Sendable {
        var method: EscalationMethod
        var keys: ActionSet
        var companions: [ActionSet]
    }

    static let compiled: [Compiled] = all.map { method in
        Compiled(
            method: method, keys: ActionIndex.shared.actions(matchingAny: method.keys),
            companions: method.companions.map { ActionIndex.shared.actions(matchingAny: $0) })
    }

    /// Every method's key actions.
    static let allKeys: ActionSet = compiled.reduce(into: ActionIndex.shared.empty) { $0.formUnion($1.keys) }

    /// Keys that are a method on their own and also hand out credentials: `iam-credentials-exposure` leaves them
    /// to `iam-privilege-escalation`, which reports them on the same grants.
    static let selfContainedKeys: ActionSet = all.filter(\.companions.isEmpty).reduce(into: ActionIndex.shared.empty) {
        $0.formUnion(ActionIndex.shared.actions(matchingAny: $1.keys))
    }

    static let passRoleTo = "passes an existing role to"

    static let all: [EscalationMethod] = [
        EscalationMethod("CreateNewPolicyVersion", "writes a new default version of any customer managed policy", keys: ["iam:CreatePolicyVersion"]),
        EscalationMethod("SetExistingDefaultPolicyVersion", "makes an older, broader version of a managed policy the default", keys: ["iam:SetDefaultPolicyVersion"]),
        EscalationMethod("AttachUserPolicy", "attaches any managed policy (AdministratorAccess) to a user", keys: ["iam:AttachUserPolicy"]),
        EscalationMethod("AttachGroupPolicy", "attaches any managed policy (AdministratorAccess) to a group", keys: ["iam:AttachGroupPolicy"]),
        EscalationMethod("AttachRolePolicy", "attaches any managed policy (AdministratorAccess) to a role, its own included", keys: ["iam:AttachRolePolicy"]),
        EscalationMethod("PutUserPolicy", "writes any inline policy on a user", keys: ["iam:PutUserPolicy"]),
        EscalationMethod("PutGroupPolicy", "writes any inline policy on a group", keys: ["iam:PutGroupPolicy"]),
        EscalationMethod("PutRolePolicy", "writes any inline policy on a role, its own included", keys: ["iam:PutRolePolicy"]),
        EscalationMethod("CreateAccessKey", "creates access keys for another user", keys: ["iam:CreateAccessKey"]),
        EscalationMethod("CreateLoginProfile", "sets a console password for a user who has none", keys: ["iam:CreateLoginProfile"]),
        EscalationMethod("UpdateLoginProfile", "changes another user's console password", keys: ["iam:UpdateLoginProfile"]),
        EscalationMethod("AddUserToGroup", "adds a user to a more privileged group", keys: ["iam:AddUserToGroup"]),
        EscalationMethod(
            "UpdateRolePolicyToAssumeIt", "rewrites a role's trust policy and then assumes the role", keys: ["iam:UpdateAssumeRolePolicy"],
            companions: [["sts:AssumeRole"]]),
        EscalationMethod(
            "PassExistingRoleToNewLambda", "\(passRoleTo) a new Lambda function and runs it", keys: ["iam:PassRole"],
            companions: [["lambda:CreateFunction"], ["lambda:InvokeFunction", "lambda:CreateEventSourceMapping", "lambda:AddPermission"]]),
        EscalationMethod(
            "CreateEC2WithExistingInstanceProfile", "\(passRoleTo) a new EC2 instance", keys: ["iam:PassRole"],
            companions: [["ec2:RunInstances", "ec2:RequestSpotInstances"]]),
        EscalationMethod("PassExistingRoleToCloudFormation", "\(passRoleTo) a new CloudFormation stack", keys: ["iam:PassRole"], companions: [["cloudformation:CreateStack"]]),
        EscalationMethod("PassExistingRoleToNewGlueDevEndpoint", "\(passRoleTo) a new Glue development endpoint", keys: ["iam:PassRole"], companions: [["glue:CreateDevEndpoint"]]),
        EscalationMethod("PassExistingRoleToNewDataPipeline", "\(passRoleTo) a new Data Pipeline", keys: ["iam:PassRole"], companions: [["datapipeline:CreatePipeline"]]),
        EscalationMethod(
            "PassExistingRoleToNewECSTask", "\(passRoleTo) a new ECS task definition and runs it", keys: ["iam:PassRole"],
            companions: [["ecs:RegisterTaskDefinition"], ["ecs:RunTask", "ecs:StartTask", "ecs:CreateService"]]),
        EscalationMethod(
            "PassExistingRoleToNewSageMakerNotebookInstance", "\(passRoleTo) a new SageMaker notebook instance", keys: ["iam:PassRole"],
            companions: [["sagemaker:CreateNotebookInstance"]]),
        EscalationMethod(
            "PassExistingRoleToNewCodeBuildProject", "\(passRoleTo) a new CodeBuild project and builds it", keys: ["iam:PassRole"],
            companions: [["codebuild:CreateProject"], ["codebuild:StartBuild", "codebuild:StartBuildBatch"]]),
        EscalationMethod(
            "EditExistingLambdaFunctionWithRole", "changes the code or configuration of other Lambda functions, which run with their own roles",
            keys: ["lambda:UpdateFunctionCode", "lambda:UpdateFunctionConfiguration"]),
        EscalationMethod("UpdateExistingGlueDevEndpoint", "adds its SSH key to a Glue development endpoint that runs with another role", keys: ["glue:UpdateDevEndpoint"]),
        EscalationMethod("AssumeAnyRole", "assumes any role whose trust policy trusts the account", keys: ["sts:AssumeRole"]),
    ]
}
