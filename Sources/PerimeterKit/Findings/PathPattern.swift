/// An `ignore-paths` entry: a folder or file prefix (`tests/`, `legacy/serverless.yml`) or a glob
/// (`**/fixtures/*.yml`), matched against paths relative to the scan root.
///
/// Globs: `*` and `?` stay within one path segment, `**` spans any number of segments.
public struct PathPattern: Sendable, Hashable, CustomStringConvertible {
    public var pattern: String

    public init(_ pattern: String) {
        var pattern = pattern
        while pattern.hasPrefix("./") { pattern.removeFirst(2) }
        self.pattern = pattern
    }

    public var isGlob: Bool { pattern.contains { $0 == "*" || $0 == "?" } }

    public var description: String { pattern }

    /// Whether the pattern covers `path` (relative, forward slashes): a prefix covers the file itself
    /// and everything in the folder it names; a glob must match the whole path.
    public func matches(_ path: String) -> Bool {
        var path = Substring(path)
        while path.hasPrefix("./") { path.removeFirst(2) }
        guard isGlob else {
            let folder = pattern.hasSuffix("/") ? pattern : pattern + "/"
            return path == pattern || path.hasPrefix(folder)
        }
        return Self.glob(Array(pattern.unicodeScalars)[...], Array(path.unicodeScalars)[...])
    }

    /// Backtracking matcher; patterns are short and written by the user, so the worst case stays small.
    private static func glob(_ pattern: ArraySlice<Unicode.Scalar>, _ path: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        let rest = pattern.dropFirst()
        switch first {
        case "*" where rest.first == "*":
            // `**/` also matches no folder at all, so `**/x.yml` covers `x.yml`.
            let afterStars = rest.dropFirst()
            if afterStars.first == "/", glob(afterStars.dropFirst(), path) { return true }
            var remaining = path
            while true {
                if glob(afterStars, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        case "*":
            var remaining = path
            while true {
                if glob(rest, remaining) { return true }
                guard let next = remaining.first, next != "/" else { return false }
                remaining = remaining.dropFirst()
            }
        case "?":
            guard let next = path.first, next != "/" else { return false }
            return glob(rest, path.dropFirst())
        default:
            guard path.first == first else { return false }
            return glob(rest, path.dropFirst())
        }
    }
}
