/// The rules of this folder, in the order `perimeter rules` lists them.
enum SecretsRules {
    static let all: [any Rule.Type] = [
        SecretInEnvironment.self,
        SecretInTemplate.self,
        SSMSecretInEnvironment.self,
        SecretParameterWithoutNoEcho.self,
        SecretWithoutRotation.self,
    ]
}
