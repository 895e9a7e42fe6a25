/// A file that could not be read, parsed or loaded; the scan goes on and exits 2.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    public var description: String { "\(location.file):\(location.line): \(message)" }
}
