import Foundation

/// What to scan and how: the inputs the CLI gathers.
public struct ScanOptions: Sendable {
    public var paths: [String]
    /// Serverless Framework `--stage`, `--region` and `--param k=v`.
    public var stage: String?
    public var region: String?
    public var params: [String: String]
    public var limits: ParseLimits
    /// Path prefixes (relative to the scan root, as displayed) that are not scanned.
    public var ignoredPaths: [String]
    /// Environment used for `${env:X}`; empty by default so a scan does not depend on the machine it runs on.
    public var environment: [String: String]
    /// The day dated rules judge by (a runtime's deprecation); nil for today. Pinning it makes a scan's
    /// output depend on its input alone.
    public var asOf: Date?

    public init(
        paths: [String] = ["."], stage: String? = nil, region: String? = nil, params: [String: String] = [:], limits: ParseLimits = ParseLimits(), ignoredPaths: [String] = [],
        environment: [String: String] = [:], asOf: Date? = nil
    ) {
        self.paths = paths
        self.stage = stage
        self.region = region
        self.params = params
        self.limits = limits
        self.ignoredPaths = ignoredPaths
        self.environment = environment
        self.asOf = asOf
    }
}
