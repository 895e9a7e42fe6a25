/// The rules of this folder, in the order `perimeter rules` lists them.
enum GranularityRules {
    static let all: [any Rule.Type] = [
        FunctionsNotPackagedIndividually.self,
        FunctionHandlesManyRoutes.self,
    ]
}
