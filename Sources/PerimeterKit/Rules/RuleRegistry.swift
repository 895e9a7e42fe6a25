/// Every rule Perimeter knows. Adding a rule is one file plus one line in its folder's list.
public enum RuleRegistry {
    public static let all: [any Rule.Type] =
        LeastPrivilegeRules.all + APIGatewayRules.all + SecretsRules.all + EncryptionRules.all
        + MonitoringRules.all + LimitsRules.all + RuntimeRules.all + GranularityRules.all

    public static func rule(id: String) -> (any Rule.Type)? {
        all.first { $0.description.id == id }
    }

    public static var ids: [String] { all.map { $0.description.id } }
}
