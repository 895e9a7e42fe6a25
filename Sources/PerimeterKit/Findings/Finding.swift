/// One problem at one place, as plain data.
public struct Finding: Sendable, Hashable, Codable {
    public var ruleID: String
    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    /// Related places: the role, the route, the statement…
    public var notes: [Note]
    /// The function or resource the finding is about (e.g. `function:createOrder`, `resource:OrdersBucket`).
    public var subject: String
    /// The source line at `location`, filled in by the scan for reports.
    public var excerpt: String?
    /// The steps of a path, in order (an open route → the function → the grant → the resource), for
    /// findings about a chain rather than one place; empty otherwise.
    public var flow: [Note] = []

    public init(ruleID: String, severity: Severity, message: String, location: SourceLocation, subject: String, notes: [Note] = []) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.location = location
        self.subject = subject
        self.notes = notes
    }

    private enum CodingKeys: String, CodingKey {
        case ruleID, severity, message, location, notes, subject, excerpt, flow
    }

    /// `flow` may be missing: findings written before it existed decode with an empty one.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        ruleID = try container.decode(String.self, forKey: .ruleID)
        severity = try container.decode(Severity.self, forKey: .severity)
        message = try container.decode(String.self, forKey: .message)
        location = try container.decode(SourceLocation.self, forKey: .location)
        notes = try container.decode([Note].self, forKey: .notes)
        subject = try container.decode(String.self, forKey: .subject)
        excerpt = try container.decodeIfPresent(String.self, forKey: .excerpt)
        flow = try container.decodeIfPresent([Note].self, forKey: .flow) ?? []
    }

    /// Stable across runs and line moves: rule, file, subject and message, never the line.
    public var fingerprint: String {
        Fingerprint.of([ruleID, location.file, subject, message])
    }
}

/// A related location with a short explanation.
public struct Note: Sendable, Hashable, Codable {
    public var message: String
    public var location: SourceLocation

    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }
}

extension Finding: Comparable {
    /// Report order: file, line, column, rule, message.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        (lhs.location.file, lhs.location.line, lhs.location.column, lhs.ruleID, lhs.message)
            < (rhs.location.file, rhs.location.line, rhs.location.column, rhs.ruleID, rhs.message)
    }

    /// The findings in report order (the order of `<`). Each distinct path is ranked once, so most
    /// comparisons are of integers rather than of paths, and the large values move once, at the end.
    public static func inReportOrder(_ findings: [Finding]) -> [Finding] {
        let rank = Dictionary(uniqueKeysWithValues: Set(findings.map(\.location.file)).sorted().enumerated().map { ($1, $0) })
        let keys = findings.enumerated().map { index, finding in
            SortKey(file: rank[finding.location.file] ?? 0, line: finding.location.line, column: finding.location.column, index: index)
        }
        let order = keys.sorted { lhs, rhs in
            if (lhs.file, lhs.line, lhs.column) != (rhs.file, rhs.line, rhs.column) {
                return (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
            }
            let (left, right) = (findings[lhs.index], findings[rhs.index])
            return (left.ruleID, left.message) < (right.ruleID, right.message)
        }
        return order.map { findings[$0.index] }
    }

    private struct SortKey {
        var file: Int
        var line: Int
        var column: Int
        var index: Int
    }
}
