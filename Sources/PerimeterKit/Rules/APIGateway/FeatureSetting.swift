/// Reads an on/off feature as the templates write it: a boolean (`TracingEnabled: false`,
/// `logs.restApi: true`), a settings mapping with its own switch (`restApi: {accessLogging: false}`), or a
/// configuration that turns it on by being present (`AccessLogSetting: {DestinationArn: ...}`).
enum FeatureSetting {
    enum State: Equatable {
        case enabled
        /// Written and turned off; the location is the value that turns it off.
        case disabled(at: SourceLocation)
        case missing
    }

    /// - Parameter switchKeys: keys inside a settings mapping that switch the feature (`accessLogging`).
    static func state(of value: Value?, switchKeys: [String] = []) -> State {
        guard let value else { return .missing }
        switch value.content {
        case .null:
            return .disabled(at: value.location)
        case .symbolic, .sequence:
            // A parameter or an imported value may well turn it on; say nothing.
            return .enabled
        case .string:
            return value.bool == false ? .disabled(at: value.location) : .enabled
        case .mapping:
            for key in switchKeys {
                if let toggle = value[key], toggle.bool == false { return .disabled(at: toggle.location) }
            }
            return .enabled
        }
    }
}
