/// The rules of this folder, in the order `perimeter rules` lists them.
enum LeastPrivilegeRules {
    static let all: [any Rule.Type] = [
        AdminAccessPolicy.self,
        BroadManagedPolicy.self,
        WildcardAction.self,
        WriteOnAnyResource.self,
        AllowNotAction.self,
        PassRoleOnAnyResource.self,
        RoleTrustOpenToAnyPrincipal.self,
        CrossAccountTrust.self,
        FunctionSharesRole.self,
        PublicLambdaPermission.self,
        PublicLayerPermission.self,
        PublicResourcePolicy.self,
        PrivilegeEscalation.self,
        CredentialsExposure.self,
        DataExfiltration.self,
        PermissionsManagementOnAnyResource.self,
        ServiceWideGrant.self,
        UnknownAction.self,
        UnknownManagedPolicy.self,
        SharedRoleDifferentNeeds.self,
        AttackPath.self,
    ]
}
