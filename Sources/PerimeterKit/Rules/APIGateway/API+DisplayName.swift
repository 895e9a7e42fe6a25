extension API {
    /// The API's logical name without the file its id is scoped to (`ApiGatewayRestApi`, `OrdersApi`).
    var displayName: String {
        id.split(separator: "#").last.map(String.init) ?? id
    }

    /// What messages call it: `REST API OrdersApi`.
    var label: String {
        switch kind {
        case .rest: "REST API \(displayName)"
        case .http: "HTTP API \(displayName)"
        case .websocket: "WebSocket API \(displayName)"
        }
    }

    /// The finding subject for API-level findings.
    var subject: String { "api:\(displayName)" }
}
