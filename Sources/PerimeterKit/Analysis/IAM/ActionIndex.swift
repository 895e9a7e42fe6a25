import Foundation

/// Numbers every catalogue action and turns IAM action patterns into `ActionSet`s, remembering each
/// pattern's expansion: real applications repeat the same few hundred patterns.
///
/// A class: it is the one shared cache of expansions, guarded by a lock.
public final class ActionIndex: @unchecked Sendable {
    public static let shared = ActionIndex(catalog: .shared)

    public let catalog: ActionCatalog
    /// Every action, in catalogue order; an action's position is its index in sets.
    public let actions: [IAMAction]
    private let positions: [String: Int]
    /// Every action at each access level.
    public let byAccessLevel: [AccessLevel: ActionSet]
    /// `service:action` of every action, lower-cased, by position: what wildcard patterns are matched against.
    private let lowercasedFullNames: [[UInt8]]
    /// The positions of each service's actions, by lower-cased prefix.
    private let serviceRanges: [String: Range<Int>]
    private let lock = NSLock()
    private var cache: [String: ActionSet] = [:]

    public init(catalog: ActionCatalog) {
        self.catalog = catalog
        var actions: [IAMAction] = []
        var positions: [String: Int] = [:]
        var lowercasedFullNames: [[UInt8]] = []
        var serviceRanges: [String: Range<Int>] = [:]
        let count = catalog.services.reduce(0) { $0 + $1.actions.count }
        actions.reserveCapacity(count)
        positions.reserveCapacity(count)
        lowercasedFullNames.reserveCapacity(count)
        for service in catalog.services {
            let start = actions.count
            for action in service.actions {
                let lowercased = action.fullName.lowercased()
                positions[lowercased] = actions.count
                lowercasedFullNames.append(Array(lowercased.utf8))
                actions.append(action)
            }
            serviceRanges[service.prefix.lowercased()] = start..<actions.count
        }
        self.actions = actions
        self.positions = positions
        self.lowercasedFullNames = lowercasedFullNames
        self.serviceRanges = serviceRanges
        var levels: [AccessLevel: ActionSet] = [:]
        for level in AccessLevel.allCases { levels[level] = ActionSet(capacity: actions.count) }
        for (index, action) in actions.enumerated() { levels[action.accessLevel]?.insert(index) }
        byAccessLevel = levels
        var every = ActionSet(capacity: actions.count)
        for index in actions.indices { every.insert(index) }
        all = every
    }

    public var empty: ActionSet { ActionSet(capacity: actions.count) }

    /// Every action that acts on at least one resource type (the others can only be granted on `*`).
    public var actionsWithResourceTypes: ActionSet {
        var set = empty
        for (position, action) in actions.enumerated() where !action.resourceTypes.isEmpty { set.insert(position) }
        return set
    }

    /// Every action.
    public let all: ActionSet

    /// The position of a concrete action (`s3:GetObject`, any case).
    public func position(of fullName: String) -> Int? {
        positions[fullName.lowercased()]
    }

    /// The actions an IAM pattern covers (`s3:Get*`, `*`, `lambda:?nvoke*`); empty when it names none.
    public func actions(matching pattern: String) -> ActionSet {
        let edges = (pattern.utf8.first, pattern.utf8.last)
        let key = (edges.0 == 32 || edges.1 == 32 ? pattern.trimmingCharacters(in: .whitespaces) : pattern).lowercased()
        lock.lock()
        if let cached = cache[key] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        var set = empty
        if let position = positions[key] {
            set.insert(position)
        } else {
            let (star, one, colon) = (UInt8(ascii: "*"), UInt8(ascii: "?"), UInt8(ascii: ":"))
            let bytes = Array(key.utf8)
            if bytes.contains(star) || bytes.contains(one) {
                // A literal service prefix (prefixes hold no `:`) limits the match to that service's actions.
                var candidates = actions.indices
                if let end = bytes.firstIndex(of: colon), !bytes[..<end].contains(where: { $0 == star || $0 == one }) {
                    candidates = serviceRanges[String(decoding: bytes[..<end], as: UTF8.self)] ?? 0..<0
                }
                for position in candidates where IAMWildcard.matches(bytes, lowercasedFullNames[position], star: star, one: one) {
                    set.insert(position)
                }
            }
        }
        lock.lock()
        cache[key] = set
        lock.unlock()
        return set
    }

    /// The actions of several concrete names or patterns.
    public func actions(matchingAny patterns: [String]) -> ActionSet {
        patterns.reduce(into: empty) { $0.formUnion(actions(matching: $1)) }
    }

    /// `s3:GetObject` for a position.
    public func name(_ position: Int) -> String { actions[position].fullName }
}
