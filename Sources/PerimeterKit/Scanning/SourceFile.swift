/// A template file read and parsed, kept for loading and for report excerpts.
public struct SourceFile: Sendable {
    public var displayPath: String
    /// Absolute path of the file's folder, for resolving `${file(...)}` and code paths.
    public var directory: String
    /// Absolute path of the scan root the file was found under; includes never leave it.
    public var root: String
    public var lines: [Substring]
    public var documents: [Value]
    public var kind: TemplateKind?

    public init(displayPath: String, directory: String, root: String, text: String, documents: [Value], kind: TemplateKind?) {
        self.displayPath = displayPath
        self.directory = directory
        self.root = root
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        self.documents = documents
        self.kind = kind
    }

    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lines.count else { return nil }
        var text = String(lines[number - 1])
        if text.hasSuffix("\r") { text.removeLast() }
        return text
    }
}
