/// One AWS service of the catalogue: its prefix, its actions and its tables of resource types and condition keys.
public struct IAMService: Sendable {
    /// The prefix policies use (`s3`), as AWS writes it.
    public let prefix: String
    /// The service's name (`Amazon S3`).
    public let name: String
    /// Every action, sorted by name ignoring case.
    public let actions: [IAMAction]
    /// The service's resource types (with `required` false).
    public let resourceTypes: [IAMResourceType]
    /// Every condition key the service defines or its actions and resource types use.
    public let conditionKeys: [String]
    /// The lower-cased action names, parallel to `actions`: the keys of `actionIndex`, and what patterns match.
    let lowercasedNames: [String]
    let actionIndex: [String: Int]

    /// `lowercasedNames` parallel to `actions`.
    init(prefix: String, name: String, actions: [IAMAction], lowercasedNames: [String], resourceTypes: [IAMResourceType], conditionKeys: [String]) {
        self.prefix = prefix
        self.name = name
        self.actions = actions
        self.resourceTypes = resourceTypes
        self.conditionKeys = conditionKeys
        self.lowercasedNames = lowercasedNames
        var index: [String: Int] = [:]
        index.reserveCapacity(lowercasedNames.count)
        for (position, name) in lowercasedNames.enumerated() where index[name] == nil {
            index[name] = position
        }
        actionIndex = index
    }

    /// The action called `name` (`GetObject`, any case).
    public func action(named name: String) -> IAMAction? {
        actionIndex[name.lowercased()].map { actions[$0] }
    }
}
