/// The serverless security practices every rule enforces one of.
public enum Practice: String, Sendable, Hashable, Codable, CaseIterable {
    case dependencies = "patch-dependencies"
    case leastPrivilege = "least-privilege"
    case functionPerimeter = "function-perimeter"
    case inputSanitisation = "sanitise-input"
    case apiGateway = "api-gateway-buffer"
    case monitoring = "monitor-and-log"
    case secureCoding = "secure-coding"
    case encryption = "encryption"
    case secrets = "secrets"
    case granularity = "minimal-granularity"

    public var title: String {
        switch self {
        case .dependencies: "Patch function dependencies"
        case .leastPrivilege: "Least privilege"
        case .functionPerimeter: "Each function is its own perimeter"
        case .inputSanitisation: "Sanitise event input"
        case .apiGateway: "API gateway as a buffer"
        case .monitoring: "Monitor and log"
        case .secureCoding: "Secure coding"
        case .encryption: "Data in transit and at rest"
        case .secrets: "Secrets in a secret store"
        case .granularity: "Minimal granularity"
        }
    }
}
