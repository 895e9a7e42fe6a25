/// The ways anyone on the internet can invoke a function without credentials: open API routes, a
/// function URL with auth type `NONE`, a resource policy granting `*` that nothing narrows.
///
/// It honours an API's default authorizer and knows that WebSocket APIs authorize only on `$connect`.
enum OpenEntryPoints {
    struct EntryPoint {
        var description: String
        var location: SourceLocation
    }

    static func of(_ function: Function, in app: Application) -> [EntryPoint] {
        var open: [EntryPoint] = []
        for trigger in function.triggers where isOpen(trigger, api: app.api(id: trigger.apiID)) {
            open.append(EntryPoint(description: "\(trigger.routeDescription) needs no credentials", location: trigger.location))
        }
        if let url = function.url, url.isUnauthenticated {
            open.append(EntryPoint(description: "function URL with auth type NONE", location: url.location))
        }
        for permission in function.invokePermissions where permission.admitsAnyCaller {
            open.append(EntryPoint(description: "\(permission.logicalID) lets any principal invoke it", location: permission.location))
        }
        return open
    }

    /// True for an API route with no authorizer, API key or IAM auth, the API's default included.
    static func isOpen(_ trigger: Trigger, api: API?) -> Bool {
        guard [.http, .httpApi, .websocket].contains(trigger.kind) else { return false }
        if trigger.kind == .websocket {
            guard websocketRoute(of: trigger) == "$connect" else { return false }
        } else if RouteMethod(trigger.method).isPreflight {
            return false
        }
        // No authorization written means none.
        guard trigger.authorization?.isNone ?? true else { return false }
        // A SAM event may opt out of the API's default authorizer explicitly; otherwise the default covers it.
        if trigger.settings?[path: "Auth", "Authorizer"]?.string?.uppercased() == "NONE" { return true }
        if let fallback = api?.defaultAuthorization, fallback.kind != .none { return false }
        return true
    }

    /// The route key of a WebSocket event (`$connect`, `$default`, a custom action).
    static func websocketRoute(of trigger: Trigger) -> String? {
        trigger.path ?? trigger.method ?? trigger.settings?["route"]?.string ?? trigger.settings?.string
    }
}
