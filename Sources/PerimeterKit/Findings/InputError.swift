/// A problem with what the user gave Perimeter (a flag, the config file, a baseline): reported on one
/// line that names the file and line and says what to do, and ends the run with exit code 2.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is; nil for command-line flags.
    public var location: SourceLocation?
    public var message: String

    public init(_ message: String, at location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }

    public var description: String {
        guard let location else { return message }
        return "\(location.file):\(location.line): \(message)"
    }
}
