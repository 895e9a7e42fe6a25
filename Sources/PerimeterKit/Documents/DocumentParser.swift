import Foundation
import Yams

/// Reads YAML (with CloudFormation short-form tags kept) and JSON into located `Value` trees.
///
/// JSON is read by the same YAML parser (JSON is valid YAML flow syntax), which gives JSON files
/// line numbers too.
public struct DocumentParser: Sendable {
    public var limits: ParseLimits

    public init(limits: ParseLimits = ParseLimits()) {
        self.limits = limits
    }

    /// Decodes bytes as UTF-8, or throws with the line of the first invalid byte.
    public func text(of data: Data, file: String) throws(ParseError) -> String {
        if data.count > limits.maxFileBytes {
            throw ParseError(
                "file is \(data.count) bytes, over the \(limits.maxFileBytes)-byte limit (raise it with --max-file-size)",
                at: SourceLocation(file: file, line: 1))
        }
        if let text = String(validating: data, as: UTF8.self) {
            if let nul = data.firstIndex(of: 0) {
                throw ParseError("file contains a NUL byte; it looks binary, not YAML or JSON", at: location(ofByte: nul, in: data, file: file))
            }
            return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        }
        let offset = firstInvalidUTF8Offset(data)
        throw ParseError("file is not valid UTF-8 (first bad byte at offset \(offset))", at: location(ofByte: offset, in: data, file: file))
    }

    /// Parses every document of a YAML stream (a JSON file is one document).
    public func parse(_ text: String, file: String) throws(ParseError) -> [Value] {
        var text = text
        let exceeding: Int? = text.withUTF8 { NestingEstimate.firstLineExceeding(limits.maxDepth, in: $0) }
        if let line = exceeding {
            throw ParseError("nesting deeper than \(limits.maxDepth) levels (raise it with --max-depth)", at: SourceLocation(file: file, line: line))
        }
        if let line = aliasUsedAsKey(in: text) {
            throw ParseError("an alias used as a mapping key is not accepted (it can expand without bound)", at: SourceLocation(file: file, line: line))
        }
        var documents: [Value] = []
        var budget = limits.maxNodes
        do {
            let parser = try Parser(yaml: text, resolver: .basic)
            while let root = try parser.nextRoot() {
                documents.append(try convert(root, file: file, budget: &budget))
            }
        } catch let error as ParseError {
            throw error
        } catch let error as YamlError {
            throw Self.parseError(error, file: file)
        } catch {
            throw ParseError("could not parse: \(error)", at: SourceLocation(file: file, line: 1))
        }
        return documents
    }

    private func convert(_ node: Node, file: String, budget: inout Int) throws -> Value {
        budget -= 1
        if budget < 0 {
            let line = node.mark?.line ?? 1
            throw ParseError(
                "document expands to more than \(limits.maxNodes) nodes (YAML alias bomb?); raise it with --max-nodes",
                at: SourceLocation(file: file, line: line))
        }
        let location = SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            let tag = Self.explicitTag(scalar.tag)
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            if !quoted, tag == nil, ["~", "null", "Null", "NULL", ""].contains(scalar.string), scalar.style != .literal, scalar.style != .folded {
                return Value(.null, at: location)
            }
            return Value(.string(scalar.string), at: location, tag: tag, isQuoted: quoted)
        case .sequence(let sequence):
            var elements: [Value] = []
            elements.reserveCapacity(sequence.count)
            for element in sequence { elements.append(try convert(element, file: file, budget: &budget)) }
            return Value(.sequence(elements), at: location, tag: Self.explicitTag(sequence.tag))
        case .mapping(let mapping):
            var entries: [Value.Entry] = []
            entries.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                let keyLocation = SourceLocation(file: file, line: key.mark?.line ?? location.line, column: key.mark?.column ?? 1)
                let keyText = key.scalar?.string ?? "\(key)"
                if keyText == "<<" {
                    // YAML merge key: copy the merged mapping's entries that the mapping does not set itself.
                    for merged in (value.sequence.map(Array.init) ?? [value]) {
                        let mergedValue = try convert(merged, file: file, budget: &budget)
                        for entry in mergedValue.entries where !mapping.keys.contains(where: { $0.scalar?.string == entry.key }) {
                            entries.append(entry)
                        }
                    }
                    continue
                }
                entries.append(Value.Entry(key: keyText, keyLocation: keyLocation, value: try convert(value, file: file, budget: &budget)))
            }
            return Value(.mapping(entries), at: location, tag: Self.explicitTag(mapping.tag))
        case .alias:
            return Value(.null, at: location)
        }
    }

    private static func explicitTag(_ tag: Tag) -> String? {
        let name = tag.rawValue
        if name.isEmpty || name == "!" || name.hasPrefix("tag:yaml.org,2002:") { return nil }
        return name
    }

    /// Aliases as keys are hashed by Yams' duplicate check, which walks the whole aliased tree each time.
    private func aliasUsedAsKey(in text: String) -> Int? {
        guard text.contains("*") else { return nil }
        var line = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            line += 1
            var trimmed = rawLine.drop { $0 == " " || $0 == "-" }
            if trimmed.hasPrefix("? ") { trimmed = trimmed.dropFirst(2).drop { $0 == " " } }
            if trimmed.hasPrefix("*"), let colon = trimmed.firstIndex(of: ":"),
                !trimmed[trimmed.startIndex..<colon].contains(" ") || rawLine.contains("? *")
            {
                return line
            }
            if rawLine.drop(while: { $0 == " " }).hasPrefix("? *") { return line }
        }
        return nil
    }

    static func parseError(_ error: YamlError, file: String) -> ParseError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let contextText = context.map { $0.text + " " } ?? ""
            return ParseError("invalid YAML: \(contextText)\(problem) (column \(mark.column))", at: SourceLocation(file: file, line: mark.line, column: mark.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ParseError("duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in mapping", at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column))
        case .reader(let problem, let offset, _, let yaml):
            var line = 1
            if let offset { line = yaml.utf8.prefix(offset).reduce(1) { $1 == 10 ? $0 + 1 : $0 } }
            return ParseError("unreadable input: \(problem)", at: SourceLocation(file: file, line: line))
        default:
            return ParseError("invalid YAML: \(error)".split(separator: "\n").first.map(String.init) ?? "invalid YAML", at: SourceLocation(file: file, line: 1))
        }
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
