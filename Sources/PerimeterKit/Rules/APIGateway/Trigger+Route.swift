extension Trigger {
    /// `POST /orders` for messages; `a route` when the event names neither.
    var routeDescription: String {
        let route = [method?.uppercased(), path].compactMap { $0 }.joined(separator: " ")
        return route.isEmpty ? "a route" : route
    }
}
