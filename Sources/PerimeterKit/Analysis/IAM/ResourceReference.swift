/// A `Resource` entry of a policy statement, resolved to the stack resource it names where that can
/// be told (`!GetAtt OrdersTable.Arn`, `arn:aws:dynamodb:...:table/${self:custom.table}`), so findings
/// can say "on table OrdersTable" rather than "on an ARN".
public struct ResourceReference: Sendable, Hashable, Codable {
    /// The resource as written (an ARN, `*`, or a symbolic expression).
    public var written: String
    /// The stack resource it resolves to.
    public var logicalID: String?
    /// e.g. `AWS::DynamoDB::Table`.
    public var type: String?

    public init(written: String, logicalID: String? = nil, type: String? = nil) {
        self.written = written
        self.logicalID = logicalID
        self.type = type
    }

    /// `*`, or an ARN wildcarded from the service on.
    public var isAnyResource: Bool { IAMPattern.isAnyResource(written) }

    /// Contains a wildcard (covers more than one resource).
    public var isWildcard: Bool { written.contains("*") || written.contains("?") }

    /// `table OrdersTable`, or the ARN as written.
    public var label: String {
        guard let logicalID, let type else { return written }
        let kind = type.split(separator: ":").last.map { String($0).lowercased() } ?? "resource"
        return "\(kind) \(logicalID)"
    }
}
