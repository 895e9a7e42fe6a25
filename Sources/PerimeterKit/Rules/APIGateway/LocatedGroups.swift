/// Groups items that point at the same source line, in first-seen order.
///
/// Provider-level settings (sls `provider.timeout`, `provider.logs`) are merged into every function and
/// every API, so several subjects can share one line; a rule reports such a place once.
enum LocatedGroups {
    static func grouped<Item>(_ items: [(location: SourceLocation, item: Item)]) -> [(location: SourceLocation, items: [Item])] {
        var order: [SourceLocation] = []
        var groups: [SourceLocation: [Item]] = [:]
        for (location, item) in items {
            let line = SourceLocation(file: location.file, line: location.line)
            if groups[line] == nil { order.append(location) }
            groups[line, default: []].append(item)
        }
        return order.map { ($0, groups[SourceLocation(file: $0.file, line: $0.line)] ?? []) }
    }

    /// `a`, `a and b`, `a, b and c`: for messages naming every member of a group.
    static func list(_ names: [String]) -> String {
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + last
    }
}
