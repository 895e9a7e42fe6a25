/// Which front end produced a model element.
public enum Origin: String, Sendable, Hashable, Codable {
    case serverlessFramework = "serverless"
    case sam
    case cloudFormation = "cloudformation"
}
