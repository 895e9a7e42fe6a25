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
    private let lock = NSLock()
    private var cache: [String: ActionSet] = [:]

    public init(catalog: ActionCatalog) {
        self.catalog = catalog
        var actions: [IAMAction] = []
        var positions: [String: Int] = [:]
        for service in catalog.services {
            for action in service.actions {
                positions[action.fullName.lowercased()] = actions.count
                actions.append(action)
            }
        }
        self.actions = actions
        self.positions = positions
        var levels: [AccessLevel: ActionSet] = [:]
        for level in AccessLevel.allCases { levels[level] = ActionSet(capacity: actions.count) }
        for (index, action) in actions.enumerated() { levels[action.accessLevel]?.insert(index) }
        byAccessLevel = levels
        var every = ActionSet(capacity: actions.count)
        for index in actions.indices { every.insert(index) }
        all = every
    }

    public var empty: ActionSet { ActionSet(capacity: actions.count) }

    /// Every action.
    public let all: ActionSet

    /// The position of a concrete action (`s3:GetObject`, any case).
    public func position(of fullName: String) -> Int? {
        positions[fullName.lowercased()]
    }

    /// The actions an IAM pattern covers (`s3:Get*`, `*`, `lambda:?nvoke*`); empty when it names none.
    public func actions(matching pattern: String) -> ActionSet {
        let key = pattern.trimmingCharacters(in: .whitespaces).lowercased()
        lock.lock()
        if let cached = cache[key] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        var set = empty
        if let position = positions[key] {
            set.insert(position)
        } else if key.contains("*") || key.contains("?") {
            for action in catalog.expand(key) {
                if let position = positions[action.fullName.lowercased()] { set.insert(position) }
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
