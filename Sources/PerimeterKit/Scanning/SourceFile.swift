/// A template file read and parsed, kept for loading and for report excerpts.
public struct SourceFile: Sendable {
    public var displayPath: String
    /// Absolute path of the file's folder, for resolving `${file(...)}` and code paths.
    public var directory: String
    /// Absolute path of the scan root the file was found under; includes never leave it.
    public var root: String
    public var text: String
    /// UTF-8 offset where each line starts: one pass over the bytes, cheaper than splitting the text
    /// into lines that only a few findings will ever quote.
    private var lineStarts: [Int]
    public var documents: [Value]
    public var kind: TemplateKind?
    /// The text has at least one `perimeter:ignore` comment (most files have none, and then no line is looked at).
    public var hasInlineIgnores: Bool

    public init(displayPath: String, directory: String, root: String, text: String, documents: [Value], kind: TemplateKind?) {
        self.displayPath = displayPath
        self.directory = directory
        self.root = root
        self.text = text
        var starts = [0]
        var offset = 0
        for byte in text.utf8 {
            offset += 1
            if byte == 10 { starts.append(offset) }
        }
        self.lineStarts = starts
        self.hasInlineIgnores = text.containsBytes(InlineSuppression.marker)
        self.documents = documents
        self.kind = kind
    }

    /// The 1-based line, without its line break.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[number - 1])
        var end = number < lineStarts.count ? utf8.index(utf8.startIndex, offsetBy: lineStarts[number] - 1) : utf8.endIndex
        if end > start, utf8[utf8.index(before: end)] == 13 { end = utf8.index(before: end) }
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}
