import Foundation

/// The HTTP method of an API route as written (`GET`, `post`, `ANY`, `*`), read the way API Gateway reads it.
struct RouteMethod: Sendable, Hashable {
    /// Upper-cased method; `ANY` for `*` and for routes written without a method.
    let name: String

    init(_ text: String?) {
        let upper = (text ?? "ANY").trimmingBlanks.uppercased()
        name = upper == "*" || upper.isEmpty ? "ANY" : upper
    }

    /// CORS preflight: browsers send it without credentials, so it cannot carry an authorizer.
    var isPreflight: Bool { name == "OPTIONS" }

    /// Methods whose request body reaches the function; `ANY` accepts them all.
    var carriesBody: Bool { ["POST", "PUT", "PATCH", "ANY"].contains(name) }

    var isAny: Bool { name == "ANY" }
}
