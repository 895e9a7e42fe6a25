import Foundation

/// Finds where a CORS setting lets any origin in, whichever dialect wrote it:
/// Serverless Framework (`cors: true`, `origin`/`origins`, `allowedOrigins`), SAM (`Cors: "'*'"`,
/// `AllowOrigin`), HTTP APIs and function URLs (`AllowOrigins`).
enum CORSSetting {
    static let originKeys = ["origin", "origins", "allowedOrigins", "AllowOrigin", "AllowOrigins"]

    /// The place that allows any origin, or nil when origins are restricted (or cannot be told).
    /// - Parameters:
    ///   - keyLocation: where the `cors` key itself is written, for findings on a setting as a whole.
    ///   - defaultsToAnyOrigin: the front end fills in `*` when the mapping names no origin
    ///     (Serverless Framework does for http events, httpApi and function URLs; CloudFormation does not).
    static func wildcardOrigin(in cors: Value?, keyLocation: SourceLocation? = nil, defaultsToAnyOrigin: Bool) -> SourceLocation? {
        guard let cors else { return nil }
        switch cors.content {
        case .string(let text):
            if cors.bool == true { return keyLocation ?? cors.location }
            // SAM's `Cors: "'*'"` is the origin itself, quoted for the header value.
            return isAnyOrigin(text) ? keyLocation ?? cors.location : nil
        case .mapping:
            let written = originKeys.compactMap { cors[$0] }
            if written.isEmpty { return defaultsToAnyOrigin ? keyLocation ?? cors.location : nil }
            for origins in written {
                if let any = origins.listOrSingle.first(where: { $0.string.map(isAnyOrigin) == true }) { return any.location }
            }
            return nil
        case .sequence, .symbolic, .null:
            return nil
        }
    }

    /// `*`, also as SAM writes header values: `'*'`.
    static func isAnyOrigin(_ text: String) -> Bool {
        text.trimmingCharacters(in: CharacterSet(charactersIn: "'\" ")) == "*"
    }
}
