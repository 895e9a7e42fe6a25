/// The lowest severity that makes a scan fail (`--fail-on`, `fail-on:`), or `never`.
public enum FailThreshold: Sendable, Hashable, CustomStringConvertible {
    case never
    case atOrAbove(Severity)

    /// What a scan fails on when neither the command line nor the config says.
    public static let standard = FailThreshold.atOrAbove(.high)

    /// The accepted spellings: a severity name or `none`.
    public static let names = Severity.allCases.reversed().map(\.rawValue) + ["none"]

    public init?(_ text: String) {
        if text == "none" {
            self = .never
        } else if let severity = Severity(rawValue: text) {
            self = .atOrAbove(severity)
        } else {
            return nil
        }
    }

    public func fails(on severity: Severity) -> Bool {
        switch self {
        case .never: false
        case .atOrAbove(let threshold): severity >= threshold
        }
    }

    public var description: String {
        switch self {
        case .never: "none"
        case .atOrAbove(let severity): severity.rawValue
        }
    }
}
