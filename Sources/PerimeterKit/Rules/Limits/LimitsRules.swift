/// The rules of this folder, in the order `perimeter rules` lists them.
enum LimitsRules {
    static let all: [any Rule.Type] = [
        FunctionTimeoutUnbounded.self,
        APIFunctionTimeoutOver29s.self,
        PublicFunctionWithoutReservedConcurrency.self,
        FunctionWithoutReservedConcurrency.self,
        FunctionMemoryUnbounded.self,
    ]
}
