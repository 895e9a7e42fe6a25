/// Why a file could not be read as a document. Each case renders as one line naming file and line.
public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    public var reason: String

    public init(_ reason: String, at location: SourceLocation) {
        self.reason = reason
        self.location = location
    }

    public var description: String { "\(location.file):\(location.line): \(reason)" }
}
