/// Keeps values until the process ends.
///
/// A scan's model is millions of small allocations. Freeing them one by one just before the process
/// exits took longer than whole stages of the scan, and the system reclaims the memory at exit anyway.
enum ProcessLifetime {
    static func keep(_ value: some Any) {
        _ = Unmanaged.passRetained(Holder(value))
    }

    private final class Holder {
        let value: Any

        init(_ value: Any) {
            self.value = value
        }
    }
}
