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

    /// Parses every document of a YAML stream (a JSON file is one document).
    ///
    /// Nesting needs no check before parsing: libyaml itself stops at 1,000 levels, which Yams'
    /// recursive composer handles on the scan threads' stacks. Deeper trees can only be built through
    /// aliases, and `convert` checks the depth of the tree it builds.
    public func parse(_ text: String, file: String) throws(ParseError) -> [Value] {
        let aliases = Self.possibleAliases(in: text)
        if !aliases.positions.isEmpty, Self.mayHaveComplexKey(text), let line = try Self.lineOfAliasInKey(aliases, file: file) {
            throw ParseError("an alias used in a mapping key is not accepted (it can expand without bound)", at: SourceLocation(file: file, line: line))
        }
        var documents: [Value] = []
        var walk = ConversionWalk(budget: limits.maxNodes)
        var parser: Parser?
        var roots: [Node] = []
        do {
            let opened = try Parser(yaml: text, resolver: .basic, encoding: .utf8)
            parser = opened
            while let root = try opened.nextRoot() {
                roots.append(root)
                documents.append(try convert(root, file: file, depth: 1, insideAlias: false, walk: &walk))
            }
        } catch {
            if !aliases.positions.isEmpty { AbandonedParse.keep(parser, roots) }
            switch error {
            case let error as ParseError: throw error
            case let error as YamlError: throw Self.parseError(error, file: file)
            default: throw ParseError("could not parse: \(error)", at: SourceLocation(file: file, line: 1))
            }
        }
        return documents
    }

    /// What `convert` carries across the whole tree: the nodes it may still create, and the furthest
    /// place written in the file that it has reached (where an alias being expanded was written).
    private struct ConversionWalk {
        var budget: Int
        var frontier = (line: 1, column: 1)
    }

    private func convert(_ node: Node, file: String, depth: Int, insideAlias: Bool, walk: inout ConversionWalk) throws -> Value {
        let mark = (line: node.mark?.line ?? walk.frontier.line, column: node.mark?.column ?? walk.frontier.column)
        // Children come after their parent in the file; a node that starts earlier was reached through an alias.
        let insideAlias = insideAlias || mark < walk.frontier
        if !insideAlias { walk.frontier = mark }
        let location = SourceLocation(file: file, line: mark.line, column: mark.column)
        // Inside an alias, point at where it was used rather than at the anchored original.
        let reported = insideAlias ? SourceLocation(file: file, line: walk.frontier.line, column: walk.frontier.column) : location
        walk.budget -= 1
        if walk.budget < 0 {
            throw ParseError("document expands to more than \(limits.maxNodes) nodes (YAML alias bomb?); raise it with --max-nodes", at: reported)
        }
        if depth > limits.maxDepth, node.scalar == nil {
            throw ParseError("nesting deeper than \(limits.maxDepth) levels (raise it with --max-depth)", at: reported)
        }
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
            for element in sequence {
                elements.append(try convert(element, file: file, depth: depth + 1, insideAlias: insideAlias, walk: &walk))
            }
            return Value(.sequence(elements), at: location, tag: Self.explicitTag(sequence.tag))
        case .mapping(let mapping):
            var entries: [Value.Entry] = []
            entries.reserveCapacity(mapping.count)
            let ownKeys = Set(mapping.keys.compactMap { $0.scalar?.string })
            var mergedKeys = Set<String>()
            for (key, value) in mapping {
                let keyLocation = SourceLocation(file: file, line: key.mark?.line ?? location.line, column: key.mark?.column ?? 1)
                let keyText = key.scalar?.string ?? "\(key)"
                if keyText == "<<" {
                    // YAML merge key: copy the merged mappings' entries that the mapping does not set itself;
                    // of several merged mappings, the first one to set a key wins.
                    for merged in (value.sequence.map(Array.init) ?? [value]) {
                        let mergedValue = try convert(merged, file: file, depth: depth + 1, insideAlias: insideAlias, walk: &walk)
                        for entry in mergedValue.entries where !ownKeys.contains(entry.key) && mergedKeys.insert(entry.key).inserted {
                            entries.append(entry)
                        }
                    }
                    continue
                }
                let converted = try convert(value, file: file, depth: depth + 1, insideAlias: insideAlias, walk: &walk)
                entries.append(Value.Entry(key: keyText, keyLocation: keyLocation, value: converted))
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

    /// The text with every possible alias (`*` before an anchor character) replaced by a letter, and
    /// where each stood (line, column in Unicode scalars, as libyaml counts).
    struct NeutralizedAliases {
        var text: String
        var positions: Set<Position>

        struct Position: Hashable {
            var line: Int
            var column: Int
        }
    }

    static func possibleAliases(in text: String) -> NeutralizedAliases {
        // One pass over the UTF-8 bytes; the copy with aliases neutralised is made only when one is found,
        // since most templates have none and this runs on every file.
        let bytes = Array(text.utf8)
        // An alias needs an anchor to refer to: without any `&name` the text has no aliases at all
        // (a `*name` inside an IAM action or a JSON string is just text).
        let hasAnchor = bytes.indices.dropLast().contains { bytes[$0] == UInt8(ascii: "&") && isAnchorByte(bytes[$0 + 1]) }
        guard hasAnchor else { return NeutralizedAliases(text: text, positions: []) }
        var positions = Set<NeutralizedAliases.Position>()
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "*"), index + 1 < bytes.count, isAnchorByte(bytes[index + 1]) {
                positions.insert(.init(line: line, column: column))
            }
            if byte == 10 {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                // libyaml counts columns in Unicode scalars: continuation bytes do not start one.
                column += 1
            }
            index += 1
        }
        guard !positions.isEmpty else { return NeutralizedAliases(text: text, positions: []) }
        var output = bytes
        for index in output.indices.dropLast() where output[index] == UInt8(ascii: "*") && isAnchorByte(output[index + 1]) {
            output[index] = UInt8(ascii: "X")
        }
        return NeutralizedAliases(text: String(decoding: output, as: UTF8.self), positions: positions)
    }

    private static func isAnchorByte(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte | 0x20 >= 97 && byte | 0x20 <= 122) || byte == 45 || byte == 95
    }

    /// Whether the text may hold a key that is not a plain scalar, or an alias used as a key: an explicit
    /// key (`?`), a flow mapping (any key inside may hold an alias), or a `]` or alias name followed by
    /// `:`. It over-approximates; the exact check is `lineOfAliasInKey`, which costs a second parse.
    static func mayHaveComplexKey(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        var previous: UInt8 = 10
        var mayEndKey = false
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "?"): return true
            case UInt8(ascii: "{") where previous != UInt8(ascii: "$"): return true
            case UInt8(ascii: ":") where mayEndKey: return true
            case UInt8(ascii: "]"), UInt8(ascii: "*"): mayEndKey = true
            case 32, 9, 10, 13: break
            default:
                // An alias name keeps an alias open; anything else ends a possible key.
                let isNameCharacter = (byte >= 48 && byte <= 57) || (byte | 0x20 >= 97 && byte | 0x20 <= 122) || byte == 45 || byte == 95
                if !(mayEndKey && isNameCharacter && previous != 32 && previous != 9 && previous != 10 && previous != 13 && previous != UInt8(ascii: "]")) {
                    mayEndKey = false
                }
            }
            previous = byte
        }
        return false
    }

    /// Yams hashes every mapping key to find duplicates, and hashing walks an aliased tree in full, so one
    /// alias in a key can cost exponential time before any budget applies. The check composes the text
    /// with its aliases turned into plain scalars (same structure, nothing shared) and looks for a key
    /// holding a scalar that starts where a `*` stood: that scalar was an alias.
    static func lineOfAliasInKey(_ aliases: NeutralizedAliases, file: String) throws(ParseError) -> Int? {
        func aliasLine(in node: Node) -> Int? {
            switch node {
            case .scalar(let scalar):
                let mark = scalar.mark.map { NeutralizedAliases.Position(line: $0.line, column: $0.column) }
                return mark.flatMap { aliases.positions.contains($0) ? $0.line : nil }
            case .sequence(let sequence):
                return sequence.lazy.compactMap(aliasLine).first
            case .mapping(let mapping):
                return mapping.keys.lazy.compactMap(aliasLine).first ?? mapping.values.lazy.compactMap(aliasLine).first
            case .alias:
                return nil
            }
        }
        func keyAliasLine(in node: Node) -> Int? {
            switch node {
            case .scalar, .alias:
                return nil
            case .sequence(let sequence):
                return sequence.lazy.compactMap(keyAliasLine).first
            case .mapping(let mapping):
                for (key, value) in mapping {
                    if let line = aliasLine(in: key) { return line }
                    if let line = keyAliasLine(in: value) { return line }
                }
                return nil
            }
        }
        do {
            let parser = try Parser(yaml: aliases.text, resolver: .basic, encoding: .utf8)
            while let root = try parser.nextRoot() {
                if let line = keyAliasLine(in: root) { return line }
            }
            return nil
        } catch let error as YamlError {
            throw parseError(error, file: file)
        } catch {
            throw ParseError("could not parse: \(error)", at: SourceLocation(file: file, line: 1))
        }
    }

    static func parseError(_ error: YamlError, file: String) -> ParseError {
        switch error {
        case .parser(_, let problem, let mark, _) where problem.hasPrefix("Maximum nesting level"):
            return ParseError("nesting deeper than 1000 levels, the most the YAML parser reads", at: SourceLocation(file: file, line: mark.line, column: mark.column))
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let contextText = context.map { $0.text + " " } ?? ""
            return ParseError("invalid YAML: \(contextText)\(problem) (column \(mark.column))", at: SourceLocation(file: file, line: mark.line, column: mark.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return ParseError("duplicate key \(names) in mapping", at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column))
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
