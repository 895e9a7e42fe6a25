#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Literal substring tests on UTF-8 bytes. Foundation's `String.contains(_:)` goes through `NSString`
/// and Unicode comparison, which cost more than parsing on a scan's file-sniffing path; a literal needle
/// needs only `memchr` and `memcmp` (Glibc's module does not export `memmem`).
extension String {
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { pattern in
                guard let first = pattern.first else { return true }
                guard let textBase = text.baseAddress, let patternBase = pattern.baseAddress, text.count >= pattern.count else { return false }
                var start = 0
                let lastStart = text.count - pattern.count
                while start <= lastStart {
                    guard let found = memchr(textBase + start, Int32(first), lastStart - start + 1) else { return false }
                    let offset = UnsafeRawPointer(textBase).distance(to: UnsafeRawPointer(found))
                    if memcmp(textBase + offset, patternBase, pattern.count) == 0 { return true }
                    start = offset + 1
                }
                return false
            }
        }
    }
}
