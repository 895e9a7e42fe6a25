/// How many findings of each severity a report holds.
public struct SeveritySummary: Sendable, Hashable, Encodable {
    public var critical = 0
    public var high = 0
    public var medium = 0
    public var low = 0
    public var info = 0

    public init(_ findings: [Finding]) {
        for finding in findings {
            switch finding.severity {
            case .critical: critical += 1
            case .high: high += 1
            case .medium: medium += 1
            case .low: low += 1
            case .info: info += 1
            }
        }
    }

    public var total: Int { critical + high + medium + low + info }

    public func count(_ severity: Severity) -> Int {
        switch severity {
        case .critical: critical
        case .high: high
        case .medium: medium
        case .low: low
        case .info: info
        }
    }

    private enum CodingKeys: String, CodingKey {
        case critical, high, medium, low, info, total
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        for severity in Severity.allCases {
            if let key = CodingKeys(rawValue: severity.rawValue) { try container.encode(count(severity), forKey: key) }
        }
        try container.encode(total, forKey: .total)
    }
}
