/// The rules of this folder, in the order `perimeter rules` lists them.
enum RuntimeRules {
    static let all: [any Rule.Type] = [
        DeprecatedRuntime.self
    ]
}
