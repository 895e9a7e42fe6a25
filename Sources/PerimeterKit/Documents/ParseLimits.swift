/// Bounds that keep a scan fast and safe on hostile input. Every limit is configurable from the CLI.
public struct ParseLimits: Sendable, Hashable {
    /// Files larger than this are not parsed (a diagnostic says so).
    public var maxFileBytes: Int
    /// Deepest nesting of mappings and sequences accepted. libyaml stops at 1,000 levels as written;
    /// a higher limit only admits trees made deeper through aliases.
    public var maxDepth: Int
    /// The highest `maxDepth` allowed: trees are walked (and freed) recursively, on stacks sized for this.
    public static let deepestSupported = 10_000
    /// Most nodes one file may expand to; this is what stops YAML alias bombs.
    public var maxNodes: Int

    public init(maxFileBytes: Int = 8 * 1024 * 1024, maxDepth: Int = 200, maxNodes: Int = 1_000_000) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }
}
