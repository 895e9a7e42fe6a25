import Foundation

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

extension String {
    /// The text without leading and trailing spaces and tabs (`.whitespaces`). Nearly every IAM action,
    /// resource and method name has none, and Foundation's trimming costs a character-set lookup per call,
    /// so text whose ends are not blank is returned as it is.
    var trimmingBlanks: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        let blank = CharacterSet.whitespaces
        guard blank.contains(first) || blank.contains(last) else { return self }
        return trimmingCharacters(in: blank)
    }
}
