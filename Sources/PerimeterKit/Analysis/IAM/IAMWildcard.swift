/// IAM's wildcard language, shared by action patterns and the action catalogue: `*` matches any run of characters,
/// `?` exactly one, and every other character stands for itself (`.`, `+`, `[` are not special).
enum IAMWildcard {
    /// True when `pattern` matches the whole of `text`, ignoring case.
    static func matches(_ pattern: String, _ text: String) -> Bool {
        matches(Array(pattern.lowercased()), Array(text.lowercased()), star: "*", one: "?")
    }

    /// The glob match itself, over any elements (characters, or the UTF-8 bytes of ASCII names): classic matching
    /// that backtracks to the last `star`; linear in practice for IAM-sized strings. Compares elements exactly, so
    /// callers fold case first.
    static func matches<Pattern: RandomAccessCollection, Text: RandomAccessCollection>(
        _ pattern: Pattern, _ text: Text, star: Pattern.Element, one: Pattern.Element
    ) -> Bool where Pattern.Element: Equatable, Text.Element == Pattern.Element, Pattern.Index == Int, Text.Index == Int {
        let patternEnd = pattern.endIndex
        var p = pattern.startIndex
        var t = text.startIndex
        var starP: Int?
        var starT = t
        while t < text.endIndex {
            if p < patternEnd, pattern[p] == one || pattern[p] == text[t] {
                p += 1
                t += 1
            } else if p < patternEnd, pattern[p] == star {
                starP = p
                starT = t
                p += 1
            } else if let lastStar = starP {
                p = lastStar + 1
                starT += 1
                t = starT
            } else {
                return false
            }
        }
        while p < patternEnd, pattern[p] == star { p += 1 }
        return p == patternEnd
    }
}
