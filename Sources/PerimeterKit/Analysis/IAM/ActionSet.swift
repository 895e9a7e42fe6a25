/// A set of catalogue actions as a bitset over `ActionIndex` positions: a role granted `*` holds twenty
/// thousand actions, and union, difference and intersection over bitsets keep the per-function analysis
/// cheap enough to run on every scan.
public struct ActionSet: Sendable, Hashable {
    private var words: [UInt64]

    public init(capacity: Int) {
        words = Array(repeating: 0, count: (capacity + 63) / 64)
    }

    public mutating func insert(_ index: Int) {
        words[index >> 6] |= 1 << UInt64(index & 63)
    }

    public func contains(_ index: Int) -> Bool {
        index >> 6 < words.count && words[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    public var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    public var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    public mutating func formUnion(_ other: ActionSet) {
        for index in words.indices where index < other.words.count { words[index] |= other.words[index] }
    }

    public mutating func subtract(_ other: ActionSet) {
        for index in words.indices where index < other.words.count { words[index] &= ~other.words[index] }
    }

    public mutating func formIntersection(_ other: ActionSet) {
        for index in words.indices { words[index] &= index < other.words.count ? other.words[index] : 0 }
    }

    public func union(_ other: ActionSet) -> ActionSet {
        var result = self
        result.formUnion(other)
        return result
    }

    public func subtracting(_ other: ActionSet) -> ActionSet {
        var result = self
        result.subtract(other)
        return result
    }

    public func intersection(_ other: ActionSet) -> ActionSet {
        var result = self
        result.formIntersection(other)
        return result
    }

    public func intersects(_ other: ActionSet) -> Bool {
        for index in words.indices where index < other.words.count && words[index] & other.words[index] != 0 { return true }
        return false
    }

    /// The positions in the set, ascending.
    public var indices: [Int] {
        var result: [Int] = []
        for (wordIndex, word) in words.enumerated() where word != 0 {
            var remaining = word
            while remaining != 0 {
                let bit = remaining.trailingZeroBitCount
                result.append(wordIndex * 64 + bit)
                remaining &= remaining - 1
            }
        }
        return result
    }
}
