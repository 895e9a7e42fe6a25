import Foundation

/// Reads YAML (with CloudFormation short-form tags kept) and JSON into located `Value` trees.
///
/// JSON is read by the same YAML parser (JSON is valid YAML flow syntax), which gives JSON files
/// line numbers too.
public struct DocumentParser: Sendable {
    public var limits: ParseLimits

    public init(limits: ParseLimits = ParseLimits()) {
        self.limits = limits
    }

    /// The error for a file of `bytes` bytes, when that is over the size limit.
    public func sizeError(bytes: Int, file: String) -> ParseError? {
        guard bytes > limits.maxFileBytes else { return nil }
        return ParseError(
            "file is \(bytes) bytes, over the \(limits.maxFileBytes)-byte limit (raise it with --max-file-size)",
            at: SourceLocation(file: file, line: 1), exceedsLimit: true)
    }

    /// Decodes bytes as UTF-8, or throws with the line of the first invalid byte.
    public func text(of data: Data, file: String) throws(ParseError) -> String {
        if let tooLarge = sizeError(bytes: data.count, file: file) { throw tooLarge }
        // Validated and searched through the raw bytes: `Data`'s own iteration checks access per byte.
        let (decoded, nul) = data.withUnsafeBytes { raw -> (String?, Int?) in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let text = String(validating: bytes, as: UTF8.self) else { return (nil, nil) }
            let nul = raw.baseAddress.flatMap { base in memchr(base, 0, raw.count).map { base.distance(to: UnsafeRawPointer($0)) } }
            return (text, nul)
        }
        if let text = decoded {
            if let nul {
                throw ParseError("file contains a NUL byte; it looks binary, not YAML or JSON", at: location(ofByte: nul, in: data, file: file))
            }
            return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        }
        let offset = firstInvalidUTF8Offset(data)
        throw ParseError("file is not valid UTF-8 (first bad byte at offset \(offset))", at: location(ofByte: offset, in: data, file: file))
    }

    /// Parses every document of a YAML stream (a JSON file is one document); a key written twice in one
    /// mapping is an error.
    public func parse(_ text: String, file: String) throws(ParseError) -> [Value] {
        try YAMLComposer(file: file, limits: limits).documents(of: text).documents
    }

    /// Parses like `parse`, but a key written twice keeps its last value (as PyYAML-based tools and
    /// deployments read it) and is returned as a problem to report, so the rest of the file is still scanned.
    public func parseKeepingLastDuplicate(_ text: String, file: String) throws(ParseError) -> (documents: [Value], duplicateKeys: [ParseError]) {
        let composed = try YAMLComposer(file: file, limits: limits, rejectsDuplicateKeys: false).documents(of: text)
        return (composed.documents, composed.duplicateKeys)
    }

    /// The one wording of a YAML syntax error, whichever parser found it.
    static func syntaxError(context: String?, problem: String, at location: SourceLocation) -> ParseError {
        if problem.hasPrefix("Maximum nesting level") {
            return ParseError("nesting deeper than 1000 levels, the most the YAML parser reads", at: location)
        }
        let contextText = context.map { $0 + " " } ?? ""
        return ParseError("invalid YAML: \(contextText)\(problem) (column \(location.column))", at: location)
    }

    private func firstInvalidUTF8Offset(_ data: Data) -> Int {
        var offset = 0
        let bytes = [UInt8](data)
        while offset < bytes.count {
            let byte = bytes[offset]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return offset
            }
            if offset + length > bytes.count { return offset }
            if length > 1, let candidate = String(validating: bytes[offset..<offset + length], as: UTF8.self), !candidate.isEmpty {
                offset += length
                continue
            }
            if length == 1 {
                offset += 1
                continue
            }
            return offset
        }
        return offset
    }

    private func location(ofByte offset: Int, in data: Data, file: String) -> SourceLocation {
        let line = data.prefix(offset).reduce(1) { $1 == 10 ? $0 + 1 : $0 }
        return SourceLocation(file: file, line: line)
    }
}
