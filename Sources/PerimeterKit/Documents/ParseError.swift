/// Why a file could not be read as a document. Each case renders as one line naming file and line.
public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    public var reason: String
    /// The input crossed one of the scan's `ParseLimits` (size, depth, nodes) rather than being malformed.
    public var exceedsLimit: Bool

    public init(_ reason: String, at location: SourceLocation, exceedsLimit: Bool = false) {
        self.reason = reason
        self.location = location
        self.exceedsLimit = exceedsLimit
    }

    public var description: String { "\(location.file):\(location.line): \(reason)" }
}
