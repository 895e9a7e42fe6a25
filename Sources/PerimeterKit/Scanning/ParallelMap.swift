import Foundation

/// Maps work over threads with large stacks. Loaders and rules recurse over documents (and releasing a
/// deep tree recurses too), so they run on threads whose stack is sized for the nesting limit rather
/// than on the cooperative pool's small stacks.
enum ParallelMap {
    static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], stackSize: Int = 64 << 20, _ transform: @escaping @Sendable (Input) -> Output) -> [Output] {
        guard !inputs.isEmpty else { return [] }
        let results = ResultBox<Output>(count: inputs.count)
        let workers = min(inputs.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        let next = ResultBox<Int>(count: 0)
        let group = DispatchGroup()
        for _ in 0..<workers {
            group.enter()
            let thread = Thread {
                while let index = next.claim(below: inputs.count) {
                    results.set(index, transform(inputs[index]))
                }
                group.leave()
            }
            thread.stackSize = stackSize
            thread.start()
        }
        group.wait()
        return results.values()
    }
}

extension ParallelMap {
    /// Runs two independent pieces of work side by side.
    static func pair<First: Sendable, Second: Sendable>(
        _ first: @escaping @Sendable () -> First, _ second: @escaping @Sendable () -> Second
    ) -> (First, Second) {
        let results = map([0, 1], stackSize: 8 << 20) { which -> PairResult<First, Second> in
            which == 0 ? .first(first()) : .second(second())
        }
        guard case .first(let one) = results[0], case .second(let two) = results[1] else { return (first(), second()) }
        return (one, two)
    }
}

private enum PairResult<First: Sendable, Second: Sendable>: Sendable {
    case first(First)
    case second(Second)
}

/// A lock-protected slot array (a class: it is the shared state the worker threads write to).
private final class ResultBox<Output: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Output?]
    private var cursor = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Output) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func claim(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard cursor < limit else { return nil }
        cursor += 1
        return cursor - 1
    }

    func values() -> [Output] { slots.compactMap { $0 } }
}
